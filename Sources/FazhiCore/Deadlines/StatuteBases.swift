/// The articles that decide how days are counted, quoted from the texts in the corpus.
enum CountingBases {
    /// Working days for the short periods of the Administrative Punishment Law.
    static let punishmentWorkingDays = LegalBasis(
        "中华人民共和国行政处罚法", version: "2021-01-22", article: "第八十五条",
        excerpt: "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。")
    /// Working days for the short periods of the Administrative Reconsideration Law.
    static let reconsiderationWorkingDays = LegalBasis(
        "中华人民共和国行政复议法", version: "2023-09-01", article: "第八十八条第二款",
        excerpt: "本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日，不含法定休假日。")
    /// Calendar-day periods: the start day is not counted; an end on a day of rest moves to
    /// the next working day. Administrative statutes refer to these rules (e.g. 行政复议法 art. 88
    /// first paragraph) or follow them as the general rule on 期间.
    static let civilProcedurePeriods = LegalBasis(
        "中华人民共和国民事诉讼法", version: "2023-09-01", article: "第八十五条",
        excerpt: "期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。")
}
