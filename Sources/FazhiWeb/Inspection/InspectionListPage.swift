import FazhiCore
import FazhiStore
import Plot

/// The campaigns in the user's scope with how far their rectification has come, and (for the office) the form to
/// start one.
enum InspectionListPage {
    static func view(
        _ campaigns: [InspectionCampaignRow], mayInspect: Bool, form: InspectionCampaignInput, errors: [FieldError],
        today: CivilDate, _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "督察整改") {
            H1("督察整改")
            Paragraph("督察反馈的问题清单，按整改责任单位、整改期限跟踪整改、审核销号。").class("lead")
            Paragraph {
                Link("全部问题", url: InspectionLinks.findings())
                Text("　·　")
                Link("逾期未整改", url: InspectionLinks.findings(standing: .overdue))
                Text("　·　")
                Link("待审核", url: InspectionLinks.findings(standing: .submitted))
                Text("　·　")
                Link("\(today.year)年整改统计", url: "/inspections/statistics?year=\(today.year)")
            }
            if campaigns.isEmpty {
                Paragraph(mayInspect ? "还没有督察。在下方新建一次督察，录入反馈问题。" : "您的单位目前没有督察反馈的问题。").class("muted")
            } else {
                campaignTable(campaigns)
            }
            if mayInspect {
                H2("新建督察")
                ErrorSummary(errors: errors)
                Form(url: "/inspections", method: .post) {
                    CSRFField(token: context.csrf)
                    FormField(
                        label: "督察名称", name: "title", value: form.title ?? "", required: true,
                        hint: "如「2027年度法治政府建设专项督察」", errors: errors)
                    TextAreaField(
                        label: "督察依据", name: "basis", value: form.basis ?? "", hint: "可选：依据的方案、文件或部署", errors: errors)
                    FormField(
                        label: "开始日期", name: "startedOn", value: form.startedOn ?? "", type: .date, required: true,
                        errors: errors)
                    FormField(label: "结束日期", name: "endedOn", value: form.endedOn ?? "", type: .date, errors: errors)
                    Button("创建").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
        }
    }

    private static func campaignTable(_ campaigns: [InspectionCampaignRow]) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("督察")
                TableHeaderCell("组织单位")
                TableHeaderCell("开始日期")
                TableHeaderCell("问题数")
                TableHeaderCell("已销号")
                TableHeaderCell("逾期未整改")
                TableHeaderCell("整改率")
            }
        ) {
            for campaign in campaigns {
                TableRow {
                    TableCell {
                        Link(campaign.title, url: "/inspections/\(campaign.id)")
                        if !campaign.wholeCampaign { Badge(text: "本单位问题", tone: .info) }
                    }
                    TableCell(campaign.organisationName)
                    TableCell(campaign.startedOn.iso).class("mono")
                    TableCell("\(campaign.figures.total)")
                    TableCell("\(campaign.figures.closed)")
                    TableCell {
                        if campaign.figures.overdue > 0 {
                            Link(
                                "\(campaign.figures.overdue)",
                                url: InspectionLinks.findings(campaign: campaign.id, standing: .overdue)
                            ).class("bad")
                        } else {
                            Text("0")
                        }
                    }
                    TableCell(DisplayFormat.percent(campaign.figures.rectificationRate))
                }
            }
        }.class("table")
    }
}
