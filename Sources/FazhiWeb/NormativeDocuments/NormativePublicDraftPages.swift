import FazhiCore
import FazhiStore
import Foundation
import Plot

/// 公开征求意见: the drafts open for comment, and one draft with its text and the comment form.
enum NormativePublicDraftPages {
    static func list(_ drafts: [NormativeDocumentRow], today: CivilDate, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "征求意见") {
            H1("规范性文件草案公开征求意见")
            Paragraph("以下草案正在向社会公开征求意见。欢迎在截止日期前提出意见和建议，无需登录。").class("lead")
            if drafts.isEmpty {
                Paragraph("目前没有正在征求意见的草案。").class("empty")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("草案名称")
                        TableHeaderCell("起草单位")
                        TableHeaderCell("征求意见期间")
                        TableHeaderCell("剩余时间")
                    }
                ) {
                    for draft in drafts {
                        TableRow {
                            TableCell { Link(draft.title, url: "/documents/drafts/\(draft.id)") }
                            TableCell(draft.organisationName)
                            TableCell(period(draft)).class("mono")
                            TableCell(timeLeft(draft.publicCommentState(on: today)))
                        }
                    }
                }.class("table")
            }
        }
    }

    static func draft(
        _ draft: NormativeDocumentRow, today: CivilDate, form: NormativePublicCommentInput, errors: [FieldError],
        _ context: PageContext
    ) -> PageHTML {
        let state = draft.publicCommentState(on: today)
        return Layout.page(context, title: "征求意见：\(draft.title)") {
            Paragraph { Link("← 征求意见", url: "/documents/drafts") }
            H1("\(draft.title)（征求意见稿）")
            Node<HTML.BodyContext>.dl(
                .class("facts"),
                .dt(.safe("起草单位")), .dd(.safe(draft.organisationName)),
                .dt(.safe("征求意见期间")), .dd(.safe(period(draft))),
                .dt(.safe("状态")), .dd(.safe(timeLeft(state))))
            if case .ended(let day) = state {
                Paragraph("征求意见已于\(day.iso)截止，感谢关注。").class("notice")
            }
            H2("草案全文")
            NormativeComponents.text(draft.body)
            if case .open = state { commentForm(draft, form: form, errors: errors, context) }
        }
    }

    private static func commentForm(
        _ draft: NormativeDocumentRow, form: NormativePublicCommentInput, errors: [FieldError], _ context: PageContext
    ) -> Component {
        Div {
            H2("提出意见")
            ErrorSummary(errors: errors)
            Form(url: "/documents/drafts/\(draft.id)/comments", method: .post) {
                CSRFField(token: context.csrf)
                TextAreaField(
                    label: "意见内容", name: "body", value: form.body ?? "", required: true, hint: "5至2000字",
                    errors: errors)
                FormField(label: "姓名", name: "name", value: form.name ?? "", hint: "可不填，不超过40字", errors: errors)
                FormField(
                    label: "联系方式", name: "contact", value: form.contact ?? "",
                    hint: "可不填，不超过100字；仅起草单位可见，用于就意见与您沟通", errors: errors)
                Button("提交意见").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }.id("comment")
    }

    static func period(_ draft: NormativeDocumentRow) -> String {
        "\(NormativeComponents.day(draft.commentOpensOn)) 至 \(NormativeComponents.day(draft.commentClosesOn))"
    }

    static func timeLeft(_ state: NormativePublicCommentState) -> String {
        switch state {
        case .open(_, 0): "今日截止"
        case .open(_, let days): "还有\(days)天截止"
        case .ended(let day): "已于\(day.iso)截止"
        case .hidden: "未公开"
        }
    }
}
