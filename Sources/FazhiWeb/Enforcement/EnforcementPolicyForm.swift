import FazhiCore
import FazhiStore
import Vapor

/// The thresholds form as posted: every number as typed, so that a bad entry is shown back as it was.
struct EnforcementPolicyForm: Content {
    var organisationID: String?
    var hearingFinePerson: String?
    var hearingFineOrganisation: String?
    var legalReviewFinePerson: String?
    var legalReviewFineOrganisation: String?
    var collectiveFinePerson: String?
    var collectiveFineOrganisation: String?
    var majorPenalties: [String]?
    var publicityWorkingDays: String?
    var repeatedInspectionDays: String?
    var repeatedInspectionCount: String?
    var supervisionReplyWorkingDays: String?

    /// The amounts (in yuan) with their labels, in the order the page shows them.
    static let amounts: [(name: String, label: String)] = [
        ("hearingFinePerson", "听证：对公民罚款（元，不低于）"), ("hearingFineOrganisation", "听证：对法人或者其他组织罚款（元，不低于）"),
        ("legalReviewFinePerson", "法制审核：对公民罚款（元，不低于）"),
        ("legalReviewFineOrganisation", "法制审核：对法人或者其他组织罚款（元，不低于）"),
        ("collectiveFinePerson", "集体讨论：对公民罚款（元，不低于）"),
        ("collectiveFineOrganisation", "集体讨论：对法人或者其他组织罚款（元，不低于）"),
    ]

    init(_ policy: EnforcementPolicy, organisationID: UUID) {
        self.organisationID = organisationID.uuidString
        hearingFinePerson = String(policy.hearingFinePerson)
        hearingFineOrganisation = String(policy.hearingFineOrganisation)
        legalReviewFinePerson = String(policy.legalReviewFinePerson)
        legalReviewFineOrganisation = String(policy.legalReviewFineOrganisation)
        collectiveFinePerson = String(policy.collectiveFinePerson)
        collectiveFineOrganisation = String(policy.collectiveFineOrganisation)
        majorPenalties = PenaltyKind.allCases.filter(policy.majorPenalties.contains).map(\.rawValue)
        publicityWorkingDays = String(policy.publicityWorkingDays)
        repeatedInspectionDays = String(policy.repeatedInspectionDays)
        repeatedInspectionCount = String(policy.repeatedInspectionCount)
        supervisionReplyWorkingDays = String(policy.supervisionReplyWorkingDays)
    }

    func value(_ name: String) -> String? {
        switch name {
        case "hearingFinePerson": hearingFinePerson
        case "hearingFineOrganisation": hearingFineOrganisation
        case "legalReviewFinePerson": legalReviewFinePerson
        case "legalReviewFineOrganisation": legalReviewFineOrganisation
        case "collectiveFinePerson": collectiveFinePerson
        case "collectiveFineOrganisation": collectiveFineOrganisation
        case "publicityWorkingDays": publicityWorkingDays
        case "repeatedInspectionDays": repeatedInspectionDays
        case "repeatedInspectionCount": repeatedInspectionCount
        case "supervisionReplyWorkingDays": supervisionReplyWorkingDays
        default: nil
        }
    }

    /// The thresholds, or every problem with them: whole amounts up to 1亿 yuan, working days 1–60, an inspection
    /// window of 1–366 days and a count of 1–50 (`RepeatedInspectionRule`), a supervision reply period of 1–60 working
    /// days (`SupervisionPolicy.replyDaysRange`), and each step's threshold for a party not below the one before it.
    @discardableResult
    func policy() throws(DomainError) -> EnforcementPolicy {
        var v = Validation()
        let amount = { (name: String) in v.integer(name, value(name), label: "金额", in: 0...100_000_000) }
        let (hp, ho) = (amount("hearingFinePerson"), amount("hearingFineOrganisation"))
        let (lp, lo) = (amount("legalReviewFinePerson"), amount("legalReviewFineOrganisation"))
        let (cp, co) = (amount("collectiveFinePerson"), amount("collectiveFineOrganisation"))
        let publicity = v.integer("publicityWorkingDays", publicityWorkingDays, label: "公示期限", in: 1...60)
        let window = v.integer(
            "repeatedInspectionDays", repeatedInspectionDays, label: "重复检查预警期", in: RepeatedInspectionRule.daysRange)
        let count = v.integer(
            "repeatedInspectionCount", repeatedInspectionCount, label: "预警期内可检查次数",
            in: RepeatedInspectionRule.maximumRange)
        let reply = v.integer(
            "supervisionReplyWorkingDays", supervisionReplyWorkingDays, label: "督办答复期限",
            in: SupervisionPolicy.replyDaysRange)
        var major = Set<PenaltyKind>()
        for text in majorPenalties ?? [] {
            guard let kind = PenaltyKind(rawValue: text) else {
                v.add("majorPenalties", "处罚种类「\(text.prefix(20))」无法识别")
                continue
            }
            major.insert(kind)
        }
        if v.errors.isEmpty {
            if cp < lp { v.add("collectiveFinePerson", "集体讨论的数额不应低于法制审核的数额") }
            if co < lo { v.add("collectiveFineOrganisation", "集体讨论的数额不应低于法制审核的数额") }
        }
        try v.check()
        return EnforcementPolicy(
            hearingFinePerson: hp, hearingFineOrganisation: ho, legalReviewFinePerson: lp,
            legalReviewFineOrganisation: lo, collectiveFinePerson: cp, collectiveFineOrganisation: co,
            majorPenalties: major, publicityWorkingDays: publicity, repeatedInspectionDays: window, isDefault: false,
            repeatedInspectionCount: count, supervisionReplyWorkingDays: reply)
    }
}
