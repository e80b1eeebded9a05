import FazhiCore
import FazhiStore
import Fluent
import Plot

/// 引用核查: every article the platform's own rules cite (statutory deadlines, counting of days), checked against the
/// library today. A citation whose article was changed by a later version, is missing from the version in force,
/// or whose law was repealed is flagged, so the rule can be reviewed before it computes a wrong deadline.
struct LawCitationsPage {
    struct Row {
        let use: String
        let basis: LegalBasis
        let status: LawCitationStatus?
    }

    let rows: [Row]
    let day: CivilDate

    var alerts: Int { rows.filter { $0.status?.verdict.isAlert ?? true }.count }

    static func query(on db: any Database, today: CivilDate) async throws -> LawCitationsPage {
        let check = LawCitationCheck(db: db)
        var rows: [Row] = []
        for (use, basis) in PlatformCitations.all {
            var status: LawCitationStatus?
            if let citation = LawCitation(statute: basis.statute, article: basis.article) {
                status = try await check.check(citation, citedVersion: CivilDate(iso: basis.version), on: today)
            }
            rows.append(Row(use: use, basis: basis, status: status))
        }
        return LawCitationsPage(rows: rows, day: today)
    }

    static func view(_ page: LawCitationsPage, _ context: PageContext) -> PageHTML {
        Layout.page(
            context, title: "引用核查",
            body: .group(
                .p(.class("breadcrumb"), .a(.href("/laws"), .safe("文件库"))),
                .h1(.safe("引用核查")),
                .p(
                    .class("muted"),
                    .safe(
                        "本平台的法定期限规则引用的条文，按\(page.day.iso)有效的文本逐条核对：所引版本之后条文被修改、现行版本中已无此条、"
                            + "法律已废止或文件库未收录的，标为需核对。")),
                .p(.strong(.safe(page.alerts == 0 ? "全部引用与现行文本一致。" : "\(page.alerts) 处引用需要核对。"))),
                .table(
                    .class("table"),
                    .thead(.tr(.th(.safe("用途")), .th(.safe("引用")), .th(.safe("核查结果")))),
                    .tbody(
                        .forEach(page.rows) { row in
                            .tr(
                                .td(.safe(row.use)),
                                .td(
                                    row.status?.link.map { link in .a(.href(link), .safe(row.basis.citation)) }
                                        ?? .safe(row.basis.citation)),
                                .td(verdict(row.status)))
                        }))))
    }

    private static func verdict(_ status: LawCitationStatus?) -> Node<HTML.BodyContext> {
        guard let status else { return .span(.class("badge badge-bad"), .safe("条号无法识别")) }
        return .span(
            .class(status.verdict.isAlert ? "badge badge-warn" : "badge badge-good"), .safe(status.verdict.label))
    }
}
