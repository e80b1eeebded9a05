import FazhiCore
import FazhiStore
import Foundation
import Plot

/// One finding: what was found, what is required, by when; its history of reports and decisions with their
/// evidence; the unit's report form and the office's decisions.
enum InspectionFindingPage {
    static func view(
        _ finding: InspectionFindingRow, events: [InspectionEventRow], mayDecide: Bool, mayReport: Bool,
        form: InspectionFindingController.ActionForm, errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "问题 \(finding.number)") {
            Paragraph { Link("← \(finding.campaignTitle)", url: "/inspections/\(finding.campaignID)") }
            H1("问题 \(finding.number)　\(finding.kind.label)")
            Paragraph(finding.description).class("lead")
            if let requirement = finding.requirement { Paragraph("整改要求：\(requirement)") }
            Table(
                header: TableRow {
                    TableHeaderCell("整改责任单位")
                    TableHeaderCell("反馈日期")
                    TableHeaderCell("整改期限")
                    TableHeaderCell("状态")
                }
            ) {
                TableRow {
                    TableCell(finding.organisationName)
                    TableCell(finding.raisedOn.iso).class("mono")
                    TableCell {
                        Span(finding.deadline.iso).class("mono")
                        if finding.extendedCount > 0 { Badge(text: "已延期\(finding.extendedCount)次", tone: .warn) }
                    }
                    TableCell {
                        Badge(text: finding.standing.label, tone: finding.standing.tone)
                        if finding.reopenedCount > 0 { Badge(text: "重新打开\(finding.reopenedCount)次", tone: .warn) }
                    }
                }
            }.class("table")
            ErrorSummary(errors: errors)
            H2("整改过程（\(events.count)）")
            if events.isEmpty { Paragraph("尚未提交整改报告。").class("muted") }
            for event in events { eventCard(event, findingID: finding.id) }
            if mayReport { reportForm(finding, form: form, errors: errors, context) }
            if mayDecide {
                decisionForm(finding, form: form, errors: errors, context)
            }
        }
    }

    private static func eventCard(_ event: InspectionEventRow, findingID: UUID) -> Component {
        Div {
            Paragraph {
                Badge(text: event.action.label, tone: event.action == .close ? .good : .info)
                Text("　")
                Span(event.organisationName).class("strong")
                Text("　\(event.authorName)　\(DisplayFormat.dateTime(event.at))")
                if let deadline = event.deadline { Text("　新的整改期限：\(deadline.iso)") }
            }
            if !event.body.isEmpty { Paragraph(event.body) }
            if !event.evidence.isEmpty {
                List(event.evidence) { file in
                    ListItem {
                        Link(file.name, url: "/inspections/findings/\(findingID)/evidence/\(file.sha256)")
                        Text("（\(file.size)字节，SHA-256 ")
                        Span(file.sha256).class("mono")
                        Text("）")
                    }
                }.class("evidence")
            }
        }.class("card progress-report")
    }

    private static func reportForm(
        _ finding: InspectionFindingRow, form: InspectionFindingController.ActionForm, errors: [FieldError],
        _ context: PageContext
    ) -> Component {
        Div {
            H2("提交整改报告")
            Form(url: "/inspections/findings/\(finding.id)/actions", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                Input(type: .hidden, name: "action", value: InspectionAction.report.rawValue)
                TextAreaField(
                    label: "整改情况", name: "body", value: form.action == "report" ? form.body ?? "" : "", required: true,
                    hint: "写明采取的措施、取得的成效和建立的长效机制。", errors: form.action == "report" ? errors : [])
                Div {
                    Label("佐证材料") {}.attribute(named: "for", value: "f-files")
                    Input(type: .file, name: "files[]").id("f-files").attribute(named: "multiple", value: "multiple")
                    Paragraph("可选，最多10个文件，每个不超过20MB。文件的 SHA-256 随报告记入审计日志和存证账本。").class("hint")
                }.class("field")
                Button("提交审核").attribute(named: "type", value: "submit").class("button")
            }
        }
    }

    /// The decisions open to the office in the finding's status, as one form with a choice.
    private static func decisionForm(
        _ finding: InspectionFindingRow, form: InspectionFindingController.ActionForm, errors: [FieldError],
        _ context: PageContext
    ) -> Component {
        let actions = InspectionAction.allCases.filter { $0.isOfficeDecision && $0.next(from: finding.status) != nil }
        let own = actions.map(\.rawValue).contains(form.action ?? "")
        return Div {
            H2("审核与处理")
            Form(url: "/inspections/findings/\(finding.id)/actions", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "处理", name: "action", options: actions.map { ($0.rawValue, $0.label) },
                    selected: own ? form.action : actions.first?.rawValue, required: true, errors: own ? errors : [])
                TextAreaField(
                    label: "意见或理由", name: "body", value: own ? form.body ?? "" : "",
                    hint: "退回、重新打开和延期须写明理由；销号可填写审核意见。", errors: own ? errors : [])
                FormField(
                    label: "新的整改期限（仅延期）", name: "deadline", value: own ? form.deadline ?? "" : "", type: .date,
                    errors: own ? errors : [])
                Button("确定").attribute(named: "type", value: "submit").class("button button-secondary")
            }
        }
    }
}
