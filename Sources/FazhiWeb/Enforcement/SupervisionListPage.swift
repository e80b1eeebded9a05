import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement/supervision`: the notices of the member's scope — those the member's bureau issued or handles, those
/// addressed to the member's agency — with their stage and reply day, red when past.
enum SupervisionListPage {
    /// The query string: `box`, `stage`, `overdue`, `page`.
    struct Query {
        var box = SupervisionBox.all
        var stage: SupervisionStage?
        var overdue = false
        var page = 1

        init(_ req: Request) {
            box = (try? req.query.get(String.self, at: "box")).flatMap(SupervisionBox.init(rawValue:)) ?? .all
            stage = (try? req.query.get(String.self, at: "stage")).flatMap(SupervisionStage.init(rawValue:))
            overdue = (try? req.query.get(String.self, at: "overdue")) == "true"
            page = InspectionFindingController.page(req)
        }

        var filter: SupervisionFilter {
            SupervisionFilter(
                box: box, stage: stage, overdue: overdue, limit: SupervisionController.pageSize,
                offset: (page - 1) * SupervisionController.pageSize)
        }

        func url(box: SupervisionBox? = nil, overdue: Bool? = nil, page: Int = 1) -> String {
            var items = ["box=\((box ?? self.box).rawValue)"]
            if let stage { items.append("stage=\(stage.rawValue)") }
            if overdue ?? self.overdue { items.append("overdue=true") }
            if page > 1 { items.append("page=\(page)") }
            return "/enforcement/supervision?" + items.joined(separator: "&")
        }
    }

    static func view(
        _ rows: [SupervisionNoticeRow], total: Int, query: Query, mayIssue: Bool, today: CivilDate,
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "执法监督") {
            H1("执法监督（督办）")
            Paragraph(
                "司法行政机关对执法预警或案件发出监督意见书、纠错通知书，被督办机关在答复期限内答复整改情况；司法行政机关审查后办结、退回补充或提请上级司法行政机关督办。"
            ).class("lead")
            if mayIssue {
                Paragraph {
                    Text("从")
                    Link("执法预警", url: "/enforcement/alerts")
                    Text("或案件页发起督办。")
                }.class("hint")
            }
            Paragraph {
                for (index, box) in SupervisionBox.allCases.enumerated() {
                    if index > 0 { Text("　·　") }
                    if box == query.box {
                        Span(box.label).class("strong")
                    } else {
                        Link(box.label, url: query.url(box: box))
                    }
                }
                Text("　　")
                if query.overdue {
                    Link("取消“仅看逾期”", url: query.url(overdue: false))
                } else {
                    Link("仅看逾期未答复", url: query.url(overdue: true))
                }
            }
            if rows.isEmpty {
                Paragraph("没有督办。").class("muted")
            } else {
                Paragraph("共\(total)件").class("muted")
                Table {
                    TableRow {
                        TableHeaderCell("文号")
                        TableHeaderCell("种类")
                        TableHeaderCell("被督办机关")
                        TableHeaderCell("承办机关")
                        TableHeaderCell("阶段")
                        TableHeaderCell("答复期限")
                    }
                    for row in rows {
                        TableRow {
                            TableCell { Link(row.number, url: "/enforcement/supervision/\(row.id)") }
                            TableCell(row.kind.label)
                            TableCell(row.organisationName)
                            TableCell(row.supervisorName)
                            TableCell { stage(row.stage) }
                            TableCell { CaseComponents.due(row.dueOn, today: today) }
                        }
                    }
                }.class("table")
                NormativeComponents.pager(page: query.page, total: total, perPage: SupervisionController.pageSize) {
                    query.url(page: $0)
                }
            }
        }
    }

    /// The stage as a coloured badge.
    static func stage(_ stage: SupervisionStage) -> Component {
        let tone: Badge.Tone =
            switch stage {
            case .issued, .returned: .warn
            case .replied: .info
            case .escalated: .bad
            case .closed: .good
            }
        return Badge(text: stage.label, tone: tone)
    }
}
