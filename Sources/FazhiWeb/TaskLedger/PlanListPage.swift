import FazhiCore
import FazhiStore
import Plot

/// The plans in the user's scope with where their tasks stand.
enum PlanListPage {
    static func view(_ plans: [PlanListing], canImport: Bool, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "任务台账") {
            H1("任务台账")
            Paragraph("方案、意见、要点中的任务，按责任单位、章节和完成时限跟踪。").class("lead")
            if canImport { Paragraph { Link("导入方案", url: "/plans/import").class("button") } }
            if plans.isEmpty {
                Paragraph(canImport ? "还没有任务台账。导入一份方案即可生成。" : "您的单位还没有承担任何方案任务。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("方案")
                        TableHeaderCell("所属机构")
                        TableHeaderCell("任务")
                        TableHeaderCell("已完成")
                        TableHeaderCell("逾期")
                        TableHeaderCell("完成率")
                        TableHeaderCell("导入时间")
                    }
                ) {
                    for plan in plans {
                        TableRow {
                            TableCell {
                                Link(plan.title, url: "/plans/\(plan.id)")
                                if !plan.wholePlan { Badge(text: "本单位任务", tone: .info) }
                            }
                            TableCell(plan.organisationName)
                            TableCell("\(plan.counts.total)")
                            TableCell("\(plan.counts.done)")
                            TableCell {
                                if plan.counts.overdue > 0 {
                                    Badge(text: "\(plan.counts.overdue)", tone: .bad)
                                } else {
                                    Text("0")
                                }
                            }
                            TableCell(PlanLedgerPage.rate(plan.counts))
                            TableCell(DisplayFormat.dateTime(plan.importedAt)).class("mono")
                        }
                    }
                }.class("table")
            }
        }
    }
}
