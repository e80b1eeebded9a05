import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/enforcement/supervision/{id}`: one notice — its text, the reply period with 「期限如何计算」, the form for the
/// member's side (the agency's reply with files; the bureau's acceptance, return or escalation), the alerts it came
/// from and its history with the files' SHA-256.
enum SupervisionPage {
    /// What a refused post brings back to the page.
    struct Posted {
        var action: String?
        var text: String?
        var errors: [FieldError] = []
        var problem: String?
    }

    struct Model {
        var row: SupervisionNoticeRow
        var deadline: Deadline?
        var actions: [SupervisionAction]
        var events: [SupervisionEventRow]
        var alerts: [EnforcementAlertRow]
        var today: CivilDate
        var posted: Posted
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let row = model.row
        return Layout.page(context, title: row.number) {
            Paragraph { Link("← 执法监督", url: "/enforcement/supervision") }
            H1("\(row.kind.label)　\(row.number)")
            Paragraph { SupervisionListPage.stage(row.stage) }
            Table {
                HeadedRow(header: "发出机关") { TableCell("\(row.issuerName)（\(row.issuedOn)）") }
                HeadedRow(header: "当前承办") { TableCell(row.supervisorName) }
                HeadedRow(header: "被督办机关") { TableCell(row.organisationName) }
                if let caseID = row.caseID {
                    HeadedRow(header: "案件") {
                        TableCell { Link(row.caseReference ?? "", url: "/enforcement/\(caseID)") }
                    }
                }
                HeadedRow(header: "发现的问题") { TableCell(row.findings) }
                HeadedRow(header: "整改要求") { TableCell(row.requirement) }
                HeadedRow(header: "答复期限") { TableCell("\(row.replyDays)个工作日") }
            }.class("table facts")
            if let deadline = model.deadline { deadlineBox(deadline, today: model.today) }
            if !model.actions.isEmpty { forms(model, context) }
            if !model.alerts.isEmpty {
                H2("所依据的预警（\(model.alerts.count)）")
                Paragraph("预警在督办办结时一并关闭。").class("hint")
                for alert in model.alerts { EnforcementAlertsPage.card(alert, showCase: true) }
            }
            H2("办理记录")
            for event in model.events { history(event) }
        }
    }

    private static func deadlineBox(_ deadline: Deadline, today: CivilDate) -> Component {
        Div {
            Paragraph {
                Span("答复期限：").class("strong")
                Text("\(deadline.title) ")
                CaseComponents.due(deadline.due?.iso, today: today)
            }
            Foldable(
                summary: "期限如何计算",
                content: List(deadline.explanation) { line in ListItem(line) }.class("explanation"))
        }.class("card")
    }

    /// One form for the member's side: the agency's reply with files, or the bureau's choice of decision.
    private static func forms(_ model: Model, _ context: PageContext) -> Component {
        let posted = model.posted
        let replying = model.actions.contains(.reply)
        return Div {
            H2(replying ? "答复" : "审查答复")
            CaseNewPage.problemBox(posted.problem)
            ErrorSummary(errors: posted.errors)
            Form(url: "/enforcement/supervision/\(model.row.id)/steps", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                if model.actions.count == 1 {
                    Input(type: .hidden, name: "action", value: model.actions[0].rawValue)
                } else {
                    SelectField(
                        label: "处理方式", name: "action", options: model.actions.map { ($0.rawValue, $0.label) },
                        selected: posted.action ?? model.actions.first?.rawValue, required: true, errors: posted.errors)
                }
                TextAreaField(
                    label: replying ? "答复内容（整改情况）" : "意见或理由（退回、提请上级时必填）", name: "text",
                    value: posted.text ?? "", required: replying, errors: posted.errors)
                if replying {
                    Div {
                        Label("整改材料（可选）") {}.attribute(named: "for", value: "f-files")
                        Input(type: .file, name: "files[]").id("f-files").attribute(
                            named: "multiple", value: "multiple")
                        Paragraph("最多10个文件，每个不超过20MB；文件的 SHA-256 记入审计日志和存证账本。").class("hint")
                        if let error = posted.errors.first(where: { $0.field == "files" })?.message {
                            Paragraph(error).class("field-error").id("f-files-error")
                        }
                    }.class("field")
                }
                Button(replying ? "提交答复" : "提交").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }.class("card")
    }

    private static func history(_ event: SupervisionEventRow) -> Component {
        Div {
            Paragraph {
                Span(event.label).class("strong")
                Text("　\(event.onDay)　\(event.organisationName)　\(event.authorName)　→ ")
                Text(event.stageAfter.label)
            }
            Paragraph(event.text)
            Paragraph("录入时间：\(DisplayFormat.dateTime(event.at))　第\(event.sequence)步").class("hint")
            if !event.files.isEmpty {
                List(event.files) { file in
                    ListItem {
                        Text("\(file.name)（\(file.size)字节，SHA-256 ")
                        Span(file.sha256).class("mono")
                        Text("）")
                    }
                }.class("evidence")
            }
        }.class("card progress-report")
    }
}
