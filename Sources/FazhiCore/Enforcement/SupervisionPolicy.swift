/// How long an agency has to reply to a supervision notice (督办答复期限).
///
/// No national statute sets the period. Provincial rules on enforcement supervision either leave it to the notice
/// itself (河南省行政执法条例 第四十三条: 「在《行政执法监督意见书》规定的期限内」) or fix it (山东省行政执法监督条例
/// 第二十八条: 三十日); the demo region has no such rule in the corpus. So the bureau sets the period in each notice,
/// in working days, and the default is a 参照 value, marked as such wherever it is shown.
public struct SupervisionPolicy: Codable, Sendable, Equatable {
    /// The reply period a new notice proposes, in working days.
    public var replyWorkingDays: Int
    /// Whether this is the 参照 default rather than a region's own rule.
    public var isDefault: Bool

    public init(replyWorkingDays: Int, isDefault: Bool) {
        self.replyWorkingDays = replyWorkingDays
        self.isDefault = isDefault
    }

    /// 参照: 15 working days (about three weeks), shorter than 山东's thirty calendar days so that a return for a fuller
    /// reply still ends within a month or so.
    public static let standard = SupervisionPolicy(replyWorkingDays: 15, isDefault: true)

    /// The shortest and longest reply period a notice may set.
    public static let replyDaysRange = 1...60

    /// The article the reply period rests on: the notice sets it (read in
    /// `corpus/laws/DLC/河南地方法规/地方性法规/河南/河南省行政执法条例(2016-03-29).md`), borrowed here, so 参照.
    public static let basis = LegalBasis(
        "河南省行政执法条例", version: "2016-03-29", article: "第四十三条",
        excerpt: "行政执法机关应当在《行政执法监督意见书》规定的期限内依法处理并报告处理情况")

    /// The reply period of a notice that sets `workingDays` as a deadline rule, computed and explained by
    /// `DeadlineCalculator`.
    public func replyRule(workingDays: Int) -> DeadlineRule {
        DeadlineRule(
            id: "supervision.reply", title: isDefault ? "督办答复期限（参照）" : "督办答复期限", amount: workingDays,
            unit: .workingDays, startsFrom: "自督办文书发出之日起", basis: Self.basis, countingBasis: Self.basis)
    }
}
