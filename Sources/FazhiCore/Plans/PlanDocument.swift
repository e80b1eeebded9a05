/// A plan document (实施方案, 实施意见, 工作要点 …) parsed into its parts: title, preamble, the numbered tree of
/// chapters, sections and items with their tasks, the closing paragraphs, and an appendix that holds no tasks
/// (a press Q&A reprinted after the plan). Every paragraph of the input is in exactly one of these places.
public struct PlanDocument: Sendable, Equatable {
    public var title: String?
    public var preamble: [PlanParagraph]
    public var nodes: [PlanNode]
    public var closing: [PlanParagraph]
    public var appendix: PlanAppendix?
    /// Repairs and doubts, in line order, each with its line and a message in Chinese.
    public var warnings: [PlanWarning]

    public init(
        title: String?, preamble: [PlanParagraph], nodes: [PlanNode], closing: [PlanParagraph],
        appendix: PlanAppendix?, warnings: [PlanWarning]
    ) {
        self.title = title
        self.preamble = preamble
        self.nodes = nodes
        self.closing = closing
        self.appendix = appendix
        self.warnings = warnings
    }

    /// Every node, depth first.
    public var allNodes: [PlanNode] {
        func walk(_ nodes: [PlanNode]) -> [PlanNode] { nodes.flatMap { [$0] + walk($0.children) } }
        return walk(nodes)
    }

    /// The nodes of one kind, depth first.
    public func nodes(_ kind: PlanNodeKind) -> [PlanNode] { allNodes.filter { $0.kind == kind } }

    /// Every task, in document order.
    public var tasks: [PlanTask] { allNodes.flatMap(\.tasks) }

    /// Each unit named anywhere in the document once, in order of first mention.
    public var distinctUnits: [String] {
        var seen = Set<String>()
        return allNodes.flatMap(\.units).map(\.name).filter { seen.insert($0).inserted }
    }
}

/// One paragraph of the input with the line it starts on (1-based, as an editor shows it).
public struct PlanParagraph: Sendable, Equatable, Codable {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// What a node of the tree is, by its numbering style (see `PlanMarkerStyle`): 一、 numbers chapters, （一）
/// sections, 1. items and （1）/① sub-items, whichever depth they sit at.
public enum PlanNodeKind: String, Sendable, Codable, CaseIterable {
    case part, chapter, section, item, subitem

    init(_ style: PlanMarkerStyle) {
        switch style {
        case .part: self = .part
        case .chinese: self = .chapter
        case .parenChinese: self = .section
        case .arabic: self = .item
        case .parenArabic, .circled: self = .subitem
        }
    }

    /// 部分, 章, 节, 项, 子项 — for messages.
    public var label: String {
        switch self {
        case .part: "部分"
        case .chapter: "章"
        case .section: "节"
        case .item: "项"
        case .subitem: "子项"
        }
    }
}

/// A numbered heading of the plan with what it holds.
public struct PlanNode: Sendable, Equatable {
    public var kind: PlanNodeKind
    public var style: PlanMarkerStyle
    /// Depth in the tree, 1 for the outermost headings.
    public var level: Int
    /// The number after repair (the one the sequence calls for).
    public var number: Int
    /// The marker as printed; nil when the document printed none (a repaired, unnumbered item).
    public var printedMarker: String?
    public var line: Int
    /// The heading (「推进政府机构职能优化协同高效」) or the item's first short sentence (「抓好习近平法治思想学习培训」);
    /// nil for an item that is one run of prose.
    public var title: String?
    /// The body, without the title and the unit clause; paragraphs joined by line breaks.
    public var text: String
    /// The unit clause as printed, e.g. 「责任单位:自治区党委宣传部、依法治区办,各市、县〔区〕」.
    public var unitsText: String?
    public var units: [PlanUnit]
    /// Every deadline phrase in the title, text and unit clause, in reading order.
    public var deadlines: [PlanDeadline]
    /// Guiding text (指导思想, 主要目标, 基本原则 …) rather than work to assign: it yields no tasks.
    public var isGuidance: Bool
    public var tasks: [PlanTask]
    public var children: [PlanNode]

    /// The marker in canonical form for the repaired number, e.g. 「11.」.
    public var marker: String { style.canonical(number) }

    /// The first deadline in reading order.
    public var deadline: PlanDeadline? { deadlines.first }
}

/// A measure to assign and follow up: one sentence, or a few that belong together, of an item's text.
public struct PlanTask: Sendable, Equatable {
    /// The numbers of the item and its ancestors after repair, outermost first, e.g. [2, 4, 3].
    public var path: [Int]
    /// 1-based position within the item.
    public var index: Int
    public var line: Int
    public var text: String
    /// The item's units, or the nearest ancestor's where the item names none.
    public var units: [PlanUnit]
    /// The deadlines in this task's own sentences, else the item's deadline field (完成时限).
    public var deadlines: [PlanDeadline]
    /// Where no unit is named: the actors of 「……要……」 sentences, offered to the user.
    public var suggestedActors: [String]

    public var deadline: PlanDeadline? { deadlines.first }
}

/// Text after the plan that holds no tasks, kept whole.
public struct PlanAppendix: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Codable {
        /// 答记者问, 政策解读: explanations reprinted with the plan.
        case pressQA
        /// 附件: not parsed as part of the plan.
        case attachment
    }

    public var kind: Kind
    public var title: String
    public var paragraphs: [PlanParagraph]
}

/// A repair the parser made, or something the user should check.
public struct PlanWarning: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// An item printed without a number got the one its place calls for.
        case missingNumber
        /// A number that breaks the sequence was replaced by the one its place calls for.
        case wrongNumber
        /// Numbers are missing from the sequence (kept as printed: text may have been lost).
        case numberGap
        /// A paragraph split across lines was joined.
        case joinedLines
        /// An appendix (press Q&A, attachment) was set aside from the tasks.
        case appendixExcluded
        /// A unit clause the parser could not read.
        case unreadableUnits
    }

    public var line: Int
    public var kind: Kind
    public var message: String

    public init(line: Int, kind: Kind, message: String) {
        self.line = line
        self.kind = kind
        self.message = message
    }
}
