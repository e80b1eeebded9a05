import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The filing body's review suggestions (审查建议): the inbox, unanswered first with their due dates, and one
/// suggestion with who sent it and the answer form.
enum NormativeSuggestionInboxPage {
    static let perPage = 100

    static func list(
        _ rows: [NormativeSuggestionRow], total: Int, overdue: Int, page: Int, today: CivilDate,
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "审查建议") {
            H1("审查建议")
            Paragraph("公民、法人和其他组织对已备案的规范性文件提出的审查建议，由备案审查机关研究答复。未答复的排在前面，按答复期限先后排列。")
                .class("lead")
            Paragraph {
                Text("共 \(total) 件")
                if overdue > 0 {
                    Text("，")
                    Span("\(overdue) 件已超过答复期限").class("bad")
                }
            }.class("result-count")
            if rows.isEmpty {
                Paragraph("尚未收到审查建议。").class("empty")
            } else {
                table(rows, today: today)
            }
            NormativeComponents.pager(
                page: page, total: total, perPage: perPage, link: { "/normative/suggestions?page=\($0)" })
        }
    }

    private static func table(_ rows: [NormativeSuggestionRow], today: CivilDate) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("回执号")
                TableHeaderCell("文件")
                TableHeaderCell("收到日期")
                TableHeaderCell("答复期限")
                TableHeaderCell("状态")
            }
        ) {
            for row in rows {
                TableRow {
                    TableCell { Link(row.tracking.receipt, url: "/normative/suggestions/\(row.id)").class("mono") }
                    TableCell(row.tracking.documentTitle)
                    TableCell(row.tracking.receivedOn.iso).class("mono")
                    TableCell(row.tracking.dueOn.iso).class("mono")
                    TableCell { badge(row, today: today) }
                }
            }
        }.class("table")
    }

    static func badge(_ row: NormativeSuggestionRow, today: CivilDate) -> Component {
        if row.isOverdue(on: today) { return Badge(text: "逾期未答复", tone: .bad) }
        return Badge(text: row.status.label, tone: row.status == .answered ? .good : .warn)
    }

    static func show(
        _ row: NormativeSuggestionRow, today: CivilDate, form: NormativeSuggestionAnswerInput, errors: [FieldError],
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "审查建议 \(row.tracking.receipt)") {
            Paragraph { Link("← 审查建议", url: "/normative/suggestions") }
            H1("审查建议 \(row.tracking.receipt)")
            Paragraph { badge(row, today: today) }
            Node<HTML.BodyContext>.dl(
                .class("facts"),
                .dt(.safe("文件")),
                .dd(
                    .a(.href("/documents/\(row.tracking.documentID)"), .safe(row.tracking.documentTitle)),
                    .unwrap(row.tracking.documentNumber) { .safe("（\($0)）") }),
                .dt(.safe("提出人")), .dd(.safe(row.name ?? "未署名")),
                .dt(.safe("联系方式")), .dd(.safe(row.contact ?? "未提供")),
                .dt(.safe("收到日期")), .dd(.class("mono"), .safe(row.tracking.receivedOn.iso)),
                .dt(.safe("答复期限")), .dd(.class("mono"), .safe(row.tracking.dueOn.iso)))
            H2("建议内容")
            NormativeComponents.text(row.body)
            if let answer = row.tracking.answer {
                H2("答复意见")
                Paragraph(
                    "\(row.tracking.answeredOn?.iso ?? "")　\(row.answeredByName ?? "")"
                ).class("muted")
                NormativeComponents.text(answer)
            } else {
                H2("答复")
                ErrorSummary(errors: errors)
                Form(url: "/normative/suggestions/\(row.id)/answer", method: .post) {
                    CSRFField(token: context.csrf)
                    TextAreaField(
                        label: "答复意见", name: "answer", value: form.answer ?? "", required: true,
                        hint: "10至4000字。答复将凭回执号向提出人公开，请勿写入提出人的个人信息。", errors: errors)
                    Button("答复").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
        }
    }
}
