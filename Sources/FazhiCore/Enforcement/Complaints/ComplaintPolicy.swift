/// How long the handling body has to answer a complaint or report (投诉举报办理期限).
///
/// No national statute sets it, and the demo region has no rule in the corpus. 重庆市行政执法责任制条例 第十三条第二款
/// sets fifteen working days where no other statute sets a period; 山东省行政执法监督条例 第六条 gives the right to
/// complain to governments and departments without a period. So a region may set its own period (`complaint_policies`),
/// and the default is the Chongqing period, marked 「参照」 wherever it is shown.
public struct ComplaintPolicy: Codable, Sendable, Equatable {
    /// Working days from receipt within which the complainant is answered (受理 or not, then the reply).
    public var replyWorkingDays: Int
    /// Whether this is the 参照 default rather than a region's own rule.
    public var isDefault: Bool

    public init(replyWorkingDays: Int, isDefault: Bool) {
        self.replyWorkingDays = replyWorkingDays
        self.isDefault = isDefault
    }

    /// 参照: fifteen working days (重庆市行政执法责任制条例 第十三条).
    public static let standard = ComplaintPolicy(replyWorkingDays: 15, isDefault: true)

    /// The shortest and longest period a region may set.
    public static let replyDaysRange = 1...60

    /// The article the default rests on, read in
    /// `corpus/laws/DLC/重庆地方法规/地方性法规/重庆/重庆市行政执法责任制条例(2010-07-30).md`.
    public static let basis = LegalBasis(
        "重庆市行政执法责任制条例", version: "2010-07-30", article: "第十三条第二款",
        excerpt: "对公民、法人和其他组织的举报、控告，行政执法主体应当在法定期限内予以回复，没有法定期限的，应在十五个工作日内予以回复")

    /// The right to complain to governments and departments, read in
    /// `corpus/laws/DLC/山东地方法规/地方性法规/山东/山东省行政执法监督条例(2014-11-27).md`.
    public static let rightBasis = LegalBasis(
        "山东省行政执法监督条例", version: "2014-11-27", article: "第六条",
        excerpt: "公民、法人和其他组织认为行政执法机关及其工作人员的行政执法行为违法或者不当的，可以依法向县级以上人民政府和有关部门投诉、举报")

    /// The answer period as a deadline rule, computed and explained by `DeadlineCalculator`.
    public var replyRule: DeadlineRule {
        DeadlineRule(
            id: "complaint.reply", title: isDefault ? "投诉举报答复期限（参照）" : "投诉举报答复期限", amount: replyWorkingDays,
            unit: .workingDays, startsFrom: "自收到投诉举报之日起", basis: Self.basis, countingBasis: Self.basis)
    }

    /// A region's period as typed, checked: a whole number of working days within `replyDaysRange`.
    public static func validated(replyDays text: String?) throws(DomainError) -> ComplaintPolicy {
        var check = Validation()
        let days = check.integer(
            "replyDays", text, label: "答复期限（工作日）", in: replyDaysRange)
        try check.check()
        return ComplaintPolicy(replyWorkingDays: days, isDefault: false)
    }
}
