import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The clean-up pages: the campaigns, one campaign's documents with its figures, and one document's decision.
enum NormativeCleanupPages {
    static func list(
        _ campaigns: [NormativeCleanupRow], mayRun: Bool, covering: String, form: NormativeCleanupInput,
        errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "规范性文件清理") {
            Paragraph { Link("← 规范性文件", url: "/normative") }
            H1("规范性文件清理")
            Paragraph("清理开始之日有效的已印发文件全部列入清单，由起草单位逐件作出继续有效、修改、废止或宣布失效的决定。").class("lead")
            if campaigns.isEmpty {
                Paragraph(mayRun ? "还没有清理。可在下方开始一次清理。" : "目前没有涉及本单位文件的清理。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("清理")
                        TableHeaderCell("组织单位")
                        TableHeaderCell("开始日期")
                        TableHeaderCell("完成期限")
                        TableHeaderCell("文件数")
                        TableHeaderCell("已清理")
                        TableHeaderCell("未清理")
                    }
                ) {
                    for campaign in campaigns {
                        TableRow {
                            TableCell {
                                Link(campaign.title, url: "/normative/cleanups/\(campaign.id)")
                                if !campaign.wholeCampaign { Badge(text: "本单位文件", tone: .info) }
                            }
                            TableCell(campaign.organisationName)
                            TableCell(campaign.startedOn.iso).class("mono")
                            TableCell(campaign.dueOn.iso).class("mono")
                            TableCell("\(campaign.figures.total)")
                            TableCell("\(campaign.figures.decided)")
                            TableCell("\(campaign.figures.undecided)")
                        }
                    }
                }.class("table")
            }
            if mayRun {
                H2("开始清理")
                Paragraph("清理范围：\(covering)及其所属单位起草的文件。").class("hint")
                ErrorSummary(errors: errors)
                Form(url: "/normative/cleanups", method: .post) {
                    CSRFField(token: context.csrf)
                    FormField(
                        label: "清理名称", name: "title", value: form.title ?? "", required: true,
                        hint: "如「2026年行政规范性文件集中清理」", errors: errors)
                    TextAreaField(
                        label: "清理依据", name: "basis", value: form.basis ?? "", hint: "可选：部署清理的通知或方案", errors: errors)
                    FormField(
                        label: "开始日期", name: "startedOn", value: form.startedOn ?? "", type: .date, required: true,
                        hint: "当日有效的文件列入清理", errors: errors)
                    FormField(
                        label: "完成期限", name: "dueOn", value: form.dueOn ?? "", type: .date, required: true,
                        errors: errors)
                    Button("开始清理").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
        }
    }

    struct CampaignModel {
        var campaign: NormativeCleanupRow
        var items: [NormativeCleanupItemRow]
        var figures: NormativeCleanupFigures
        var bodies: [(id: UUID, name: String)]
        var filter: NormativeCleanupItemFilter
        var mayDecide: Bool
        var isOffice: Bool
    }

    /// The campaign's address with a filter: where each figure leads.
    static func link(_ id: UUID, _ filter: NormativeCleanupItemFilter) -> String {
        var query: [String] = []
        if let decided = filter.decided { query.append("decided=\(decided ? "yes" : "no")") }
        if let decision = filter.decision { query.append("decision=\(decision.rawValue)") }
        if let body = filter.organisationID { query.append("organisation=\(body)") }
        return "/normative/cleanups/\(id)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    static func campaign(_ model: CampaignModel, _ context: PageContext) -> PageHTML {
        let campaign = model.campaign
        let body = model.filter.organisationID
        func figure(_ name: String, _ value: Int, _ filter: NormativeCleanupItemFilter) -> Component {
            HeadedRow(header: name) { TableCell { Link("\(value)", url: link(campaign.id, filter)) } }
        }
        return Layout.page(context, title: campaign.title) {
            Paragraph { Link("← 规范性文件清理", url: "/normative/cleanups") }
            H1(campaign.title)
            Paragraph(
                "组织单位：\(campaign.organisationName)　开始日期：\(campaign.startedOn.iso)　完成期限：\(campaign.dueOn.iso)"
                    + (campaign.basis.map { "　依据：\($0)" } ?? "")
            ).class("lead")
            Table(caption: TableCaption(campaign.wholeCampaign ? "清理情况" : "本单位文件的清理情况")) {
                figure("清理文件数", model.figures.total, .init(organisationID: body))
                figure("已清理", model.figures.decided, .init(decided: true, organisationID: body))
                for decision in NormativeCleanupDecision.allCases {
                    figure(
                        "其中：\(decision.label)", model.figures.count(decision),
                        .init(decision: decision, organisationID: body))
                }
                figure("未清理", model.figures.undecided, .init(decided: false, organisationID: body))
            }.class("table figures")
            Div {
                for definition in NormativeCleanupFigures.definitions {
                    Paragraph("\(definition.name)：\(definition.text)")
                }
            }.class("definitions muted")
            Form(url: "/normative/cleanups/\(campaign.id)", method: .get) {
                SelectField(
                    label: "状态", name: "decided", options: [("no", "未清理"), ("yes", "已清理")],
                    selected: model.filter.decided.map { $0 ? "yes" : "no" }, emptyTitle: "全部")
                SelectField(
                    label: "起草单位", name: "organisation", options: model.bodies.map { ($0.id.uuidString, $0.name) },
                    selected: body?.uuidString, emptyTitle: "全部")
                Button("筛选").attribute(named: "type", value: "submit").class("button button-small")
            }.class("form filters")
            Paragraph {
                Text("共\(model.items.count)件　")
                Link("导出 Excel", url: "/normative/cleanups/\(campaign.id)/export.xlsx")
                Text("　")
                Link("导出 CSV", url: "/normative/cleanups/\(campaign.id)/export.csv")
            }.class("muted")
            if model.items.isEmpty {
                Paragraph("没有符合条件的文件。").class("muted")
            } else {
                items(model)
            }
        }
    }

