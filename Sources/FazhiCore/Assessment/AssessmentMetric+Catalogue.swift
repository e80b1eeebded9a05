extension AssessmentMetric {
    /// Every figure an indicator may name. Each definition says which records count and which day places a record
    /// in a period; the counting in `MetricCounting` follows them word for word.
    public static let catalogue: [AssessmentMetric] = available + awaitingModules

    static let available: [AssessmentMetric] = [
        AssessmentMetric(
            code: "plan.tasks.on_time", name: "任务按期完成率", module: "任务台账",
            numerator: "分母中在完成时限当日或之前标记为已完成的任务数。",
            denominator: "被考核单位作为牵头单位（未分牵头、配合的，作为责任单位）承担、完成时限在统计期间内的任务数；长期推进的任务不计入。",
            period: "以任务的完成时限确定所属期间；完成日期以标记已完成之日为准。", direction: .higherIsBetter, isAvailable: true),
        AssessmentMetric(
            code: "plan.tasks.completed", name: "任务完成率", module: "任务台账",
            numerator: "分母中在统计期间最后一日或之前标记为已完成的任务数（逾期完成的也计入）。",
            denominator: "被考核单位作为牵头单位（未分牵头、配合的，作为责任单位）承担、完成时限在统计期间内的任务数；长期推进的任务不计入。",
            period: "以任务的完成时限确定所属期间；期间结束后才完成的任务不计入该期间的分子，期间结束后数值不再变化。",
            direction: .higherIsBetter, isAvailable: true),
        AssessmentMetric(
            code: "inspection.findings.rectified", name: "督察问题整改率", module: "督察整改",
            numerator: "分母中在统计期间最后一日或之前销号的问题数；销号后被重新打开且尚未再次销号的问题计为未整改。",
            denominator: "统计期间内向被考核单位反馈的督察问题数。",
            period: "以问题的反馈日期确定所属期间。", direction: .higherIsBetter, isAvailable: true),
        AssessmentMetric(
            code: "inspection.findings.rectified_on_time", name: "督察问题按期整改率", module: "督察整改",
            numerator: "分母中已销号、且获销号的整改报告在整改期限当日或之前提交的问题数；重新打开且尚未再次销号的问题计为未整改。",
            denominator: "整改期限（经批准延期的，以延期后的期限为准）在统计期间内的、被考核单位的督察问题数。",
            period: "以问题的整改期限确定所属期间；审核部门销号晚于期限的，不影响被考核单位按期整改。",
            direction: .higherIsBetter, isAvailable: true),
        AssessmentMetric(
            code: "deadlines.met", name: "法定期限内办结率", module: "期限管理",
            numerator: "分母中在期限届满之日或之前办结的事项数。",
            denominator: "被考核单位期限届满日在统计期间内的法定期限事项数；中止期间按法定规则不计入期限。",
            period: "以期限届满日（依法延长、中止后重新计算的届满日）确定所属期间。", direction: .higherIsBetter, isAvailable: true),
    ]

    static let awaitingModules: [AssessmentMetric] = [
        AssessmentMetric(
            code: "normative_documents.filed_on_time", name: "规范性文件按时报备率", module: "规范性文件备案审查",
            numerator: "分母中自公布之日起30日内报送备案的规范性文件件数。",
            denominator: "被考核单位在统计期间内公布的行政规范性文件件数。",
            period: "以文件公布日期确定所属期间。", direction: .higherIsBetter, isAvailable: false),
        AssessmentMetric(
            code: "normative_documents.legality_reviewed", name: "规范性文件合法性审核率", module: "规范性文件备案审查",
            numerator: "分母中印发前经合法性审核的件数。", denominator: "被考核单位在统计期间内印发的行政规范性文件件数。",
            period: "以文件印发日期确定所属期间。", direction: .higherIsBetter, isAvailable: false),
        AssessmentMetric(
            code: "decisions.legality_reviewed", name: "重大行政决策合法性审查率", module: "重大行政决策",
            numerator: "分母中提交集体讨论前经合法性审查的决策事项数。",
            denominator: "被考核单位在统计期间内作出决定的重大行政决策事项数。",
            period: "以决策作出决定的日期确定所属期间。", direction: .higherIsBetter, isAvailable: false),
        AssessmentMetric(
            code: "enforcement.cases.reviewed", name: "重大执法决定法制审核率", module: "行政执法",
            numerator: "分母中作出决定前经法制审核的案件数。", denominator: "被考核单位在统计期间内作出决定的重大执法决定案件数。",
            period: "以执法决定作出日期确定所属期间。", direction: .higherIsBetter, isAvailable: false),
        AssessmentMetric(
            code: "enforcement.files.passed", name: "行政执法案卷评查合格率", module: "行政执法",
            numerator: "分母中评查结论为合格（含优秀）的案卷数。", denominator: "统计期间内完成评查的被考核单位行政执法案卷数。",
            period: "以评查结论作出日期确定所属期间。", direction: .higherIsBetter, isAvailable: false),
        AssessmentMetric(
            code: "reconsideration.corrected", name: "行政复议纠错率", module: "行政复议",
            numerator: "分母中决定撤销、变更、确认违法或者责令履行的案件数。",
            denominator: "以被考核单位为被申请人、在统计期间内审结的行政复议案件数（终止的案件不计入）。",
            period: "以复议决定作出日期确定所属期间。", direction: .lowerIsBetter, isAvailable: false),
        AssessmentMetric(
            code: "litigation.heads_appeared", name: "行政机关负责人出庭应诉率", module: "行政应诉",
            numerator: "分母中行政机关负责人出庭应诉的案件数。", denominator: "以被考核单位为被告、在统计期间内开庭审理的行政诉讼案件数。",
            period: "以开庭日期确定所属期间。", direction: .higherIsBetter, isAvailable: false),
    ]
}
