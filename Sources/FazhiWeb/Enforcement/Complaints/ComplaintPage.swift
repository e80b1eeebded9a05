import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/enforcement/complaints/{id}`: one complaint — what was sent and by whom (for the answer), the answer period with
/// 「期限如何计算」, the forms for the member's side (受理, 不予受理, 答复; 转办 for a supervising bureau), the
/// complainant's view when given, and the history.
enum ComplaintPage {
    /// What a refused post brings back to the page.
    struct Posted {
        var action: String?
        var text: String?
        var target: String?
        var errors: [FieldError] = []
        var problem: String?
    }

    struct Model {
        var row: ComplaintRow
        var deadline: Deadline?
        var actions: [ComplaintAction]
        var targets: [ComplaintBodyOption]
        var events: [ComplaintEventRow]
        var today: CivilDate
        var posted: Posted
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let row = model.row
        return Layout.page(context, title: row.number) {
            Paragraph { Link("← 投诉举报", url: "/enforcement/complaints") }
            H1("\(row.kind.shortLabel)　\(row.number)")
            Paragraph { ComplaintListPage.stage(row.stage) }
            Table {
                HeadedRow(header: "类别") { TableCell(row.kind.label) }
                HeadedRow(header: "来源") {
                    TableCell(row.source.label + (row.externalID.map { "（工单号 \($0)）" } ?? ""))
                }
                HeadedRow(header: "被投诉举报的机关") { TableCell(row.bodyName) }
                HeadedRow(header: "承办机关") { TableCell(row.organisationName) }
                HeadedRow(header: "收到日期") { TableCell(row.receivedOn) }
                HeadedRow(header: "事情经过") { TableCell(row.narrative) }
                if let decision = row.decisionNumber { HeadedRow(header: "相关决定书") { TableCell(decision) } }
                HeadedRow(header: "投诉举报人") {
                    TableCell(row.isAnonymous ? "匿名举报（不答复）" : "\(row.name ?? "")　\(row.mobile ?? "")")
                }
                HeadedRow(header: "答复期限") { TableCell { ComplaintListPage.due(row, today: model.today) } }
                if let answer = row.answer {
                    HeadedRow(header: row.stage == .refused ? "不予受理的理由" : "答复") {
                        TableCell("\(answer)（\(row.answeredOn ?? "")）")
                    }
                }
                if let rating = row.rating {
                    HeadedRow(header: "投诉举报人评价") {
                        TableCell {
                            Badge(text: rating.label, tone: rating == .dissatisfied ? .bad : .good)
                            Text("　\(row.ratedOn ?? "")\(row.ratingComment.map { "　\($0)" } ?? "")")
                        }
                    }
                }
            }.class("table facts")
            if let deadline = model.deadline {
                Div {
                    Paragraph {
                        Span("答复期限：").class("strong")
                        Text("\(deadline.title) ")
                        CaseComponents.due(deadline.due?.iso, today: model.today)
                    }
                    Foldable(
                        summary: "期限如何计算",
                        content: List(deadline.explanation) { line in ListItem(line) }.class("explanation"))
                }.class("card")
            }
            if !model.actions.isEmpty { form(model, context) }
            H2("办理记录")
            for event in model.events {
                Div {
                    Paragraph {
                        Span(event.label).class("strong")
                        Text(
                            "　\(event.onDay)　\(event.organisationName)　\(event.authorName)　→ \(event.stageAfter.label)")
                    }
                    Paragraph(event.text)
                    Paragraph("录入时间：\(DisplayFormat.dateTime(event.at))　第\(event.sequence)步").class("hint")
                }.class("card progress-report")
            }
        }
    }

    /// One form: the action, its words, and the body for a reassignment.
    private static func form(_ model: Model, _ context: PageContext) -> Component {
        let posted = model.posted
        return Div {
            H2("办理")
            CaseNewPage.problemBox(posted.problem)
            ErrorSummary(errors: posted.errors)
            Form(url: "/enforcement/complaints/\(model.row.id)/steps", method: .post) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "处理方式", name: "action", options: model.actions.map { ($0.rawValue, $0.label) },
                    selected: posted.action ?? model.actions.first?.rawValue, required: true, errors: posted.errors)
                TextAreaField(
                    label: "意见、理由或答复内容", name: "text", value: posted.text ?? "",
                    hint: "不予受理、转办须写明理由；答复写明调查核实的情况和处理结果。受理时可不填。", errors: posted.errors)
                if model.actions.contains(.reassign) {
                    SelectField(
                        label: "转办给（仅转办时选择）", name: "target",
                        options: model.targets.map { ($0.id.uuidString, $0.name) },
                        selected: posted.target, errors: posted.errors)
                }
                Button("提交").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }.class("card")
    }
}
