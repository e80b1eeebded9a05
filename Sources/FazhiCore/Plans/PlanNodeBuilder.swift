/// Builds the tree from the repaired blocks (PlanNodeBuilder): each block's title, text, units and deadlines,
/// nesting by marker style, then tasks for the leaves.
struct PlanNodeBuilder {
    let referenceYear: Int?

    /// Titles of guiding text that assigns no work.
    static let guidanceTitles = ["总体要求", "指导思想", "基本原则", "工作原则", "主要目标", "总体目标", "工作目标", "发展目标", "目标要求", "重要意义"]

    private struct Content {
        var title: String?
        var prose: [PlanParagraph]
        var clauses: [String]
    }

    /// A node while the tree is built, with what its tasks are made from.
    private struct Draft {
        var node: PlanNode
        var prose: [PlanParagraph]
        var titleDeadlines: [PlanDeadline]
        var fieldDeadlines: [PlanDeadline]
        var children: [Draft] = []
    }

    func build(_ blocks: [PlanBlock]) -> [PlanNode] {
        let headlines = Self.headlineStyles(blocks)
        // Plans repeat the same unit clause from item to item; each distinct one is read once.
        var clauses: [String: PlanUnitParser.Result] = [:]
        var roots: [Draft] = []
        // The open path: drafts whose children are still being collected.
        var path: [Draft] = []
        func close(downTo count: Int) {
            while path.count > count {
                let draft = path.removeLast()
                if path.isEmpty { roots.append(draft) } else { path[path.count - 1].children.append(draft) }
            }
        }
        for block in blocks {
            let depth = path.lastIndex { $0.node.style < block.style }.map { $0 + 1 } ?? 0
            close(downTo: depth)
            path.append(draft(block, level: depth + 1, headlines: headlines.contains(block.style), clauses: &clauses))
        }
        close(downTo: 0)
        return roots.map { finish($0, path: [], inheritedUnits: [], guidance: false) }
    }

    private func draft(
        _ block: PlanBlock, level: Int, headlines: Bool, clauses: inout [String: PlanUnitParser.Result]
    ) -> Draft {
        let content = Self.content(block, headlines: headlines)
        var units: [PlanUnit] = []
        var fieldDeadlines: [PlanDeadline] = []
        for clause in content.clauses {
            let parsed = clauses[clause] ?? PlanUnitParser.parse(clause)
            clauses[clause] = parsed
            units += parsed.units
            fieldDeadlines += parsed.deadlineTexts.compactMap {
                PlanDeadlineScanner.fieldDeadline($0, referenceYear: referenceYear)
            }
        }
        let text = content.prose.map(\.text).joined(separator: "\n")
        let titleDeadlines = PlanDeadlineScanner.deadlines(in: content.title ?? "", referenceYear: referenceYear)
        let node = PlanNode(
            kind: PlanNodeKind(block.style), style: block.style, level: level, number: block.number,
            printedMarker: block.marker?.printed, line: block.line, title: content.title, text: text,
            unitsText: content.clauses.isEmpty ? nil : content.clauses.joined(separator: "；"), units: units,
            deadlines: [], isGuidance: false, tasks: [], children: [])
        return Draft(
            node: node, prose: content.prose, titleDeadlines: titleDeadlines, fieldDeadlines: fieldDeadlines)
    }

    /// Marks guidance, gives leaves their tasks, recursively.
    private func finish(_ draft: Draft, path: [Int], inheritedUnits: [PlanUnit], guidance: Bool) -> PlanNode {
        var node = draft.node
        let path = path + [node.number]
        let title = (node.title ?? "").trimmingTrailing("。：:")
        node.isGuidance =
            guidance || Self.guidanceTitles.contains { title.hasPrefix($0) && title.count <= $0.count + 4 }
        let units = node.units.isEmpty ? inheritedUnits : node.units
        node.children = draft.children.map {
            finish($0, path: path, inheritedUnits: units, guidance: node.isGuidance)
        }
        // The deadlines of the text: a leaf's are those its tasks found sentence by sentence (the text is not
        // scanned twice); other nodes' are scanned here.
        var textDeadlines: [PlanDeadline]
        if node.children.isEmpty, !node.isGuidance {
            let split = PlanTaskSplitter(referenceYear: referenceYear).tasks(
                prose: draft.prose, title: node.title, line: node.line, path: path, units: units,
                fieldDeadlines: draft.fieldDeadlines)
            node.tasks = split.tasks
            textDeadlines = draft.prose.isEmpty ? [] : split.ownDeadlines
        } else {
            textDeadlines = PlanDeadlineScanner.deadlines(in: node.text, referenceYear: referenceYear)
        }
        node.deadlines = draft.titleDeadlines + textDeadlines + draft.fieldDeadlines
        return node
    }

    /// Title, prose and unit clauses of a block.
    private static func content(_ block: PlanBlock, headlines: Bool) -> Content {
        var clauses: [String] = []
        var head = block.head
        if let (body, clause) = block.headSplit {
            head = body
            clauses.append(clause)
        }
        var paragraphs = block.body
        if !paragraphs.isEmpty, let (body, clause) = block.lastSplit {
            paragraphs[paragraphs.count - 1].text = body
            if body.isEmpty { paragraphs.removeLast() }
            clauses.append(clause)
        }
        clauses += block.clauses.map(\.text)
        paragraphs += block.trailing
        let headScalars = Array(head.unicodeScalars)
        if !headScalars.contains(where: PlanScalars.endsSentence), headScalars.count <= 60 {
            return Content(title: head.trimmingTrailing("：:；;").planTrimmed, prose: paragraphs, clauses: clauses)
        }
        var prose = [PlanParagraph(line: block.line, text: head)] + paragraphs
        var title: String? = nil
        if headlines, let (headline, rest) = headline(head) {
            title = headline
            prose[0].text = rest
        }
        return Content(title: title, prose: prose, clauses: clauses)
    }

    /// The first sentence as a headline when it is short and has no comma (「抓好习近平法治思想学习培训。」), with
    /// the rest of the text.
    private static func headline(_ text: String) -> (String, String)? {
        let s = Array(text.unicodeScalars)
        guard let end = s.prefix(41).firstIndex(where: PlanScalars.endsSentence), end >= 2, end + 1 < s.count,
            !s[0..<end].contains(where: { "，,、；;：:".unicodeScalars.contains($0) })
        else { return nil }
        return (String(scalars: s[0..<end]), String(scalars: s[(end + 1)...]).planTrimmed)
    }

    /// Styles whose items open with a headline: those where most items with prose do, and at least two (a single
    /// item with a short first sentence does not make it a headline).
    private static func headlineStyles(_ blocks: [PlanBlock]) -> Set<PlanMarkerStyle> {
        var counts: [PlanMarkerStyle: (prose: Int, headlines: Int)] = [:]
        for block in blocks {
            let head = block.headSplit?.body ?? block.head
            let scalars = Array(head.unicodeScalars)
            guard scalars.contains(where: PlanScalars.endsSentence) || scalars.count > 60 else { continue }
            counts[block.style, default: (0, 0)].prose += 1
            if headline(head) != nil { counts[block.style, default: (0, 0)].headlines += 1 }
        }
        return Set(counts.filter { $0.value.headlines >= 2 && $0.value.headlines * 2 > $0.value.prose }.keys)
    }
}
