/// The articles enforcement rules cite, each read in `../shared/corpus/laws/行政法/行政处罚法(2021-01-22).md`.
public enum EnforcementBases {
    static func law(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("中华人民共和国行政处罚法", version: "2021-01-22", article: article, excerpt: excerpt)
    }

    public static let competence = law("第十七条", "行政处罚由具有行政处罚权的行政机关在法定职权范围内实施。")
    public static let limitation = law(
        "第三十六条", "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。")
    public static let facts = law("第四十条", "违法事实不清、证据不足的，不得给予行政处罚。")
    public static let officers = law("第四十二条", "行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外。")
    public static let notice = law(
        "第四十四条", "行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。")
    public static let noticeFirst = law(
        "第六十二条", "未依照本法第四十四条、第四十五条的规定向当事人告知拟作出的行政处罚内容及事实、理由、依据，或者拒绝听取当事人的陈述、申辩，不得作出行政处罚决定")
    public static let publicity = law("第四十八条第一款", "具有一定社会影响的行政处罚决定应当依法公开。")
    public static let onTheSpot = law(
        "第五十一条", "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。")
    public static let collectiveDiscussion = law("第五十七条第二款", "对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。")
    public static let legalReview = law("第五十八条", "未经法制审核或者审核未通过的，不得作出决定")
    public static let decisionLimit = law("第六十条", "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。")
    public static let service = law("第六十一条", "当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人。")
    public static let hearingRight = law("第六十三条", "行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利")
    public static let hearingRequest = law("第六十四条第一项", "当事人要求听证的，应当在行政机关告知后五日内提出")
    /// The discretion benchmark is set by the agency under the law; the Opinions of the State Council's General
    /// Office on discretion benchmarks (国办发〔2022〕27号) require reasons for departing from it.
    public static let discretion = LegalBasis(
        "中华人民共和国行政处罚法", version: "2021-01-22", article: "第三十四条",
        excerpt: "行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权。行政处罚裁量基准应当向社会公布。")
}
