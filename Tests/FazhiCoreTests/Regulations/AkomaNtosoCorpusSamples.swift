import Foundation

/// Made-up texts (not real laws) in the corpus format, one for each shape of document the AKN export must handle.
enum AkomaNtosoCorpusSamples {
    /// Where `AkomaNtosoFilesTests` writes the documents (env `FAZHI_AKN_OUT`); nil when not set.
    static var outputDirectory: String? { ProcessInfo.processInfo.environment["FAZHI_AKN_OUT"] }

    static let all = [
        flat, chaptersAndSections, booksAndParts, preamble, local, jointInterpretation, reply, caseReport,
    ]

    /// Articles directly in the body; an item list; a 文号.
    static let flat = (
        "行政法规/示范听证程序条例(2019-04-03).md",
        """
        # 示范听证程序条例

        2019年4月3日 中华人民共和国国务院令第711号公布

        <!-- INFO END -->

        第一条 为了规范听证程序，制定本条例。

        第二条 听证由行政机关指定的非本案调查人员主持。有下列情形之一的，主持人应当回避：
        （一）是本案当事人或者其近亲属的；
        （二）与本案有利害关系的。

        第三条 本条例自公布之日起施行。
        """
    )

    /// Chapters and sections; a revised law with the history of its versions; escaping in the text.
    static let chaptersAndSections = (
        "行政法/示范处罚法(2021-01-22).md",
        """
        # 中华人民共和国示范处罚法

        2017年9月1日 第十二届全国人民代表大会常务委员会第二十九次会议通过
        2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订

        <!-- INFO END -->

        ## 第一章 总则

        第一条 为了规范行政处罚的设定和实施，制定本法。

        ## 第二章 行政处罚的决定

        ### 第一节 一般规定

        第二条 罚款数额在5000元以上 & 不满5万元（<5万>）的，适用本节规定。

        ### 第二节 听证程序

        第三条 当事人要求听证的，行政机关应当组织听证：
        （一）较大数额罚款；
        （二）吊销许可证件。
        当事人不承担行政机关组织听证的费用。

        第三条之一 听证应当制作笔录。

        ## 第三章 附则

        第四条 本法自2021年7月15日起施行。
        """
    )

    /// 编, 分编, 章 and 节, with articles numbered through the whole code.
    static let booksAndParts = (
        "民法商法/示范合同法典(2020-05-28).md",
        """
        # 中华人民共和国示范合同法典

        2020年5月28日 第十三届全国人民代表大会第三次会议通过

        <!-- INFO END -->

        ## 第一编 总则

        ### 第一章 基本规定

        第一条 为了保护合同当事人的合法权益，制定本法。

        ## 第二编 合同

        ### 第一分编 通则

        #### 第二章 一般规定

        第二条 合同是民事主体之间设立、变更、终止民事法律关系的协议。

        ### 第二分编 典型合同

        #### 第三章 保证合同

        ##### 第一节 一般规定

        第三条 保证合同的内容一般包括：
        （一）被保证的主债权的种类、数额；
        （二）保证的方式、范围和期间。

        ##### 第二节 保证责任

        第四条 本法自2021年1月1日起施行。
        """
    )

    /// A preamble (序言) before the chapters.
    static let preamble = (
        "宪法/示范宪章.md",
        """
        # 示范宪章

        1982年12月4日 第五届全国人民代表大会第五次会议通过

        <!-- INFO END -->

        ## 序言

        本宪章以示范为目的。
        本宪章的序言有两段。

        ## 第一章 总纲

        第一条 本宪章是示范文本。
        """
    )

    /// A local regulation of a region with an ISO code (北京 → cn-bj).
    static let local = (
        "DLC/北京地方法规/地方性法规/北京/北京市示范执法条例(2020-05-01).md",
        """
        # 北京市示范执法条例

        2020年5月1日 北京市第十五届人民代表大会常务委员会第二十一次会议通过

        <!-- INFO END -->

        第一条 本市行政执法机关实施行政处罚，适用本条例。

        第二条 本条例自2020年6月1日起施行。
        """
    )

    /// Two courts as issuers; an effective date stated in the text.
    static let jointInterpretation = (
        "司法解释/最高人民法院、最高人民检察院关于示范案件适用法律的解释(2020-12-29).md",
        """
        # 最高人民法院、最高人民检察院关于示范案件适用法律若干问题的解释

        2020年12月29日 最高人民法院审判委员会第1823次会议、最高人民检察院第十三届检察委员会第五十八次会议通过

        <!-- INFO END -->

        第一条 人民法院审理行政处罚案件，应当审查处罚决定的合法性。

        第二条 本解释自2021年1月1日起施行。
        """
    )

    /// An act without a single article: its text is the body.
    static let reply = (
        "司法解释/最高人民法院关于示范问题的批复(2019-01-01).md",
        """
        # 最高人民法院关于示范问题的批复

        2019年1月1日 最高人民法院审判委员会第1700次会议通过

        <!-- INFO END -->

        某省高级人民法院：
        你院关于示范问题的请示收悉。经研究，批复如下：
        同意你院意见。
        """
    )

    /// A case report: a generic doc.
    static let caseReport = (
        "案例/行政处罚/示范公司诉示范局行政处罚案.md",
        """
        # 示范公司诉示范局行政处罚案

        <!-- INFO END -->

        ## 基本案情

        示范公司未取得许可从事经营，示范局对其罚款5000元。

        ## 裁判结果

        法院判决驳回示范公司的诉讼请求。
        """
    )
}
