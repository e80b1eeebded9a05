/// A provision being collected by `LawBodyParser`; eIds are given once the whole body is read, so that headings
/// dropped as a table of contents leave no gaps or suffixes behind.
struct LawProvisionDraft {
    var level: LawProvisionLevel
    /// An article's eId before de-duplication (`art_3`); nil for a heading.
    var base: String?
    var number: String
    var heading: String?
    /// Index of the enclosing heading in the drafts.
    var parent: Int?
    /// A heading's printed number; nil when unnumbered.
    var value: Int?
    var lines: [String] = []

    init(
        level: LawProvisionLevel, base: String?, number: String, heading: String?, parent: Int?, value: Int? = nil
    ) {
        self.level = level
        self.base = base
        self.number = number
        self.heading = heading
        self.parent = parent
        self.value = value
    }

    /// Number and heading, for recognising a heading printed twice.
    var title: String { LawText.compact(number + (heading ?? "")) }

    /// The provisions with their eIds, and the problems found on the way: repeated numbers (made unique with
    /// `_2`, `_3` …), stray text under a heading, empty articles.
    static func finish(_ drafts: [LawProvisionDraft]) -> ([LawProvision], [LawParseProblem]) {
        var problems: [LawParseProblem] = []
        var used: Set<String> = []
        var eids: [String] = []
        // The last number given to a heading of each level under each parent, to number unnumbered headings.
        var lastValue: [String: Int] = [:]
        var printed: Set<String> = []
        var provisions: [LawProvision] = []
        func unique(_ base: String) -> String {
            var n = 2
            while used.contains("\(base)_\(n)") { n += 1 }
            return "\(base)_\(n)"
        }
        // Text under a heading after the last article is an annex (附件), not stray text.
        let lastArticle = drafts.lastIndex { $0.level == .article } ?? -1
        for (ordinal, draft) in drafts.enumerated() {
            let parentEid = draft.parent.map { eids[$0] }
            var eid: String
            if let base = draft.base {
                eid = base
                if used.contains(eid) {
                    eid = unique(base)
                    problems.append(.duplicateArticle(number: draft.number, eid: eid))
                }
                if draft.lines.isEmpty { problems.append(.emptyArticle(draft.number)) }
            } else {
                let siblings = "\(parentEid ?? "")/\(draft.level.rawValue)"
                let value = draft.value ?? (lastValue[siblings] ?? 0) + 1
                lastValue[siblings] = value
                eid = (parentEid.map { $0 + "__" } ?? "") + "\(draft.level.eidPrefix)_\(value)"
                if used.contains(eid) {
                    eid = unique(eid)
                    // Only the same printed number twice is an error of the source; 「一、」 headings of an annex
                    // after 「第一章」 are not, and are simply told apart.
                    if printed.contains(siblings + draft.number) {
                        problems.append(.duplicateHeading(number: draft.number, eid: eid))
                    }
                }
                if !draft.number.isEmpty { printed.insert(siblings + draft.number) }
                if !draft.lines.isEmpty, ordinal < lastArticle {
                    problems.append(.strayText(heading: draft.number + (draft.heading ?? "")))
                }
            }
            used.insert(eid)
            eids.append(eid)
            provisions.append(
                LawProvision(
                    ordinal: ordinal, level: draft.level, eid: eid, number: draft.number, heading: draft.heading,
                    text: draft.lines.joined(separator: "\n"), parentEid: parentEid))
        }
        return (provisions, problems)
    }
}
