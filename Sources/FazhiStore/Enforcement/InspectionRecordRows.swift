import FazhiCore
import Foundation

/// An inspection of an enterprise as the list shows it.
public struct EnterpriseInspectionRow: Sendable, Equatable {
    public var id: UUID
    public var bodyID: UUID
    public var bodyName: String
    public var clientID: String
    public var matterCode: String
    public var matterName: String
    public var creditCode: String
    public var enterpriseName: String
    public var date: CivilDate
    public var officers: [String]
    public var kind: EnterpriseInspectionKind
    public var result: String
    /// 页面录入 (`page`) or 接口提交 (`api`).
    public var source: String
    /// Whether a repeated-inspection alert counted this inspection.
    public var alerted: Bool
}

/// What the list of inspections shows.
public struct EnterpriseInspectionFilter: Sendable, Equatable {
    /// A credit code (exact) or words of the enterprise's name.
    public var words: String?
    public var kind: EnterpriseInspectionKind?
    /// Only inspections a repeated-inspection alert counted.
    public var alerted: Bool
    public var limit: Int
    public var offset: Int

    public init(
        words: String? = nil, kind: EnterpriseInspectionKind? = nil, alerted: Bool = false, limit: Int = 50,
        offset: Int = 0
    ) {
        self.words = words
        self.kind = kind
        self.alerted = alerted
        self.limit = limit
        self.offset = offset
    }
}

/// What became of one record sent: stored now, recognised as sent before (nothing changed), or refused.
public enum EnterpriseInspectionOutcome: Sendable {
    case applied(id: UUID, alerts: [RepeatedInspectionAlert])
    case duplicate(id: UUID)
    case refused(DomainError)
}

/// A repeated-inspection alert: the enterprise, the window, and the inspections it counted.
public struct RepeatedInspectionAlert: Sendable, Equatable {
    public var alertID: UUID
    public var creditCode: String
    public var enterpriseName: String
    public var windowFrom: CivilDate
    public var windowTo: CivilDate
    public var title: String
    public var message: String
    public var basis: String
    public var raisedOn: String
    public var closed: Bool
    /// The inspections counted, by day: (day, body, matter).
    public var inspections: [Item]

    public struct Item: Sendable, Equatable {
        public var id: UUID
        public var date: CivilDate
        public var bodyName: String
        public var matterName: String
    }
}
