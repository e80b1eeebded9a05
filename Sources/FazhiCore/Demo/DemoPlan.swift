/// The demo region's plan (generated for the demo, not a real document): a year's work points of the autonomous
/// region, imported into the ledger of its rule-of-law office through the same parser and importer as any plan, so
/// that the task ledger has something to show. Every unit it names is in `DemoRegion.tree`.
public enum DemoPlan {
    public static func text(year: Int) -> String {
        """
        内蒙古自治区\(year)年法治政府建设工作要点（演示）
        为深入推进法治政府建设，结合自治区实际，制定本要点。
        一、健全依法行政制度体系
        1.开展行政规范性文件清理。对现行有效的行政规范性文件进行全面清理，\(year)年6月底前完成并向社会公布清理结果。（责任单位：自治区司法厅，各市）
        2.推进行政规范性文件统一公开查询。\(year)年9月底前建成统一公开查询平台。（牵头单位：自治区司法厅；配合单位：自治区依法治区办）
        3.严格落实合法性审核机制。长期坚持。（责任单位：自治区司法厅）
        二、推进严格规范公正文明执法
        4.全面落实行政执法三项制度。每季度通报一次执法公示情况。（牵头单位：自治区市场监管局；配合单位：自治区生态环境厅、自治区交通运输厅）
        5.开展行政执法案卷评查。\(year)年11月底前完成年度评查。（责任单位：自治区司法厅，各市）
        6.规范涉企行政检查。\(year - 1)年12月底前完成涉企检查事项梳理。（责任单位：自治区市场监管局）
        三、强化行政权力制约和监督
        7.办理行政复议案件。依法按时审结，长期坚持。（责任单位：自治区司法厅）
        8.编制法治政府建设年度报告。每年3月底前向社会公开上一年度法治政府建设情况。（牵头单位：自治区依法治区办；配合单位：各市）
        各地各部门要加强组织领导，确保各项任务落到实处。
        """
    }
}
