import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/complaints/status`: the look-up form (tracking number and query code) and one complaint's status for its
/// complainant: the stage, the handling body, the due day with 「期限如何计算」, the answer and the view form.
enum ComplaintStatusPage {
    struct Model {
        var row: ComplaintRow
        var code: String
        var deadline: Deadline?
        var events: [ComplaintEventRow]
        var today: CivilDate
        var posted: ComplaintFeedbackForm
        var errors: [FieldError]
        var problem: String?
    }

    static func lookup(number: String, errors: [FieldError], _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "查询投诉举报") {
            Paragraph { Link("← 投诉举报", url: "/complaints") }
            H1("查询投诉举报办理情况")
            ErrorSummary(errors: errors)
            Form(url: "/complaints/status", method: .get) {
                FormField(label: "受理编号", name: "number", value: number, required: true, errors: errors)
                FormField(
                    label: "查询码", name: "code", required: true, hint: "提交时显示的8位查询码", errors: errors,
                    autocomplete: "off")
                Button("查询").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let row = model.row
        return Layout.page(context, title: "投诉举报 \(row.number)") {
            Paragraph { Link("← 投诉举报", url: "/complaints") }
            H1("\(row.kind.shortLabel)　\(row.number)")
            Paragraph { ComplaintListPage.stage(row.stage) }
            Table {
                HeadedRow(header: "类别") { TableCell(row.kind.label) }
                HeadedRow(header: "被投诉举报的机关") { TableCell(row.bodyName) }
                HeadedRow(header: "承办机关") { TableCell(row.organisationName) }
                HeadedRow(header: "收到日期") { TableCell("\(row.receivedOn)（\(row.source.label)）") }
                HeadedRow(header: "答复期限") {
                    TableCell { ComplaintListPage.due(row, today: model.today) }
                }
                if let answer = row.answer {
                    HeadedRow(header: row.stage == .refused ? "不予受理的理由" : "答复") {
                        TableCell("\(answer)（\(row.answeredOn ?? "")）")
                    }
                }
            }.class("table facts")
            if let deadline = model.deadline {
                Paragraph("\(deadline.title)：\(deadline.due?.iso ?? "")")
                Foldable(
                    summary: "期限如何计算",
                    content: List(deadline.explanation) { line in ListItem(line) }.class("explanation"))
            }
            feedback(model, context)
            H2("办理记录")
            List(model.events) { event in
                ListItem("\(event.onDay)　\(event.label)　→ \(event.stageAfter.label)")
            }
        }
    }

    private static func feedback(_ model: Model, _ context: PageContext) -> Component {
        let row = model.row
        if let rating = row.rating {
            return Div {
                H2("您的评价")
                CaseNewPage.problemBox(model.problem)
                Paragraph("\(rating.label)（\(row.ratedOn ?? "")）\(row.ratingComment.map { "：\($0)" } ?? "")")
            }.class("card")
        }
        guard row.stage.isAnswered else {
            return Paragraph("收到答复后，可以在这里评价。").class("hint")
        }
        return Div {
            H2("评价答复")
            CaseNewPage.problemBox(model.problem)
            ErrorSummary(errors: model.errors)
            Form(url: "/complaints/feedback", method: .post) {
                CSRFField(token: context.csrf)
                Input(type: .hidden, name: "number", value: row.number)
                Input(type: .hidden, name: "code", value: model.code)
                SelectField(
                    label: "您对答复", name: "rating", options: ComplaintRating.allCases.map { ($0.rawValue, $0.label) },
                    selected: model.posted.rating, required: true, errors: model.errors)
                TextAreaField(
                    label: "意见（可选）", name: "comment", value: model.posted.comment ?? "", hint: "不超过500字",
                    errors: model.errors)
                Button("提交评价").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }.class("card")
    }
}
