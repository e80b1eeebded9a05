import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement`: the penalty cases of the member's scope, in progress by default, with the views supervision
/// needs (all, past their deadline, decided and not yet published) and a filter by stage and words.
enum CaseListPage {
    /// The views of the list: 在办 (the default), 全部, 超期, 待公示.
    enum View: String, CaseIterable {
        case open, all, overdue, unpublished

        var label: String {
            switch self {
            case .open: "在办"
            case .all: "全部"
            case .overdue: "超期"
            case .unpublished: "待公示"
            }
        }
    }

    /// The query string: `view`, `stage`, `q`, `page`. Values that name nothing are left out: people edit these
    /// addresses.
    struct Query {
        var view = View.open
        var stage: CaseStage?
        var words: String?
        /// The drill-down from the dashboard (`org`, `matter`, `figure`, `from`, `to`).
        var organisationID: UUID?
        var matterCode: String?
        var counted: CountedFigure?
        var page = 1

        init(_ req: Request) {
            view = (try? req.query.get(String.self, at: "view")).flatMap(View.init(rawValue:)) ?? .open
            stage = (try? req.query.get(String.self, at: "stage")).flatMap(CaseStage.init(rawValue:))
            words = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespaces)
            if words?.isEmpty == true { words = nil }
            page = InspectionFindingController.page(req)
            organisationID = (try? req.query.get(String.self, at: "org")).flatMap(UUID.init(uuidString:))
            matterCode = (try? req.query.get(String.self, at: "matter")).map { String($0.prefix(64)) }
            if let metric = (try? req.query.get(String.self, at: "figure")).flatMap(EnforcementMetric.init(rawValue:)),
                EnforcementMetric.monthly.contains(metric),
                let from = (try? req.query.get(String.self, at: "from")).flatMap(StatisticsMonth.init(text:)),
                let to = (try? req.query.get(String.self, at: "to")).flatMap(StatisticsMonth.init(text:)), from <= to
            {
                counted = CountedFigure(metric: metric, from: from, to: to)
            }
        }

        /// Whether the list is a drill-down from a statistics figure.
        var drilled: Bool { organisationID != nil || matterCode != nil || counted != nil }

        var filter: CaseFilter {
            CaseFilter(
                stage: stage, open: view == .open, overdue: view == .overdue, unpublished: view == .unpublished,
                words: words.map { String($0.prefix(100)) }, organisationID: organisationID, matterCode: matterCode,
                counted: counted, limit: CaseController.pageSize,
                offset: (page - 1) * CaseController.pageSize)
        }

        /// The address of this query with another view or page.
        func url(view: View? = nil, page: Int = 1) -> String {
            var items = ["view=\((view ?? self.view).rawValue)"]
            if let stage { items.append("stage=\(stage.rawValue)") }
            if let words { items.append("q=\(LawSearchRequest.encode(words))") }
            if let organisationID { items.append("org=\(organisationID)") }
            if let matterCode { items.append("matter=\(LawSearchRequest.encode(matterCode))") }
            if let counted { items.append("figure=\(counted.metric.rawValue)&from=\(counted.from)&to=\(counted.to)") }
            if page > 1 { items.append("page=\(page)") }
            return "/enforcement?" + items.joined(separator: "&")
        }
    }

    static func view(
        _ rows: [CaseRow], total: Int, query: Query, mayOpen: Bool, today: CivilDate, _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "行政执法案件") {
            H1("行政执法案件")
            Paragraph(
                "行政处罚案件从立案、调查取证、告知、听证、法制审核、决定、送达到执行、结案的全过程记录；每一步都按行政处罚法检查，期限写明依据，违反规则的情形生成预警。"
            ).class("lead")
            Paragraph {
                if mayOpen {
                    Link("立案", url: "/enforcement/new").class("button")
                    Text("　")
                }
                for (index, view) in View.allCases.enumerated() {
                    if index > 0 { Text("　·　") }
                    if view == query.view {
                        Span(view.label).class("strong")
                    } else {
                        Link(view.label, url: query.url(view: view))
                    }
                }
                Text("　·　")
                Link("预警", url: "/enforcement/alerts")
                Text("　·　")
                Link("执法公示", url: "/publicity")
            }
            filterForm(query)
            if query.drilled { drillNote(query, rows: rows) }
            if rows.isEmpty {
                Paragraph(query.words == nil && query.stage == nil ? "没有\(query.view.label)案件。" : "没有符合条件的案件。")
                    .class("muted")
            } else {
                Paragraph("共\(total)件").class("muted")
                table(rows, today: today)
                NormativeComponents.pager(page: query.page, total: total, perPage: CaseController.pageSize) {
                    query.url(page: $0)
                }
            }
        }
    }

    /// What the drill-down counts, with its definition, and the way back to the whole list.
    private static func drillNote(_ query: Query, rows: [CaseRow]) -> Component {
        Paragraph {
            Text("统计下钻：")
            if query.organisationID != nil { Text("执法主体「\(rows.first?.organisationName ?? "—")」 ") }
            if let matter = query.matterCode { Text("执法事项 \(matter) ") }
            if let counted = query.counted {
                Text("\(counted.from.label)至\(counted.to.label)的\(counted.metric.label)。\(counted.metric.definition)")
            }
            Text(" ")
            Link("返回统计", url: "/enforcement/dashboard")
            Text("　")
            Link("清除条件", url: "/enforcement?view=\(query.view.rawValue)")
        }.class("notice")
    }

    private static func filterForm(_ query: Query) -> Component {
        Form(url: "/enforcement", method: .get) {
            Input(type: .hidden, name: "view", value: query.view.rawValue)
            FormField(label: "案号、当事人或事项包含", name: "q", value: query.words ?? "")
            SelectField(
                label: "阶段", name: "stage", options: CaseStage.allCases.map { ($0.rawValue, $0.label) },
                selected: query.stage?.rawValue, emptyTitle: "全部阶段")
            Button("筛选").attribute(named: "type", value: "submit").class("button button-secondary")
        }.class("form form-inline").attribute(named: "role", value: "search")
    }

    private static func table(_ rows: [CaseRow], today: CivilDate) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("案号")
                TableHeaderCell("当事人")
                TableHeaderCell("执法事项")
                TableHeaderCell("阶段")
                TableHeaderCell("当前期限")
                TableHeaderCell("执法主体")
            }
        ) {
            for row in rows {
                TableRow {
                    TableCell { Link(row.reference, url: "/enforcement/\(row.id)") }
                    TableCell(row.partyName)
                    TableCell(row.matterName.isEmpty ? row.matterCode : row.matterName)
                    TableCell {
                        CaseComponents.stage(row.stage)
                        if row.publicityDue != nil { Badge(text: "待公示", tone: .warn) }
                    }
                    TableCell { CaseComponents.due(row.dueOn, today: today) }
                    TableCell(row.organisationName)
                }
            }
        }.class("table")
    }
}
