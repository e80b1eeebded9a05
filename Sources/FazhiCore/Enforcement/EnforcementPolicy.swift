/// The thresholds a region sets for its agencies: which decisions are major (法制审核, 集体讨论), what 较大数额 means
/// for the right to a hearing, how soon decisions are published, and the window for repeated inspections of one
/// enterprise. The statutes leave these to local rules; the defaults below are common provincial values and are
/// marked as such wherever they are shown.
public struct EnforcementPolicy: Codable, Sendable, Equatable {
    /// 较大数额罚款 (第六十三条第一款第一项), in yuan, for a natural person and for an organisation.
    public var hearingFinePerson: Int
    public var hearingFineOrganisation: Int
    /// Fines from which the decision is a major one that needs legal review (第五十八条第一款第一、四项).
    public var legalReviewFinePerson: Int
    public var legalReviewFineOrganisation: Int
    /// Fines from which the heads decide collectively (第五十七条第二款).
    public var collectiveFinePerson: Int
    public var collectiveFineOrganisation: Int
    /// Penalties that always need legal review (and collective discussion).
    public var majorPenalties: Set<PenaltyKind>
    /// Working days from the decision within which it is published (执法公示).
    public var publicityWorkingDays: Int
    /// The window, in days, of the repeated-inspection alert (涉企检查; `RepeatedInspectionRule`).
    public var repeatedInspectionDays: Int
    /// How many inspections of one enterprise within the window are normal; one more raises the alert.
    public var repeatedInspectionCount: Int
    /// The reply period a supervision notice proposes, in working days (`SupervisionPolicy`).
    public var supervisionReplyWorkingDays: Int
    /// Whether these are the defaults rather than a region's own rules.
    public var isDefault: Bool
    /// The fields a region's entry does not set (entered before they existed), which keep their defaults and are
    /// marked 参照 like them. Not stored.
    public var defaulted: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case hearingFinePerson, hearingFineOrganisation, legalReviewFinePerson, legalReviewFineOrganisation
        case collectiveFinePerson, collectiveFineOrganisation, majorPenalties, publicityWorkingDays
        case repeatedInspectionDays, repeatedInspectionCount, supervisionReplyWorkingDays, isDefault
    }

    public init(
        hearingFinePerson: Int, hearingFineOrganisation: Int, legalReviewFinePerson: Int,
        legalReviewFineOrganisation: Int, collectiveFinePerson: Int, collectiveFineOrganisation: Int,
        majorPenalties: Set<PenaltyKind>, publicityWorkingDays: Int, repeatedInspectionDays: Int, isDefault: Bool,
        repeatedInspectionCount: Int = 2, supervisionReplyWorkingDays: Int = 15
    ) {
        self.hearingFinePerson = hearingFinePerson
        self.hearingFineOrganisation = hearingFineOrganisation
        self.legalReviewFinePerson = legalReviewFinePerson
        self.legalReviewFineOrganisation = legalReviewFineOrganisation
        self.collectiveFinePerson = collectiveFinePerson
        self.collectiveFineOrganisation = collectiveFineOrganisation
        self.majorPenalties = majorPenalties
        self.publicityWorkingDays = publicityWorkingDays
        self.repeatedInspectionDays = repeatedInspectionDays
        self.repeatedInspectionCount = repeatedInspectionCount
        self.supervisionReplyWorkingDays = supervisionReplyWorkingDays
        self.isDefault = isDefault
    }

    /// Reads a stored entry; the fields added after it was written take the defaults and are listed in `defaulted`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        hearingFinePerson = try c.decode(Int.self, forKey: .hearingFinePerson)
        hearingFineOrganisation = try c.decode(Int.self, forKey: .hearingFineOrganisation)
        legalReviewFinePerson = try c.decode(Int.self, forKey: .legalReviewFinePerson)
        legalReviewFineOrganisation = try c.decode(Int.self, forKey: .legalReviewFineOrganisation)
        collectiveFinePerson = try c.decode(Int.self, forKey: .collectiveFinePerson)
        collectiveFineOrganisation = try c.decode(Int.self, forKey: .collectiveFineOrganisation)
        majorPenalties = try c.decode(Set<PenaltyKind>.self, forKey: .majorPenalties)
        publicityWorkingDays = try c.decode(Int.self, forKey: .publicityWorkingDays)
        isDefault = try c.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false
        let standard = Self.standard
        var defaulted = Set<String>()
        func read(_ key: CodingKeys, _ fallback: Int) throws -> Int {
            if let value = try c.decodeIfPresent(Int.self, forKey: key) { return value }
            defaulted.insert(key.stringValue)
            return fallback
        }
        repeatedInspectionDays = try read(.repeatedInspectionDays, standard.repeatedInspectionDays)
        repeatedInspectionCount = try read(.repeatedInspectionCount, standard.repeatedInspectionCount)
        supervisionReplyWorkingDays = try read(.supervisionReplyWorkingDays, standard.supervisionReplyWorkingDays)
        self.defaulted = defaulted
    }

    /// Whether the value of `field` (a coding key) is the 参照 default.
    public func isReference(_ field: String) -> Bool { isDefault || defaulted.contains(field) }

    /// The repeated-inspection alert's count and window.
    public var repeatedInspection: RepeatedInspectionRule {
        RepeatedInspectionRule(
            maximum: repeatedInspectionCount, days: repeatedInspectionDays,
            isDefault: isReference("repeatedInspectionCount") || isReference("repeatedInspectionDays"))
    }

    /// The supervision reply period a new notice proposes.
    public var supervision: SupervisionPolicy {
        SupervisionPolicy(
            replyWorkingDays: supervisionReplyWorkingDays, isDefault: isReference("supervisionReplyWorkingDays"))
    }

    /// 参照 values: hearing thresholds as many provinces set them (公民五千元、法人或者其他组织五万元), legal review and
    /// collective discussion at twice and ten times those, publication of a penalty decision within 7 working days
    /// (国办发〔2018〕118号 二、（五）), more than two inspections of one enterprise within 30 days
    /// (`RepeatedInspectionRule`), a supervision reply within 15 working days (`SupervisionPolicy`).
    public static let standard = EnforcementPolicy(
        hearingFinePerson: 5_000, hearingFineOrganisation: 50_000, legalReviewFinePerson: 10_000,
        legalReviewFineOrganisation: 100_000, collectiveFinePerson: 50_000, collectiveFineOrganisation: 500_000,
        majorPenalties: [.licenceRevocation, .closure, .employmentRestriction, .detention], publicityWorkingDays: 7,
        repeatedInspectionDays: 30, isDefault: true, repeatedInspectionCount: 2, supervisionReplyWorkingDays: 15)

    func threshold(_ person: Int, _ organisation: Int, for party: PartyKind) -> Int {
        party == .person ? person : organisation
    }

    /// Whether the proposed penalties give the party the right to ask for a hearing (第六十三条).
    public func grantsHearing(_ penalties: Set<PenaltyKind>, fineFen: Int64, party: PartyKind) -> Bool {
        penalties.contains { $0.alwaysGrantsHearing }
            || fineFen >= Int64(threshold(hearingFinePerson, hearingFineOrganisation, for: party)) * 100
    }

    /// Whether the decision is major and needs legal review first (第五十八条); a case that went to a hearing is
    /// one (第五十八条第一款第二项).
    public func needsLegalReview(_ penalties: Set<PenaltyKind>, fineFen: Int64, party: PartyKind, heard: Bool) -> Bool {
        heard || !penalties.isDisjoint(with: majorPenalties)
            || fineFen >= Int64(threshold(legalReviewFinePerson, legalReviewFineOrganisation, for: party)) * 100
    }

    /// Whether the heads must decide collectively (第五十七条第二款).
    public func needsCollectiveDiscussion(_ penalties: Set<PenaltyKind>, fineFen: Int64, party: PartyKind) -> Bool {
        !penalties.isDisjoint(with: majorPenalties)
            || fineFen >= Int64(threshold(collectiveFinePerson, collectiveFineOrganisation, for: party)) * 100
    }
}

extension EnforcementPolicy {
    /// The publication period as a deadline rule, so the due day is computed and explained like any other.
    public var publicityRule: DeadlineRule {
        let basis = LegalBasis(
            "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见", version: "2018-12-05",
            article: "二、（五）", excerpt: "行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开，但法律、行政法规另有规定的除外")
        return DeadlineRule(
            id: "enforcement.publicity", title: isDefault ? "公示行政处罚决定（参照）" : "公示行政处罚决定", amount: publicityWorkingDays,
            unit: .workingDays, startsFrom: "自作出决定之日起", basis: basis, countingBasis: basis)
    }
}
