/// The time limits a document's steps run under, as deadline rules, so that every due date shown is explained by
/// `DeadlineCalculator` (which article, which days were skipped).
///
/// Government rules (地方政府规章) follow the State Council's regulations; normative documents (行政规范性文件) follow
/// local rules, which regions enter as `NormativeLocalRules`. Until a region has, its normative documents run on the
/// rules for government rules and on 国办发〔2018〕115号, each period marked 「参照」 so nobody mistakes a
/// borrowed limit for the region's own.
public struct NormativePolicy: Sendable, Equatable {
    /// 公开征求意见 (a minimum: the draft stays open at least this long).
    public var commentMinimum: DeadlineRule
    /// 合法性审核: the least time the legal unit must be given, if any.
    public var legalityMinimum: DeadlineRule?
    /// 合法性审核: the most it should take, if any (late reviews are flagged).
    public var legalityMaximum: DeadlineRule?
    /// 报送备案: from publication.
    public var filing: DeadlineRule
    /// 补充或者重新报送备案: from the notice deferring registration.
    public var supplement: DeadlineRule
    /// 主动审查: from registration.
    public var review: DeadlineRule
    /// 报告处理情况: from the review's correction notice.
    public var handling: DeadlineRule
    /// 答复审查建议: from receipt of a citizen's review suggestion.
    public var suggestionAnswer: DeadlineRule
    /// 有效期: the longest term a document may be given, in years (nil: no term required).
    public var maxValidityYears: Int?
    /// 有效期届满前评估: how many months before the term ends the drafting body is asked to evaluate.
    public var expiryNoticeMonths: Int

    public static func statutory(_ kind: NormativeKind) -> NormativePolicy {
        switch kind {
        case .governmentRule: governmentRules
        case .normativeDocument: NormativeLocalRules.national.policy
        }
    }

    static func filingRegulation(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("法规规章备案审查条例", version: "2024-08-30", article: article, excerpt: excerpt)
    }

    static let rulesRegulation = "规章制定程序条例"

    /// 规章制定程序条例 (2017) and 法规规章备案审查条例 (2024).
    public static let governmentRules = NormativePolicy(
        commentMinimum: DeadlineRule(
            id: "normative.comment", title: "公开征求意见期限（不少于）", amount: 30, unit: .calendarDays, kind: .minimum,
            startsFrom: "自向社会公布草案之日起",
            basis: LegalBasis(rulesRegulation, version: "2017-12-22", article: "第十五条", excerpt: "向社会公布征求意见的期限一般不少于30日"),
            countingBasis: CountingBases.civilProcedurePeriods),
        legalityMinimum: nil, legalityMaximum: nil,
        filing: DeadlineRules.rule("filing.report")!,
        supplement: DeadlineRule(
            id: "normative.supplement", title: "补充或者重新报送备案", amount: 15, unit: .calendarDays,
            startsFrom: "自收到暂缓登记通知之日起",
            basis: filingRegulation("第九条", "制定机关应当自收到通知之日起15日内按照要求补充或者重新报送备案"),
            countingBasis: CountingBases.civilProcedurePeriods),
        review: DeadlineRule(
            id: "normative.review", title: "备案审查（主动审查）", amount: 2, unit: .months, startsFrom: "自审查程序启动之日起",
            basis: filingRegulation("第十一条", "主动审查一般应当在审查程序启动后2个月内完成"),
            countingBasis: CountingBases.civilProcedurePeriods),
        handling: DeadlineRule(
            id: "normative.handling", title: "报告纠正处理情况", amount: 30, unit: .calendarDays, startsFrom: "自接到审查意见通知之日起",
            basis: filingRegulation("第二十一条", "规章的制定机关应当自接到本条例第十八条、第十九条、第二十条规定的通知之日起30日内，将处理情况报国务院备案审查工作机构"),
            countingBasis: CountingBases.civilProcedurePeriods),
        suggestionAnswer: suggestionDefault, maxValidityYears: nil, expiryNoticeMonths: 6)

    /// No statute sets a time to answer a review suggestion (第十二条 says only that it is studied and answered);
    /// until a region's rules do, the platform gives 60 days and says so.
    static let suggestionDefault = DeadlineRule(
        id: "normative.suggestion", title: "答复审查建议（平台默认期限）", amount: 60, unit: .calendarDays,
        startsFrom: "自收到审查建议之日起",
        basis: filingRegulation(
            "第十二条", "认为……相抵触的，可以向国务院书面提出审查建议，由国务院备案审查工作机构研究并提出处理意见，按照规定程序处理。"),
        countingBasis: CountingBases.civilProcedurePeriods)
}

extension NormativePolicy {
    /// Every period of the policy, in the order of the procedure.
    public var rules: [DeadlineRule] {
        [commentMinimum, legalityMinimum, legalityMaximum, filing, supplement, review, handling, suggestionAnswer]
            .compactMap { $0 }
    }

    /// The period with this id (the `due_rule` a document stores).
    public func rule(_ id: String) -> DeadlineRule? { rules.first { $0.id == id } }
}
