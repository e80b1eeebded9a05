import FazhiCore
import FazhiStore
import Plot
import Vapor

/// The documents of the member's scope, with the views people need daily: those filed with them (备案审查), those
/// past a deadline, by stage and kind, and the links to the module's other pages.
enum NormativeListPage {
    /// The list's query string: `view` (`review`, `overdue`), `stage`, `kind`, `q`. Values that name nothing are
    /// left out: people edit these addresses.
    struct Query {
        var view: String?
        var stage: NormativeStage?
        var kind: NormativeKind?
        var words: String?

        init(_ req: Request) {
            view = try? req.query.get(String.self, at: "view")
            stage = (try? req.query.get(String.self, at: "stage")).flatMap(NormativeStage.init(rawValue:))
            kind = (try? req.query.get(String.self, at: "kind")).flatMap(NormativeKind.init(rawValue:))
            words = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespaces)
            if words?.isEmpty == true { words = nil }
        }

        var filter: NormativeFilter {
            NormativeFilter(
                stage: stage, kind: kind, filedWithMe: view == "review", overdue: view == "overdue",
                words: words.map { String($0.prefix(100)) })
        }

        /// The address of this query on another page.
        func url(page: Int) -> String {
            var items: [String] = []
            if let view { items.append("view=\(view)") }
            if let stage { items.append("stage=\(stage.rawValue)") }
            if let kind { items.append("kind=\(kind.rawValue)") }
            if let words {
                items.append("q=\(words.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            }
            items.append("page=\(page)")
            return "/normative?" + items.joined(separator: "&")
        }
    }

    static func view(
        _ rows: [NormativeDocumentRow], total: Int, query: Query, page: Int, roles: Set<Role>, today: CivilDate,
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "规范性文件") {
            H1("规范性文件")
            Paragraph(
                "行政规范性文件和政府规章从起草、评估论证、公开征求意见、合法性审核、集体审议、统一登记编号印发，到报送备案和备案审查的全过程；每一步的期限都写明依据。"
            ).class("lead")
            Paragraph {
                Link("起草新文件", url: "/normative/new").class("button")
                Text("　")
                Link("全部", url: "/normative")
                Text("　·　")
                Link("报送本机关备案的", url: "/normative?view=review")
                Text("　·　")
                Link("逾期未办", url: "/normative?view=overdue")
                Text("　·　")
                Link("有效期即将届满", url: "/normative/expiring")
                Text("　·　")
                Link("清理", url: "/normative/cleanups")
                Text("　·　")
                Link("统计", url: "/normative/statistics?year=\(today.year)")
                if roles.contains(.justice) {
                    Text("　·　")
                    Link("审查建议", url: "/normative/suggestions")
                }
                if !roles.isDisjoint(with: [.admin, .justice]) {
                    Text("　·　")
                    Link("本地规定（期限设置）", url: "/normative/rules")
                }
            }
            filterForm(query)
            if rows.isEmpty {
                Paragraph(query.filter == NormativeFilter() ? "还没有文件。点击「起草新文件」开始。" : "没有符合条件的文件。").class("muted")
            } else {
                Paragraph("共\(total)件").class("muted")
                table(rows, today: today)
                NormativeComponents.pager(page: page, total: total, perPage: NormativeController.pageSize) {
                    query.url(page: $0)
                }
            }
        }
    }

    private static func filterForm(_ query: Query) -> Component {
        Form(url: "/normative", method: .get) {
            if let view = query.view { Input(type: .hidden, name: "view", value: view) }
            FormField(label: "文件名称包含", name: "q", value: query.words ?? "")
            SelectField(
                label: "阶段", name: "stage", options: NormativeStage.allCases.map { ($0.rawValue, $0.label) },
                selected: query.stage?.rawValue, emptyTitle: "全部阶段")
            SelectField(
                label: "类别", name: "kind", options: NormativeKind.allCases.map { ($0.rawValue, $0.label) },
                selected: query.kind?.rawValue, emptyTitle: "全部类别")
            Button("筛选").attribute(named: "type", value: "submit").class("button button-secondary")
        }.class("form form-inline")
    }

    private static func table(_ rows: [NormativeDocumentRow], today: CivilDate) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("文件名称")
                TableHeaderCell("类别")
                TableHeaderCell("起草单位")
                TableHeaderCell("阶段")
                TableHeaderCell("文号")
                TableHeaderCell("当前期限")
            }
        ) {
            for row in rows {
                TableRow {
                    TableCell { Link(row.title, url: "/normative/\(row.id)") }
                    TableCell(row.kind.label)
                    TableCell(row.organisationName)
                    TableCell { NormativeComponents.stage(row.stage) }
                    TableCell(row.documentNumber ?? "—")
                    TableCell {
                        if let due = row.dueOn {
                            Span(due.iso).class("mono")
                            if row.isOverdue(on: today) {
                                Badge(text: "已逾期\(today.dayNumber - due.dayNumber)日", tone: .bad)
                            }
                        } else {
                            Text("—")
                        }
                    }
                }
            }
        }.class("table")
    }
}
