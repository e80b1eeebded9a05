import FazhiCore
import FazhiStore
import Foundation
import Plot

/// A task with its progress reports and the forms to report and (for the plan's office) to set its fields.
enum PlanTaskPage {
    static func view(
        _ task: PlanTaskRow, heading: PlanItemRow?, plan: PlanListing, reports: [PlanProgressRow],
        form: PlanTaskController.ProgressForm, errors: [FieldError], canEdit: Bool, _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "任务 \(task.code)") {
            Paragraph { Link("← \(plan.title)", url: "/plans/\(plan.id)") }
            H1("任务 \(task.code)" + (heading?.title.map { "　\($0)" } ?? ""))
            Paragraph(task.body).class("lead")
            Table(
                header: TableRow {
                    TableHeaderCell("责任单位")
                    TableHeaderCell("时限（原文）")
                    TableHeaderCell("完成时限")
                    TableHeaderCell("责任人")
                    TableHeaderCell("状态")
                }
            ) {
                TableRow {
                    TableCell(task.units.map { "\($0.name)（\($0.role.label)）" }.joined(separator: "、"))
                    TableCell(task.deadlineText ?? "—")
                    TableCell(task.due?.iso ?? "—").class("mono")
                    TableCell(task.responsiblePerson ?? "—")
                    TableCell(Badge(text: task.standing.label, tone: task.standing.tone))
                }
            }.class("table")
            ErrorSummary(errors: errors)
            H2("进展报告（\(reports.count)）")
            if reports.isEmpty { Paragraph("尚未报告进展。").class("muted") }
            for report in reports {
                Div {
                    Paragraph {
                        Span(report.organisationName).class("strong")
                        Text("　\(report.authorName)　\(DisplayFormat.dateTime(report.at))　")
                        Badge(text: report.status.label, tone: .info)
                    }
                    Paragraph(report.body)
                    if !report.evidence.isEmpty {
                        List(report.evidence) { file in
                            ListItem {
                                Link(file.name, url: "/plans/tasks/\(task.id)/evidence/\(file.sha256)")
                                Text("（\(file.size)字节，SHA-256 ")
                                Span(file.sha256).class("mono")
                                Text("）")
                            }
                        }.class("evidence")
                    }
                }.class("card progress-report")
            }
            H2("报告进展")
            Form(url: "/plans/tasks/\(task.id)/progress", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                TextAreaField(label: "进展情况", name: "body", value: form.body ?? "", required: true, errors: errors)
                SelectField(
                    label: "任务状态", name: "status",
                    options: PlanTaskStatus.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.status
                        ?? (task.status == .notStarted ? PlanTaskStatus.inProgress : task.status).rawValue,
                    required: true, errors: errors)
                Div {
                    Label("佐证材料") {}.attribute(named: "for", value: "f-files")
                    Input(type: .file, name: "files[]").id("f-files").attribute(named: "multiple", value: "multiple")
                    Paragraph("可选，最多10个文件，每个不超过20MB。文件的 SHA-256 随报告记入审计日志和存证账本。").class("hint")
                }.class("field")
                Button("提交").attribute(named: "type", value: "submit").class("button")
            }
            if canEdit {
                H2("责任人和完成时限")
                Form(url: "/plans/tasks/\(task.id)/edit", method: .post) {
                    CSRFField(token: context.csrf)
                    FormField(
                        label: "责任人", name: "responsiblePerson", value: task.responsiblePerson ?? "", errors: errors)
                    FormField(
                        label: "完成时限", name: "due", value: task.due?.iso ?? "", type: .date,
                        hint: "原文：\(task.deadlineText ?? "未写明")。留空表示没有固定日期。", errors: errors)
                    Button("保存").attribute(named: "type", value: "submit").class("button button-secondary")
                }
            }
        }
    }

}

extension PlanTaskStanding {
    /// The badge colour of a task's standing, the same on every ledger page.
    var tone: Badge.Tone {
        switch self {
        case .done: .good
        case .overdue: .bad
        case .inProgress: .info
        case .notStarted, .ongoing: .neutral
        }
    }
}
