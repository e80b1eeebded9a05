extension ReviewStandard {
    /// 参照: a standard along the lines of common provincial 行政执法案卷评查标准 (veto items; 形式20分; 内容80分 for
    /// 立案审批、调查取证、告知、听证、法制审核、集体讨论、决定书要素、送达、执行、归档). A region replaces it with its own.
    public static let standard = ReviewStandard(
        name: "行政处罚案卷评查标准（参照）",
        items: [
            ReviewItem(
                id: "veto.subject", part: .veto, title: "执法主体不合法", guidance: "实施机关不具有行政处罚权，或者超越法定职权（行政处罚法第十七条）"),
            ReviewItem(
                id: "veto.officers", part: .veto, title: "执法人员无执法资格",
                guidance: "执法人员未取得执法证件，或者少于两人（行政处罚法第四十二条）", check: .officers),
            ReviewItem(
                id: "veto.evidence", part: .veto, title: "主要事实不清、证据不足", guidance: "违法事实不清、证据不足而给予处罚（行政处罚法第四十条）"),
            ReviewItem(id: "veto.law", part: .veto, title: "适用法律依据错误", guidance: "引用的法律、法规、规章错误，或者未引用依据"),
            ReviewItem(
                id: "veto.procedure", part: .veto, title: "违反法定程序",
                guidance: "未告知拟作出的处罚及陈述、申辩权利即作出处罚决定（行政处罚法第六十二条）等严重违反法定程序的情形",
                check: .noticeBeforeDecision),
            ReviewItem(
                id: "veto.limitation", part: .veto, title: "超过追责时效", guidance: "违法行为超过行政处罚法第三十六条规定的期限仍予处罚",
                check: .limitation),
            ReviewItem(
                id: "form.cover", part: .form, title: "封面、目录、备考表", guidance: "案卷封面、卷内目录、备考表齐全规范", maxDeduction: 3),
            ReviewItem(id: "form.order", part: .form, title: "排列与页码", guidance: "文书材料排列有序，页码编号连续", maxDeduction: 3),
            ReviewItem(
                id: "form.documents", part: .form, title: "文书格式", guidance: "使用统一格式文书，填写完整、字迹清楚", maxDeduction: 4),
            ReviewItem(
                id: "form.signatures", part: .form, title: "签名、盖章、日期", guidance: "当事人、执法人员签名及印章、日期齐全", maxDeduction: 4),
            ReviewItem(
                id: "form.evidence", part: .form, title: "证据材料装订", guidance: "证据材料注明来源、制作人、时间，装订规范", maxDeduction: 3),
            ReviewItem(id: "form.archive", part: .form, title: "归档", guidance: "结案后按期归档，一案一卷", maxDeduction: 3),
            ReviewItem(
                id: "content.filing", part: .content, title: "立案审批", guidance: "立案审批表填写完整，审批及时、手续完备", maxDeduction: 8),
            ReviewItem(
                id: "content.investigation", part: .content, title: "调查取证",
                guidance: "两名以上持有效执法证件的执法人员调查取证，出示证件，笔录规范", maxDeduction: 12, check: .officers),
            ReviewItem(
                id: "content.evidence", part: .content, title: "证据", guidance: "证据确实充分、相互印证，取证程序合法", maxDeduction: 12),
            ReviewItem(
                id: "content.notice", part: .content, title: "告知", guidance: "作出决定前告知拟处罚内容及事实、理由、依据和陈述、申辩权利",
                maxDeduction: 8, check: .noticeBeforeDecision),
            ReviewItem(
                id: "content.hearing", part: .content, title: "听证", guidance: "应当告知听证权利的依法告知，当事人要求的按期组织听证",
                maxDeduction: 6, check: .hearingRight),
            ReviewItem(
                id: "content.legal_review", part: .content, title: "法制审核", guidance: "重大执法决定经法制审核且审核通过",
                maxDeduction: 6, check: .legalReview),
            ReviewItem(
                id: "content.discussion", part: .content, title: "集体讨论", guidance: "情节复杂或者重大违法行为经负责人集体讨论决定",
                maxDeduction: 4),
            ReviewItem(
                id: "content.decision", part: .content, title: "决定书要素", guidance: "决定书载明事实、证据、依据、处罚内容、救济途径，裁量适当",
                maxDeduction: 12),
            ReviewItem(
                id: "content.decision_limit", part: .content, title: "决定期限", guidance: "自立案之日起九十日内作出决定（行政处罚法第六十条）",
                maxDeduction: 4, check: .decisionLimit),
            ReviewItem(
                id: "content.service", part: .content, title: "送达", guidance: "决定书依法送达，当事人不在场的七日内送达（行政处罚法第六十一条）",
                maxDeduction: 4, check: .serviceLimit),
            ReviewItem(
                id: "content.execution", part: .content, title: "执行", guidance: "处罚决定执行到位，罚没款按规定缴纳", maxDeduction: 4),
        ],
        grades: .standard, isDefault: true)
}