    private static func items(_ model: CampaignModel) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("文件")
                TableHeaderCell("文号")
                TableHeaderCell("起草单位")
                TableHeaderCell("印发日期")
                TableHeaderCell("清理决定")
                TableHeaderCell("")
            }
        ) {
            for item in model.items {
                TableRow {
                    TableCell(item.title)
                    TableCell(item.documentNumber ?? "")
                    TableCell(item.organisationName)
                    TableCell(item.publishedOn?.iso ?? "").class("mono")
                    TableCell {
                        if let decision = item.decision {
                            Badge(text: decision.label, tone: decision.ends ? .bad : .good)
                            Text(" \(item.decidedOn?.iso ?? "")")
                        } else {
                            Badge(text: "未清理", tone: .warn)
                        }
                    }
                    TableCell {
                        if model.mayDecide && item.drafterInScope && (item.decision == nil || model.isOffice) {
                            Link(item.decision == nil ? "作出决定" : "更改决定", url: "/normative/cleanups/items/\(item.id)")
                        } else {
                            Link("查看", url: "/normative/cleanups/items/\(item.id)")
                        }
                    }
                }
            }
        }.class("table")
    }

    static func item(
        _ item: NormativeCleanupItemRow, campaign: NormativeCleanupRow, mayDecide: Bool,
        form: NormativeCleanupDecisionInput, errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "清理决定：\(item.title)") {
            Paragraph { Link("← \(campaign.title)", url: "/normative/cleanups/\(campaign.id)") }
            H1(item.title)
            Table {
                TableRow {
                    TableHeaderCell("文号")
                    TableCell(item.documentNumber ?? "—")
                }
                TableRow {
                    TableHeaderCell("起草单位")
                    TableCell(item.organisationName)
                }
                TableRow {
                    TableHeaderCell("印发日期")
                    TableCell(item.publishedOn?.iso ?? "—")
                }
                TableRow {
                    TableHeaderCell("有效期至")
                    TableCell(item.expiresOn?.iso ?? "未设有效期")
                }
                TableRow {
                    TableHeaderCell("清理决定")
                    TableCell(
                        item.decision.map {
                            "\($0.label)（\(item.decidedOn?.iso ?? "")，\(item.decidedBy ?? "")）"
                                + (item.reason.map { "：\($0)" } ?? "")
                        } ?? "未清理")
                }
            }.class("table details")
            Paragraph { Link("文件详情", url: "/normative/\(item.documentID)") }
            if mayDecide {
                H2(item.decision == nil ? "作出清理决定" : "更改清理决定")
                ErrorSummary(errors: errors)
                Form(url: "/normative/cleanups/items/\(item.id)/decision", method: .post) {
                    CSRFField(token: context.csrf)
                    SelectField(
                        label: "清理决定", name: "decision",
                        options: NormativeCleanupDecision.allCases.map { ($0.rawValue, $0.label) },
                        selected: form.decision, required: true, errors: errors)
                    TextAreaField(
                        label: "理由", name: "reason", value: form.reason ?? "", hint: "修改、废止、宣布失效须说明理由；废止、宣布失效自今日起生效",
                        errors: errors)
                    Button("提交").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            } else if item.decision != nil {
                Paragraph("清理决定已作出；如需更改，请联系组织清理的单位。").class("muted")
            }
        }
    }
}
