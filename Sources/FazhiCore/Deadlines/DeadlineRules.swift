/// The rule library: every statutory time limit the platform computes, each checked against
/// the article's text in `../shared/corpus/laws` (version in each `LegalBasis`).
public enum DeadlineRules {
    public static let all: [DeadlineRule] =
        punishment + reconsideration + disclosure + majorDecisions + filing
        + petitions + crimeTransfers

    public static func rule(_ id: String) -> DeadlineRule? { all.first { $0.id == id } }

    static func penaltyLaw(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("中华人民共和国行政处罚法", version: "2021-01-22", article: article, excerpt: excerpt)
    }
    static func reconsiderationLaw(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("中华人民共和国行政复议法", version: "2023-09-01", article: article, excerpt: excerpt)
    }

    // 行政处罚法 (2021): the 90-day decision limit is calendar days; art. 85 makes 5 and 7 and 3 days working days.
    static let punishment: [DeadlineRule] = [
        DeadlineRule(
            id: "punishment.decision", title: "行政处罚决定期限", amount: 90, unit: .calendarDays, startsFrom: "自立案之日起",
            basis: penaltyLaw("第六十条", "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "punishment.hearing-request", title: "当事人要求听证的期限", amount: 5, unit: .workingDays,
            startsFrom: "自行政机关告知后",
            basis: penaltyLaw("第六十四条第一项", "当事人要求听证的，应当在行政机关告知后五日内提出"),
            countingBasis: CountingBases.punishmentWorkingDays),
        DeadlineRule(
            id: "punishment.service", title: "行政处罚决定书送达期限（当事人不在场）", amount: 7, unit: .workingDays,
            startsFrom: "自宣告之日起",
            basis: penaltyLaw("第六十一条", "当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人。"),
            countingBasis: CountingBases.punishmentWorkingDays),
        DeadlineRule(
            id: "punishment.payment", title: "当事人缴纳罚款期限", amount: 15, unit: .calendarDays,
            startsFrom: "自收到行政处罚决定书之日起",
            basis: penaltyLaw("第六十七条第三款", "当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "punishment.withdraw-publicity", title: "撤回已公开的行政处罚决定信息", amount: 3, unit: .workingDays,
            startsFrom: "自决定被变更、撤销、确认违法或者确认无效之日起",
            basis: penaltyLaw("第四十八条第二款", "行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。"),
            countingBasis: CountingBases.punishmentWorkingDays),
    ]

    // 行政复议法 (2023): art. 88 makes 3, 5, 7 and 10 days working days; 30 and 60 days are calendar days.
    static let reconsideration: [DeadlineRule] = [
        DeadlineRule(
            id: "reconsideration.application", title: "申请行政复议期限", amount: 60, unit: .calendarDays,
            startsFrom: "自知道或者应当知道该行政行为之日起",
            basis: reconsiderationLaw("第二十条第一款", "可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "reconsideration.review", title: "审查行政复议申请（是否受理）", amount: 5, unit: .workingDays,
            startsFrom: "自收到申请之日起",
            basis: reconsiderationLaw("第三十条第一款", "行政复议机关收到行政复议申请后，应当在五日内进行审查。"),
            countingBasis: CountingBases.reconsiderationWorkingDays),
        DeadlineRule(
            id: "reconsideration.correction-notice", title: "通知申请人补正", amount: 5, unit: .workingDays,
            startsFrom: "自收到申请之日起",
            basis: reconsiderationLaw("第三十一条第一款", "行政复议机关应当自收到申请之日起五日内书面通知申请人补正。"),
            countingBasis: CountingBases.reconsiderationWorkingDays),
        DeadlineRule(
            id: "reconsideration.correction-reply", title: "申请人提交补正材料", amount: 10, unit: .workingDays,
            startsFrom: "自收到补正通知之日起",
            basis: reconsiderationLaw("第三十一条第二款", "申请人应当自收到补正通知之日起十日内提交补正材料。"),
            countingBasis: CountingBases.reconsiderationWorkingDays),
        DeadlineRule(
            id: "reconsideration.copy-to-respondent", title: "发送申请书副本给被申请人（普通程序）", amount: 7,
            unit: .workingDays, startsFrom: "自受理之日起",
            basis: reconsiderationLaw("第四十八条", "行政复议机构应当自行政复议申请受理之日起七日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人。"),
            countingBasis: CountingBases.reconsiderationWorkingDays),
        DeadlineRule(
            id: "reconsideration.respondent-reply", title: "被申请人书面答复（普通程序）", amount: 10, unit: .workingDays,
            startsFrom: "自收到申请书副本之日起",
            basis: reconsiderationLaw("第四十八条", "被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起十日内，提出书面答复"),
            countingBasis: CountingBases.reconsiderationWorkingDays),
        DeadlineRule(
            id: "reconsideration.decision", title: "作出行政复议决定（普通程序）", amount: 60, unit: .calendarDays,
            startsFrom: "自受理申请之日起",
            basis: reconsiderationLaw("第六十二条第一款", "行政复议机关应当自受理申请之日起六十日内作出行政复议决定"),
            countingBasis: CountingBases.civilProcedurePeriods, maxExtension: 30,
            extensionBasis: reconsiderationLaw(
                "第六十二条第一款", "经行政复议机构的负责人批准，可以适当延长，并书面告知当事人；但是延长期限最多不得超过三十日。")),
        DeadlineRule(
            id: "reconsideration.simple.copy-to-respondent", title: "发送申请书副本给被申请人（简易程序）", amount: 3,
            unit: .workingDays, startsFrom: "自受理之日起",
            basis: reconsiderationLaw("第五十四条", "行政复议机构应当自受理行政复议申请之日起三日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人。"),
            countingBasis: CountingBases.reconsiderationWorkingDays),
        DeadlineRule(
            id: "reconsideration.simple.respondent-reply", title: "被申请人书面答复（简易程序）", amount: 5,
            unit: .workingDays, startsFrom: "自收到申请书副本之日起",
            basis: reconsiderationLaw("第五十四条", "被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起五日内，提出书面答复"),
            countingBasis: CountingBases.reconsiderationWorkingDays),
        DeadlineRule(
            id: "reconsideration.simple.decision", title: "作出行政复议决定（简易程序）", amount: 30, unit: .calendarDays,
            startsFrom: "自受理申请之日起",
            basis: reconsiderationLaw("第六十二条第二款", "适用简易程序审理的行政复议案件，行政复议机关应当自受理申请之日起三十日内作出行政复议决定。"),
            countingBasis: CountingBases.civilProcedurePeriods),
    ]

    static func disclosureRegulation(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("中华人民共和国政府信息公开条例", version: "2019-04-03", article: article, excerpt: excerpt)
    }

    // 政府信息公开条例 (2019) states 工作日 in each article itself.
    static let disclosure: [DeadlineRule] = [
        DeadlineRule(
            id: "disclosure.reply", title: "答复政府信息公开申请", amount: 20, unit: .workingDays, startsFrom: "自收到申请之日起",
            basis: disclosureRegulation("第三十三条第二款", "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复"),
            countingBasis: disclosureRegulation("第三十三条第二款", "20个工作日"), maxExtension: 20,
            extensionBasis: disclosureRegulation(
                "第三十三条第二款", "需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。")),
        DeadlineRule(
            id: "disclosure.correction-notice", title: "告知申请人补正", amount: 7, unit: .workingDays, startsFrom: "自收到申请之日起",
            basis: disclosureRegulation("第三十条", "并自收到申请之日起7个工作日内一次性告知申请人作出补正"),
            countingBasis: disclosureRegulation("第三十条", "7个工作日")),
        DeadlineRule(
            id: "disclosure.third-party", title: "第三方提出意见", amount: 15, unit: .workingDays, startsFrom: "自收到征求意见书之日起",
            basis: disclosureRegulation("第三十二条", "第三方应当自收到征求意见书之日起15个工作日内提出意见。"),
            countingBasis: disclosureRegulation("第三十二条", "15个工作日")),
    ]

    static func decisionRegulation(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("重大行政决策程序暂行条例", version: "2019-04-20", article: article, excerpt: excerpt)
    }

    // 重大行政决策程序暂行条例 (2019): both periods are minimums.
    static let majorDecisions: [DeadlineRule] = [
        DeadlineRule(
            id: "decision.public-comment", title: "公开征求意见期限（不少于）", amount: 30, unit: .calendarDays, kind: .minimum,
            startsFrom: "自公布决策草案之日起",
            basis: decisionRegulation("第十五条", "公开征求意见的期限一般不少于30日"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "decision.legality-review", title: "合法性审查时间（不少于）", amount: 7, unit: .workingDays, kind: .minimum,
            startsFrom: "自送请合法性审查之日起",
            basis: decisionRegulation("第二十六条", "送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日。"),
            countingBasis: decisionRegulation("第二十六条", "7个工作日")),
    ]

    // 法规规章备案审查条例 (2024)
    static let filing: [DeadlineRule] = [
        DeadlineRule(
            id: "filing.report", title: "法规、规章报送备案", amount: 30, unit: .calendarDays, startsFrom: "自公布之日起",
            basis: LegalBasis(
                "法规规章备案审查条例", version: "2024-08-30", article: "第四条", excerpt: "法规、规章公布后，应当自公布之日起30日内，依照下列规定报送备案"),
            countingBasis: CountingBases.civilProcedurePeriods)
    ]

    static func petitionRegulation(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("信访工作条例", version: "2022-02-25", article: article, excerpt: excerpt)
    }

    // 信访工作条例 (2022)
    static let petitions: [DeadlineRule] = [
        DeadlineRule(
            id: "petition.register", title: "信访部门登记并分别处理", amount: 15, unit: .calendarDays, startsFrom: "自收到信访事项之日起",
            basis: petitionRegulation("第二十二条", "各级党委和政府信访部门收到信访事项，应当予以登记，并区分情况，在15日内分别按照下列方式处理"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "petition.notify", title: "书面告知信访人（接收情况）", amount: 15, unit: .calendarDays, startsFrom: "自收到之日起",
            basis: petitionRegulation("第二十三条", "有关机关、单位应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "petition.objection", title: "对转送、交办事项提出异议", amount: 5, unit: .workingDays, startsFrom: "自收到之日起",
            basis: petitionRegulation("第二十三条", "有关机关、单位应当自收到之日起5个工作日内提出异议"),
            countingBasis: petitionRegulation("第二十三条", "5个工作日")),
        DeadlineRule(
            id: "petition.handle", title: "信访事项办结", amount: 60, unit: .calendarDays, startsFrom: "自受理之日起",
            basis: petitionRegulation("第三十四条", "应当自受理之日起60日内办结"),
            countingBasis: CountingBases.civilProcedurePeriods, maxExtension: 30,
            extensionBasis: petitionRegulation("第三十四条", "经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日")),
        DeadlineRule(
            id: "petition.review-request", title: "请求复查", amount: 30, unit: .calendarDays, startsFrom: "自收到书面答复之日起",
            basis: petitionRegulation("第三十五条", "可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "petition.review", title: "提出复查意见", amount: 30, unit: .calendarDays, startsFrom: "自收到复查请求之日起",
            basis: petitionRegulation("第三十五条", "收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "petition.recheck-request", title: "请求复核", amount: 30, unit: .calendarDays, startsFrom: "自收到书面答复之日起",
            basis: petitionRegulation("第三十六条", "可以自收到书面答复之日起30日内向复查机关、单位的上一级机关、单位请求复核"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "petition.recheck", title: "提出复核意见", amount: 30, unit: .calendarDays, startsFrom: "自收到复核请求之日起",
            basis: petitionRegulation("第三十六条", "收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见"),
            countingBasis: CountingBases.civilProcedurePeriods),
    ]

    static func transferRegulation(_ article: String, _ excerpt: String) -> LegalBasis {
        LegalBasis("行政执法机关移送涉嫌犯罪案件的规定", version: "2020-08-07", article: article, excerpt: excerpt)
    }

    // 行政执法机关移送涉嫌犯罪案件的规定 (2020). The text writes its numbers in full-width digits
    // (「３日」「２４小时」). It defines no working days, so its days are calendar days.
    static let crimeTransfers: [DeadlineRule] = [
        DeadlineRule(
            id: "transfer.approval", title: "负责人决定是否批准移送", amount: 3, unit: .calendarDays, startsFrom: "自接到报告之日起",
            basis: transferRegulation("第五条", "行政执法机关正职负责人或者主持工作的负责人应当自接到报告之日起３日内作出批准移送或者不批准移送的决定。"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "transfer.handover", title: "批准后向公安机关移送", amount: 24, unit: .hours, startsFrom: "自决定批准时起",
            basis: transferRegulation("第五条", "决定批准的，应当在２４小时内向同级公安机关移送"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "transfer.police-review", title: "公安机关审查移送案件", amount: 3, unit: .calendarDays, startsFrom: "自接受移送之日起",
            basis: transferRegulation("第八条", "公安机关应当自接受行政执法机关移送的涉嫌犯罪案件之日起３日内……对所移送的案件进行审查。"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "transfer.reconsideration-request", title: "提请公安机关复议不予立案决定", amount: 3, unit: .calendarDays,
            startsFrom: "自接到不予立案通知书之日起",
            basis: transferRegulation("第九条", "可以自接到不予立案通知书之日起３日内，提请作出不予立案决定的公安机关复议"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "transfer.reconsideration-decision", title: "公安机关作出复议决定", amount: 3, unit: .calendarDays,
            startsFrom: "自收到行政执法机关提请复议的文件之日起",
            basis: transferRegulation("第九条第二款", "作出不予立案决定的公安机关应当自收到行政执法机关提请复议的文件之日起３日内作出立案或者不予立案的决定"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "transfer.supervision-suggestion", title: "对复议决定有异议的建议检察院立案监督", amount: 3, unit: .calendarDays,
            startsFrom: "自收到复议决定通知书之日起",
            basis: transferRegulation("第九条第二款", "移送案件的行政执法机关对公安机关不予立案的复议决定仍有异议的，应当自收到复议决定通知书之日起３日内建议人民检察院依法进行立案监督。"),
            countingBasis: CountingBases.civilProcedurePeriods),
        DeadlineRule(
            id: "transfer.materials", title: "移交涉案物品及材料", amount: 3, unit: .calendarDays, startsFrom: "自接到立案通知书之日起",
            basis: transferRegulation("第十二条", "应当自接到立案通知书之日起３日内将涉案物品以及与案件有关的其他材料移交公安机关"),
            countingBasis: CountingBases.civilProcedurePeriods),
    ]
}
