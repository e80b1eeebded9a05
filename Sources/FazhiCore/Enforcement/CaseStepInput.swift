/// A step as submitted: the fields of a page form or of one event an agency's system sends, as text. `validated()`
/// reads it into a `CaseStep` or lists every field that is wrong; the rules of law are checked afterwards by
/// `CaseRules` against the case.
public struct CaseStepInput: Codable, Sendable, Equatable {
    public var action: String?
    /// The day the act took place (YYYY-MM-DD).
    public var date: String?
    /// The certificate numbers (执法证号) of the officers who acted, separated by commas or spaces in a form.
    public var officers: [String]?
    // 立案 and 当场处罚
    public var matterCode: String?
    public var partyKind: String?
    public var partyName: String?
    /// 统一社会信用代码 for an organisation, 身份证号 for a person.
    public var partyID: String?
    public var partyAddress: String?
    /// The day the violation took place or, when continuing, ended (第三十六条第二款).
    public var violationOn: String?
    /// The violation concerns life, health or financial safety and caused harm: the limitation is five years.
    public var severeHarm: Bool?
    public var facts: String?
    // 告知, 决定, 当场处罚
    public var penalties: [String]?
    /// The fine in yuan (「5000」「5000.50」).
    public var fine: String?
    public var circumstance: String?
    public var deviationReason: String?
    /// 告知: whether the party was told of the right to a hearing.
    public var hearingRight: Bool?
    // 法制审核
    public var reviewPassed: Bool?
    // 决定
    /// 「penalty」 (给予行政处罚) or 「none」 (不予行政处罚, 第五十七条第一款第二、三项).
    public var outcome: String?
    public var decisionNumber: String?
    // 送达
    public var serviceMethod: String?
    /// Reasons and notes: suspension, withdrawal, transfer, the conclusion of a discussion or hearing.
    public var note: String?

    public init(action: String? = nil, date: String? = nil, officers: [String]? = nil) {
        self.action = action
        self.date = date
        self.officers = officers
    }
}

/// A step read and checked field by field.
public struct CaseStep: Sendable, Equatable {
    public var action: CaseAction
    public var date: CivilDate
    public var officers: [String]
    public var matterCode: String?
    public var party: CaseParty?
    public var violationOn: CivilDate?
    public var severeHarm: Bool
    public var facts: String?
    public var penalties: Set<PenaltyKind>
    public var fineFen: Int64
    public var circumstance: String?
    public var deviationReason: String?
    public var hearingRight: Bool
    public var reviewPassed: Bool
    public var noPenalty: Bool
    public var decisionNumber: String?
    public var serviceMethod: String?
    public var note: String?
}

/// Who a case is against.
public struct CaseParty: Codable, Sendable, Equatable {
    public var kind: PartyKind
    public var name: String
    public var identifier: String?
    public var address: String?

    public init(kind: PartyKind, name: String, identifier: String?, address: String?) {
        self.kind = kind
        self.name = name
        self.identifier = identifier
        self.address = address
    }
}
