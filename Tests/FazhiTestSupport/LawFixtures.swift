import FazhiCore
import FazhiStore
import Fluent
import Foundation
import SQLKit

/// A small library written for the tests in the corpus format (made-up texts, not real laws): a law in two
/// versions, an administrative regulation, a local regulation of 北京 and a judicial interpretation.
public enum LawFixtures {
    public static let lawV1 = (
        "行政法/示范处罚法(2017-09-01).md",
        """
        # 中华人民共和国示范处罚法

        2017年9月1日 第十二届全国人民代表大会常务委员会第二十九次会议通过

        <!-- INFO END -->

        ## 第一章 总则

        第一条 为了规范行政处罚的设定和实施，制定本法。

        第二条 行政处罚由具有行政处罚权的行政机关在法定职权范围内实施。

        ## 第二章 附则

        第三条 本法自2017年10月1日起施行。
        """
    )

    public static let lawV2 = (
        "行政法/示范处罚法(2021-01-22).md",
        """
        # 中华人民共和国示范处罚法

        2017年9月1日 第十二届全国人民代表大会常务委员会第二十九次会议通过
        2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订

        <!-- INFO END -->

        ## 第一章 总则

        第一条 为了规范行政处罚的设定和实施，制定本法。

        第二条 行政处罚由具有行政处罚权的行政机关在法定职权范围内依照法定程序实施。

        第三条 当事人要求听证的，行政机关应当组织听证：
        （一）较大数额罚款；
        （二）吊销许可证件。

        ## 第二章 附则

        第四条 本法自2021年7月15日起施行。
        """
    )

    public static let regulation = (
        "行政法规/示范听证程序条例(2019-04-03).md",
        """
        # 示范听证程序条例

        2019年4月3日 中华人民共和国国务院令第711号公布

        <!-- INFO END -->

        第一条 为了规范听证程序，制定本条例。

        第二条 听证由行政机关指定的非本案调查人员主持。

        第三条 本条例自公布之日起施行。
        """
    )

    public static let local = (
        "DLC/北京地方法规/地方性法规/北京/北京市示范执法条例(2020-05-01).md",
        """
        # 北京市示范执法条例

        2020年5月1日 北京市第十五届人民代表大会常务委员会第二十一次会议通过

        <!-- INFO END -->

        第一条 本市行政执法机关实施行政处罚，适用本条例。

        第二条 本条例自2020年6月1日起施行。
        """
    )

    public static let interpretation = (
        "司法解释/关于示范案件适用法律的解释(2020-12-29).md",
        """
        # 最高人民法院关于示范案件适用法律若干问题的解释

        2020年12月29日 最高人民法院审判委员会第１８２３次会议通过

        <!-- INFO END -->

        第一条 人民法院审理行政处罚案件，应当审查处罚决定的合法性。

        第二条 本解释自２０２１年１月１日起施行。
        """
    )

    public static let all = [lawV1, lawV2, regulation, local, interpretation]

    public static func files(_ entries: [(String, String)] = all) throws -> [LawImportFile] {
        try entries.map { try LawImportFile(relativePath: $0.0, bytes: Data($0.1.utf8)) }
    }

    /// Imports the fixtures (ids 1… in path order: the law is work 1 with versions 1 and 2) and returns the report.
    @discardableResult
    public static func load(on db: any Database, _ entries: [(String, String)] = all) async throws -> LawImportReport {
        try await LawImport(db: db).run(try files(entries), by: .system("测试"))
    }

    /// The ids the import gave a fixture: its work and its version.
    public static func ids(of entry: (String, String), on db: any Database) async throws -> (work: Int, version: Int) {
        struct Row: Decodable {
            var id: Int
            var work_id: Int
        }
        let row = try await (db as! any SQLDatabase).raw(
            "SELECT id, work_id FROM law_versions WHERE source_path = \(bind: entry.0)"
        ).first(decoding: Row.self)
        guard let row else { throw LawFixtureMissing(path: entry.0) }
        return (row.work_id, row.id)
    }
}

public struct LawFixtureMissing: Error {
    public let path: String
}
