import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/enforcement/transfers/{id}`: one transfer — the report, the period running with 「期限如何计算」, the step form
/// (the agency), the 立案监督 opinion form (the procuratorate), and the history with late steps marked.
enum TransferPage {
    /// What a refused post brings back to the page.
    struct Posted {
        var step: TransferStepForm?
        var opinion: String?
        var errors: [FieldError] = []
        var problem: String?
    }

    struct Model {
        var row: TransferRow
        var deadline: Deadline?
        var actions: [TransferAction]
        var mayGiveOpinion: Bool
        var events: [TransferEventRow]
        var today: CivilDate
        var posted: Posted
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let row = model.row
        return Layout.page(context, title: row.subject) {
            Paragraph { Link("← 两法衔接", url: "/enforcement/transfers") }
            H1(row.subject)
            Paragraph { TransferListPage.stage(row.stage) }
            Table {
                HeadedRow(header: "移送机关") { TableCell(row.organisationName) }
                if let caseID = row.caseID {
                    HeadedRow(header: "行政处罚案件") {
                        TableCell { Link(row.caseReference ?? "", url: "/enforcement/\(caseID)") }
                    }
                }
                HeadedRow(header: "当事人") { TableCell(row.party) }
                HeadedRow(header: "涉嫌罪名") { TableCell(row.offence) }
                HeadedRow(header: "涉嫌犯罪的事实") { TableCell(row.facts) }
                HeadedRow(header: "公安机关") { TableCell(row.police) }
                HeadedRow(header: "专案组") { TableCell(row.members.joined(separator: "、")) }
                HeadedRow(header: "报告日期") { TableCell(row.reportedOn) }
                if let transferred = row.transferredOn { HeadedRow(header: "移送日期") { TableCell(transferred) } }
            }.class("table facts")
            if let deadline = model.deadline { deadlineBox(deadline, today: model.today) }
            if !model.actions.isEmpty { stepForm(model, context) }
            if model.mayGiveOpinion { opinionForm(model, context) }
            H2("办理记录")
            for event in model.events { history(event) }
        }
    }

    private static func deadlineBox(_ deadline: Deadline, today: CivilDate) -> Component {
        Div {
            Paragraph {
                Span("当前期限：").class("strong")
                Text("\(deadline.title) ")
                CaseComponents.due(deadline.due?.iso, today: today)
                if let time = deadline.dueTime { Text(" \(time)") }
            }
            Foldable(
                summary: "期限如何计算",
                content: List(deadline.explanation) { line in ListItem(line) }.class("explanation"))
        }.class("card")
    }

    private static func stepForm(_ model: Model, _ context: PageContext) -> Component {
        let posted = model.posted
        let step = posted.step
        return Div {
            H2("办理")
            if posted.opinion == nil {
                CaseNewPage.problemBox(posted.problem)
                ErrorSummary(errors: posted.errors)
            }
            Form(url: "/enforcement/transfers/\(model.row.id)/steps", method: .post) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "办理环节", name: "action", options: model.actions.map { ($0.rawValue, $0.label) },
                    selected: step?.action ?? model.actions.first?.rawValue, required: true,
                    errors: posted.opinion == nil ? posted.errors : [])
                FormField(
                    label: "日期", name: "date", value: step?.date ?? model.today.iso, type: .date, required: true,
                    hint: "公安机关的回执、决定，按本机关收到通知书的日期记录", errors: posted.errors)
                FormField(
                    label: "时间（时:分）", name: "time", value: step?.time ?? "",
                    hint: "批准移送、移送时必填：批准后24小时内移送，按小时计算", errors: posted.errors)
                FormField(
                    label: "文书文号", name: "document", value: step?.document ?? "",
                    hint: "移送书、回执、立案或不予立案通知书、复议决定书等", errors: posted.errors)
                TextAreaField(
                    label: "说明或理由", name: "note", value: step?.note ?? "",
                    hint: "不批准、不予立案、提请复议、复议决定、建议立案监督、办结、撤回时必填", errors: posted.errors)
                Button("记录").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }.class("card")
    }

    private static func opinionForm(_ model: Model, _ context: PageContext) -> Component {
        let posted = model.posted
        return Div {
            H2("立案监督意见")
            Paragraph(
                "《行政执法机关移送涉嫌犯罪案件的规定》第十四条：行政执法机关移送涉嫌犯罪案件，应当接受人民检察院和监察机关依法实施的监督。意见记入办理记录，不改变移送的阶段。"
            ).class("hint")
            if posted.opinion != nil { ErrorSummary(errors: posted.errors) }
            Form(url: "/enforcement/transfers/\(model.row.id)/opinions", method: .post) {
                CSRFField(token: context.csrf)
                TextAreaField(
                    label: "意见", name: "text", value: posted.opinion ?? "", required: true,
                    errors: posted.opinion == nil ? [] : posted.errors)
                Button("记录意见").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }.class("card")
    }

    private static func history(_ event: TransferEventRow) -> Component {
        Div {
            Paragraph {
                Span(event.label).class("strong")
                Text(
                    "　\(event.onDay)\(event.onTime.map { " \($0)" } ?? "")　\(event.organisationName)　\(event.authorName)　→ "
                )
                Text(event.stageAfter.label)
                if event.late { Badge(text: "逾期", tone: .bad) }
            }
            if !event.document.isEmpty { Paragraph("文号：\(event.document)") }
            if !event.note.isEmpty { Paragraph(event.note) }
            Paragraph("录入时间：\(DisplayFormat.dateTime(event.at))　第\(event.sequence)步").class("hint")
        }.class(event.action == "opinion" ? "card progress-report opinion" : "card progress-report")
    }
}
