/// Splits an item into tasks (PlanTaskSplitter).
///
/// The rule: plans write one measure per sentence (「健全…机制。推进…建设。2022年年底前，…」), so each sentence
/// of the item's text is a task, except that a sentence that only carries the previous one forward (it opens
/// with 其中, 从而, 为此, 对此, 上述 …) stays with it. An item without text (a heading only) is one task, its
/// title. Each task keeps the item's path, and takes its own deadlines, else the item's deadline field.
struct PlanTaskSplitter {
    let referenceYear: Int?

    static let carryOn = ["其中", "从而", "进而", "以此", "由此", "为此", "据此", "对此", "上述", "这些", "此项", "该项"]

    /// The tasks, and the deadlines found in their sentences (all of them, in order).
    func tasks(
        prose: [PlanParagraph], title: String?, line: Int, path: [Int], units: [PlanUnit],
        fieldDeadlines: [PlanDeadline]
    ) -> (tasks: [PlanTask], ownDeadlines: [PlanDeadline]) {
        var pieces: [PlanParagraph] = []
        for paragraph in prose {
            for sentence in Self.sentences(paragraph.text) {
                if let last = pieces.last, Self.carryOn.contains(where: sentence.hasPrefix) {
                    pieces[pieces.count - 1].text = last.text + sentence
                } else {
                    pieces.append(PlanParagraph(line: paragraph.line, text: sentence))
                }
            }
        }
        if pieces.isEmpty, let title, !title.isEmpty { pieces = [PlanParagraph(line: line, text: title)] }
        var ownDeadlines: [PlanDeadline] = []
        let tasks = pieces.enumerated().map { index, piece in
            let own = PlanDeadlineScanner.deadlines(in: piece.text, referenceYear: referenceYear)
            ownDeadlines += own
            return PlanTask(
                path: path, index: index + 1, line: piece.line, text: piece.text, units: units,
                deadlines: own.isEmpty ? fieldDeadlines : own,
                suggestedActors: units.isEmpty ? PlanActors.suggestions(in: piece.text) : [])
        }
        return (tasks, ownDeadlines)
    }

    /// The sentences of a text, each with its closing mark; marks inside brackets and quotes do not split.
    static func sentences(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var result: [String] = []
        var depth = 0
        var start = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if PlanScalars.isOpening(c) { depth += 1 }
            if PlanScalars.isClosing(c) { depth = max(0, depth - 1) }
            if depth == 0, PlanScalars.endsSentence(c) || c == "\n" {
                var end = i + 1
                // A closing quote or bracket right after the mark belongs to the sentence.
                while end < s.count, PlanScalars.isClosing(s[end]) || PlanScalars.endsSentence(s[end]) { end += 1 }
                let sentence = String(scalars: s[start..<end]).planTrimmed
                if !sentence.isEmpty { result.append(sentence) }
                start = end
                i = end
                continue
            }
            i += 1
        }
        let rest = String(scalars: s[start...]).planTrimmed
        if !rest.isEmpty { result.append(rest) }
        return result
    }
}

/// Actors named in 「……要……」 and 「……应当……」 sentences (PlanActors), offered as units where a plan names
/// none: 「各级政府要在党委统一领导下…」 suggests 「各级政府」.
enum PlanActors {
    /// Words an actor ends with; anything else before 要 is a verb phrase, not an actor (「切实要…」).
    private static let endings = [
        "党委", "党组", "政府", "部门", "机关", "单位", "机构", "组织", "办公室", "办", "委", "局", "厅", "院", "会", "所", "中心", "人员",
        "负责人", "领导", "干部", "班子", "各地", "地区", "市", "县", "区", "旗", "镇", "乡", "街道", "社区", "村", "企业", "学校", "律师",
    ]
    private static let leading = ["同时", "并且", "并", "其中", "另外", "此外", "还", "也", "对此"]
    /// 要 inside these words is not 「must」.
    private static let notModal = Set("主重需只必纲摘概首紧次想扼".unicodeScalars)
    private static let notModalAfter = Set("求点素件害闻旨领务案".unicodeScalars)

    static func suggestions(in sentence: String) -> [String] {
        let s = Array(sentence.unicodeScalars)
        var found: [String] = []
        var clauseStart = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if PlanScalars.endsSentence(c) || (PlanScalars.separatesClause(c) && c != "、") {
                clauseStart = i + 1
            } else if let length = modal(s, at: i), i > clauseStart {
                var actor = String(scalars: s[clauseStart..<i]).planTrimmed
                for word in leading where actor.hasPrefix(word) { actor = String(actor.dropFirst(word.count)) }
                let count = actor.unicodeScalars.count
                if (2...20).contains(count), endings.contains(where: actor.hasSuffix),
                    !actor.unicodeScalars.contains(where: { PlanScalars.digit($0) != nil || $0 == "《" }),
                    !found.contains(actor)
                {
                    found.append(actor)
                }
                i += length
                continue
            }
            i += 1
        }
        return found
    }

    /// The length of 要 or 应当 at `i` when it means 「must」.
    private static func modal(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        if s[i] == "应", i + 1 < s.count, s[i + 1] == "当" { return 2 }
        guard s[i] == "要" else { return nil }
        if i > 0, notModal.contains(s[i - 1]) { return nil }
        if i + 1 < s.count, notModalAfter.contains(s[i + 1]) { return nil }
        return 1
    }
}
