import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement/transfers`: the transfers of suspected crimes (两法衔接) of the member's scope, with their stage and the
/// running period's last day, red when past.
enum TransferListPage {
    /// Which transfers a list shows.
    enum View: String, CaseIterable {
        case open, all, overdue

        var label: String {
            switch self {
            case .open: "在办"
            case .all: "全部"
            case .overdue: "期限已过"
            }
        }
    }

    /// The query string: `view`, `stage`, `q`, `case`, `page`.
    struct Query {
        var view = View.open
        var stage: TransferStage?
        var words: String?
        var caseID: UUID?
        var page = 1

        init(_ req: Request) {
            view = (try? req.query.get(String.self, at: "view")).flatMap(View.init(rawValue:)) ?? .open
            stage = (try? req.query.get(String.self, at: "stage")).flatMap(TransferStage.init(rawValue:))
            words = (try? req.query.get(String.self, at: "q")).flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
            caseID = (try? req.query.get(String.self, at: "case")).flatMap(UUID.init(uuidString:))
            page = InspectionFindingController.page(req)
        }

        var filter: TransferFilter {
            TransferFilter(
                stage: stage, overdue: view == .overdue, open: view == .open, words: words, caseID: caseID,
                limit: TransferController.pageSize, offset: (page - 1) * TransferController.pageSize)
        }

        func url(view: View? = nil, page: Int = 1) -> String {
            var items = ["view=\((view ?? self.view).rawValue)"]
            if let stage { items.append("stage=\(stage.rawValue)") }
            if let words {
                items.append("q=\(words.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            }
            if let caseID { items.append("case=\(caseID)") }
            if page > 1 { items.append("page=\(page)") }
            return "/enforcement/transfers?" + items.joined(separator: "&")
        }
    }

    static func view(
        _ rows: [TransferRow], total: Int, query: Query, mayReport: Bool, today: CivilDate, _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "两法衔接") {
            H1("涉嫌犯罪案件移送（两法衔接）")
            Paragraph(
                "行政执法机关发现涉嫌犯罪的案件，依《行政执法机关移送涉嫌犯罪案件的规定》报经负责人批准后向公安机关移送，并记录公安机关接收、立案或者不予立案、复议和检察机关立案监督的情况。"
            ).class("lead")
            if mayReport {
                Paragraph { Link("登记移送报告", url: "/enforcement/transfers/new").class("button") }
            }
            Paragraph {
                for (index, view) in View.allCases.enumerated() {
                    if index > 0 { Text("　·　") }
                    if view == query.view {
                        Span(view.label).class("strong")
                    } else {
                        Link(view.label, url: query.url(view: view))
                    }
                }
            }
            Form(url: "/enforcement/transfers", method: .get) {
                Input(type: .hidden, name: "view", value: query.view.rawValue)
                SelectField(
                    label: "阶段", name: "stage", options: TransferStage.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.stage?.rawValue, emptyTitle: "全部")
                FormField(label: "关键词（案件名称、当事人、罪名、公安机关）", name: "q", value: query.words ?? "")
                Button("筛选").attribute(named: "type", value: "submit").class("button button-small")
            }.class("form filters")
            if rows.isEmpty {
                Paragraph("没有移送案件。").class("muted")
            } else {
                Paragraph("共\(total)件").class("muted")
                Table {
                    TableRow {
                        TableHeaderCell("案件名称")
                        TableHeaderCell("移送机关")
                        TableHeaderCell("涉嫌罪名")
                        TableHeaderCell("公安机关")
                        TableHeaderCell("阶段")
                        TableHeaderCell("期限")
                    }
                    for row in rows {
                        TableRow {
                            TableCell { Link(row.subject, url: "/enforcement/transfers/\(row.id)") }
                            TableCell(row.organisationName)
                            TableCell(row.offence)
                            TableCell(row.police)
                            TableCell { stage(row.stage) }
                            TableCell { CaseComponents.due(row.dueOn, today: today) }
                        }
                    }
                }.class("table")
                NormativeComponents.pager(page: query.page, total: total, perPage: TransferController.pageSize) {
                    query.url(page: $0)
                }
            }
        }
    }

    /// The case page's 两法衔接 block: the transfers reported from the case, and, for the agency's handlers, the way to
    /// report one (the case's own 「移送司法机关」 step closes the case; the transfer record follows the procedure on).
    static func caseBlock(_ rows: [TransferRow], caseID: UUID, mayReport: Bool, today: CivilDate) -> Component {
        Div {
            H2("涉嫌犯罪案件移送（两法衔接）")
            if rows.isEmpty {
                Paragraph("本案没有移送记录。").class("muted")
            } else {
                List(rows) { row in
                    ListItem {
                        Link(row.subject, url: "/enforcement/transfers/\(row.id)")
                        Text("　")
                        stage(row.stage)
                        if row.dueOn != nil {
                            Text("　期限 ")
                            CaseComponents.due(row.dueOn, today: today)
                        }
                    }
                }
            }
            if mayReport {
                Paragraph {
                    Link("登记涉嫌犯罪案件移送报告", url: "/enforcement/transfers/new?case=\(caseID)").class("button button-small")
                }
                Paragraph("发现涉嫌犯罪的，应当依法移送公安机关，不得以行政处罚代替移送（《行政执法机关移送涉嫌犯罪案件的规定》第十一条）。")
                    .class("hint")
            }
        }.class("card").id("transfers")
    }

    /// The stage as a coloured badge.
    static func stage(_ stage: TransferStage) -> Component {
        let tone: Badge.Tone =
            switch stage {
            case .reported, .approved, .refused, .upheld: .warn
            case .transferred, .received, .reconsidering, .supervisionSuggested: .info
            case .notApproved, .withdrawn: .bad
            case .filed, .handedOver, .concluded: .good
            }
        return Badge(text: stage.label, tone: tone)
    }
}
