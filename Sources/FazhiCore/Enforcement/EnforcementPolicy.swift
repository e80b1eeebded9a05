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
    /// Days within which a second inspection of the same enterprise by the same body raises an alert (涉企检查).
    public var repeatedInspectionDays: Int
    /// Whether these are the defaults rather than a region's own rules.
    public var isDefault: Bool

    public init(
        hearingFinePerson: Int, hearingFineOrganisation: Int, legalReviewFinePerson: Int,
        legalReviewFineOrganisation: Int, collectiveFinePerson: Int, collectiveFineOrganisation: Int,
        majorPenalties: Set<PenaltyKind>, publicityWorkingDays: Int, repeatedInspectionDays: Int, isDefault: Bool
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
        self.isDefault = isDefault
    }

    /// 参照 values: hearing thresholds as many provinces set them (公民五千元、法人或者其他组织五万元), legal review and
    /// collective discussion at twice and ten times those, publication of a penalty decision within 7 working days
    /// (国办发〔2018〕118号 二、（五）), a 30-day inspection window.
    public static let standard = EnforcementPolicy(
        hearingFinePerson: 5_000, hearingFineOrganisation: 50_000, legalReviewFinePerson: 10_000,
        legalReviewFineOrganisation: 100_000, collectiveFinePerson: 50_000, collectiveFineOrganisation: 500_000,
        majorPenalties: [.licenceRevocation, .closure, .employmentRestriction, .detention], publicityWorkingDays: 7,
        repeatedInspectionDays: 30, isDefault: true)

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
