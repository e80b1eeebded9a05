/// A region's own rules on normative documents (e.g. a 行政规范性文件制定和监督管理办法), as an administrator enters
/// them: the rule's name and date, and for each period its length and article. They apply to the documents drafted
/// in the subtree of the organisation they are entered for; the nearest entry above a document wins.
public struct NormativeLocalRules: Sendable, Equatable, Codable {
    /// The rule's name, without 《》, e.g. 「某自治区行政规范性文件制定和监督管理办法」.
    public var statute: String
    /// Its date (公布 or 施行), `YYYY-MM-DD`.
    public var version: String
    public var commentDays: Int
    public var commentArticle: String
    public var legalityMinimumWorkdays: Int
    public var legalityMaximumWorkdays: Int
    public var legalityArticle: String
    public var filingDays: Int
    public var filingArticle: String
    public var suggestionDays: Int
    public var suggestionArticle: String
    public var validityYears: Int
    public var validityArticle: String

    public init(
        statute: String, version: String, commentDays: Int, commentArticle: String, legalityMinimumWorkdays: Int,
        legalityMaximumWorkdays: Int, legalityArticle: String, filingDays: Int, filingArticle: String,
        suggestionDays: Int, suggestionArticle: String, validityYears: Int, validityArticle: String
    ) {
        self.statute = statute
        self.version = version
        self.commentDays = commentDays
        self.commentArticle = commentArticle
        self.legalityMinimumWorkdays = legalityMinimumWorkdays
        self.legalityMaximumWorkdays = legalityMaximumWorkdays
        self.legalityArticle = legalityArticle
        self.filingDays = filingDays
        self.filingArticle = filingArticle
        self.suggestionDays = suggestionDays
        self.suggestionArticle = suggestionArticle
        self.validityYears = validityYears
        self.validityArticle = validityArticle
    }

    /// What applies where a region has entered nothing: the national rules, some only by analogy (「参照」).
    /// 国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见 (国办发〔2018〕115号) gives the legal unit
    /// 原则上不少于5个工作日，最长不超过15个工作日; the comment, filing and answer periods follow the State Council's
    /// rules for government rules; five years is the term most local rules set (有效期一般不超过5年).
    public static let national = NormativeLocalRules(
        statute: "", version: "", commentDays: 30, commentArticle: "", legalityMinimumWorkdays: 5,
        legalityMaximumWorkdays: 15, legalityArticle: "", filingDays: 30, filingArticle: "", suggestionDays: 60,
        suggestionArticle: "", validityYears: 5, validityArticle: "")

    /// Whether these are the defaults rather than a region's entry.
    public var isNational: Bool { statute.isEmpty }

    /// The rules as deadline rules, each citing the local article (or, for the defaults, the borrowed one).
    public var policy: NormativePolicy {
        let counting = CountingBases.civilProcedurePeriods
        func local(_ article: String, _ excerpt: String) -> LegalBasis {
            LegalBasis(statute, version: version, article: article, excerpt: excerpt)
        }
        let guidance = LegalBasis(
            "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见（国办发〔2018〕115号）", version: "2018-12-04",
            article: "（六）", excerpt: "原则上不少于5个工作日，最长不超过15个工作日")
        let rules = NormativePolicy.governmentRules
        return NormativePolicy(
            commentMinimum: DeadlineRule(
                id: "normative.comment", title: isNational ? "公开征求意见期限（不少于，参照规章）" : "公开征求意见期限（不少于）",
                amount: commentDays, unit: .calendarDays, kind: .minimum, startsFrom: "自向社会公布草案之日起",
                basis: isNational
                    ? rules.commentMinimum.basis : local(commentArticle, "公开征求意见的期限不少于\(commentDays)日"),
                countingBasis: counting),
            legalityMinimum: DeadlineRule(
                id: "normative.legality-minimum", title: "合法性审核时间（不少于）", amount: legalityMinimumWorkdays,
                unit: .workingDays, kind: .minimum, startsFrom: "自送请合法性审核之日起",
                basis: isNational
                    ? guidance : local(legalityArticle, "合法性审核时间不少于\(legalityMinimumWorkdays)个工作日"),
                countingBasis: isNational ? guidance : local(legalityArticle, "\(legalityMinimumWorkdays)个工作日")),
            legalityMaximum: DeadlineRule(
                id: "normative.legality-maximum", title: "合法性审核时间（最长）", amount: legalityMaximumWorkdays,
                unit: .workingDays, startsFrom: "自送请合法性审核之日起",
                basis: isNational
                    ? guidance : local(legalityArticle, "合法性审核时间最长不超过\(legalityMaximumWorkdays)个工作日"),
                countingBasis: isNational ? guidance : local(legalityArticle, "\(legalityMaximumWorkdays)个工作日")),
            filing: DeadlineRule(
                id: "normative.filing", title: isNational ? "报送备案（参照法规规章备案审查条例）" : "报送备案",
                amount: filingDays, unit: .calendarDays, startsFrom: "自公布之日起",
                basis: isNational ? rules.filing.basis : local(filingArticle, "自公布之日起\(filingDays)日内报送备案"),
                countingBasis: counting),
            supplement: rules.supplement.referenced(isNational),
            review: rules.review.referenced(isNational),
            handling: rules.handling.referenced(isNational),
            suggestionAnswer: isNational
                ? NormativePolicy.suggestionDefault
                : DeadlineRule(
                    id: "normative.suggestion", title: "答复审查建议", amount: suggestionDays, unit: .calendarDays,
                    startsFrom: "自收到审查建议之日起",
                    basis: local(suggestionArticle, "自收到审查建议之日起\(suggestionDays)日内答复"), countingBasis: counting),
            maxValidityYears: validityYears, expiryNoticeMonths: 6)
    }
}

extension DeadlineRule {
    /// The rule borrowed for normative documents where local rules say nothing: the title says so.
    func referenced(_ borrowed: Bool) -> DeadlineRule {
        guard borrowed else { return self }
        return DeadlineRule(
            id: id, title: "\(title)（参照）", amount: amount, unit: unit, kind: kind, startsFrom: startsFrom, basis: basis,
            countingBasis: countingBasis, maxExtension: maxExtension, extensionBasis: extensionBasis)
    }
}
