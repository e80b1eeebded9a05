import FazhiCore
import Foundation

/// A clean-up campaign (清理) as lists show it, with the figures of the items the viewer sees.
public struct NormativeCleanupRow: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var title: String
    public var basis: String?
    /// The organiser (the office that started it).
    public var organisationName: String
    /// The subtree it covers: the organiser's government.
    public var orgPath: OrgPath
    public var startedOn: CivilDate
    public var dueOn: CivilDate
    public var createdAt: Date
    /// Whether the viewer runs the campaign (sees every item and may change decisions), rather than answering for
    /// some of its documents.
    public var wholeCampaign: Bool
    public var figures: NormativeCleanupFigures
}

/// The counts of a campaign's documents by decision. Each is a count of items, and the items list filtered the
/// same way shows exactly those items.
public struct NormativeCleanupFigures: Sendable, Equatable {
    public var total = 0
    public var keep = 0
    public var amend = 0
    public var repeal = 0
    public var declareExpired = 0

    public init() {}

    public var decided: Int { keep + amend + repeal + declareExpired }
    public var undecided: Int { total - decided }

    public func count(_ decision: NormativeCleanupDecision) -> Int {
        switch decision {
        case .keep: keep
        case .amend: amend
        case .repeal: repeal
        case .declareExpired: declareExpired
        }
    }

    public static let definitions: [(name: String, text: String)] = [
        ("清理文件数", "清理开始之日有效、起草单位在清理范围内的已印发文件，在清理开始时列入清单，之后不再增减。"),
        ("已清理", "已由起草单位作出清理决定（继续有效、修改、废止或宣布失效）的文件数。"),
        ("未清理", "清理文件数 − 已清理。"),
        ("继续有效／修改／废止／宣布失效", "按清理决定分列的文件数；废止和宣布失效的文件自决定之日起失去效力。"),
    ]
}

/// One document of a campaign and its decision.
public struct NormativeCleanupItemRow: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var cleanupID: UUID
    public var documentID: UUID
    public var title: String
    public var documentNumber: String?
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    public var publishedOn: CivilDate?
    public var expiresOn: CivilDate?
    public var decision: NormativeCleanupDecision?
    public var reason: String?
    public var decidedOn: CivilDate?
    public var decidedBy: String?
    /// Whether the viewer's scope holds the drafting body (it answers for the item).
    public var drafterInScope: Bool
}

/// Which items a campaign page lists.
public struct NormativeCleanupItemFilter: Sendable, Equatable {
    /// true: decided; false: not yet.
    public var decided: Bool?
    public var decision: NormativeCleanupDecision?
    public var organisationID: UUID?

    public init(decided: Bool? = nil, decision: NormativeCleanupDecision? = nil, organisationID: UUID? = nil) {
        self.decided = decided
        self.decision = decision
        self.organisationID = organisationID
    }
}

/// A new campaign as the office enters it.
public struct NormativeCleanupInput: Sendable, Codable {
    public var title: String?
    /// 清理依据: the notice or plan that orders it.
    public var basis: String?
    public var startedOn: String?
    public var dueOn: String?

    public init(title: String?, basis: String? = nil, startedOn: String?, dueOn: String?) {
        self.title = title
        self.basis = basis
        self.startedOn = startedOn
        self.dueOn = dueOn
    }

    func validated() throws -> (title: String, basis: String?, startedOn: CivilDate, dueOn: CivilDate) {
        var v = Validation()
        let title = v.text("title", title, label: "清理名称", maxLength: 200)
        let basis = v.optionalText("basis", basis, label: "清理依据", maxLength: 1000)
        let started = v.date("startedOn", startedOn, label: "开始日期")
        let due = v.date("dueOn", dueOn, label: "完成期限")
        if let started, let due, due < started { v.add("dueOn", "完成期限不能早于开始日期") }
        try v.check()
        return (title, basis, started!, due!)
    }
}

/// A drafting body's decision on one document of a campaign.
public struct NormativeCleanupDecisionInput: Sendable, Codable {
    public var decision: String?
    public var reason: String?

    public init(decision: String?, reason: String? = nil) {
        self.decision = decision
        self.reason = reason
    }

    func validated() throws -> (decision: NormativeCleanupDecision, reason: String?) {
        var v = Validation()
        let decision = decision.flatMap(NormativeCleanupDecision.init(rawValue:))
        if decision == nil { v.add("decision", "请选择清理决定") }
        let reason = v.optionalText("reason", reason, label: "理由", maxLength: 2000)
        if let decision, decision != .keep, reason == nil { v.add("reason", "\(decision.label)须说明理由") }
        try v.check()
        return (decision!, reason)
    }
}
