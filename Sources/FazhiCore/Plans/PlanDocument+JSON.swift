/// The JSON of a parse (`fazhi plan parse --json`, and later the import API). Keys are stable: a missing value is
/// written as null rather than left out; each node also lists the warnings about its own line.
extension PlanDocument: Encodable {
    private enum Keys: String, CodingKey {
        case title, summary, preamble, nodes, closing, appendix, warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let byLine = Dictionary(grouping: warnings, by: \.line)
        try c.encode(title, forKey: .title)
        try c.encode(PlanSummary(self), forKey: .summary)
        try c.encode(preamble, forKey: .preamble)
        try c.encode(nodes.map { NodeJSON(node: $0, warnings: byLine) }, forKey: .nodes)
        try c.encode(closing, forKey: .closing)
        try c.encode(appendix, forKey: .appendix)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// Counts of a parse, for the summary line and the checks on the seeds.
public struct PlanSummary: Sendable, Equatable, Encodable {
    public var parts, chapters, sections, items, subitems, tasks, units: Int

    public init(_ document: PlanDocument) {
        let all = document.allNodes
        func count(_ kind: PlanNodeKind) -> Int { all.filter { $0.kind == kind }.count }
        parts = count(.part)
        chapters = count(.chapter)
        sections = count(.section)
        items = count(.item)
        subitems = count(.subitem)
        tasks = document.tasks.count
        units = document.distinctUnits.count
    }
}

private struct NodeJSON: Encodable {
    let node: PlanNode
    let warnings: [Int: [PlanWarning]]

    enum Keys: String, CodingKey {
        case level, kind, number, marker, printedMarker, line, title, text, units, unitsText, deadline, deadlines,
            guidance, warnings, tasks, children
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(node.level, forKey: .level)
        try c.encode(node.kind, forKey: .kind)
        try c.encode(node.number, forKey: .number)
        try c.encode(node.marker, forKey: .marker)
        try c.encode(node.printedMarker, forKey: .printedMarker)
        try c.encode(node.line, forKey: .line)
        try c.encode(node.title, forKey: .title)
        try c.encode(node.text, forKey: .text)
        try c.encode(node.units, forKey: .units)
        try c.encode(node.unitsText, forKey: .unitsText)
        try c.encode(node.deadline, forKey: .deadline)
        try c.encode(node.deadlines, forKey: .deadlines)
        try c.encode(node.isGuidance, forKey: .guidance)
        try c.encode((warnings[node.line] ?? []).map(\.message), forKey: .warnings)
        try c.encode(node.tasks, forKey: .tasks)
        try c.encode(node.children.map { NodeJSON(node: $0, warnings: warnings) }, forKey: .children)
    }
}

extension PlanTask: Encodable {
    private enum Keys: String, CodingKey {
        case path, index, line, text, units, deadline, deadlines, suggestedActors
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(path, forKey: .path)
        try c.encode(index, forKey: .index)
        try c.encode(line, forKey: .line)
        try c.encode(text, forKey: .text)
        // The units in full are on the node that names them; a task says only who and in which role.
        try c.encode(units.map { ["name": $0.name, "role": $0.role.rawValue] }, forKey: .units)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(deadlines, forKey: .deadlines)
        try c.encode(suggestedActors, forKey: .suggestedActors)
    }
}

extension PlanUnit: Encodable {
    private enum Keys: String, CodingKey {
        case name, role, written, alternatives, collective
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
        try c.encode(written, forKey: .written)
        try c.encode(alternatives, forKey: .alternatives)
        try c.encode(collective, forKey: .collective)
    }
}

extension PlanCollective: Encodable {
    private enum Keys: String, CodingKey {
        case kind, levels, including, of, relevantOnly
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case .governments(let levels, let including):
            try c.encode("governments", forKey: .kind)
            try c.encode(levels, forKey: .levels)
            try c.encode(including, forKey: .including)
        case .departments(let of, let relevantOnly):
            try c.encode("departments", forKey: .kind)
            try c.encode(of, forKey: .of)
            try c.encode(relevantOnly, forKey: .relevantOnly)
        case .other:
            try c.encode("other", forKey: .kind)
        }
    }
}

extension PlanDeadline: Encodable {
    private enum Keys: String, CodingKey {
        case date, text, kind, recurrence, relative
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(date, forKey: .date)
        try c.encode(text, forKey: .text)
        try c.encode(kind.name, forKey: .kind)
        switch kind {
        case .recurring(let recurrence): try c.encode(recurrence, forKey: .recurrence)
        case .relative(let relative): try c.encode(relative, forKey: .relative)
        default: break
        }
    }
}
