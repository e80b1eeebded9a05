import FazhiCore
import FazhiStore
import Foundation
import Plot

/// 审查建议 for the public: the page to look a receipt number up and to send a suggestion by 文号, and the page of
/// one suggestion — built from `NormativeSuggestionTracking`, which holds no name or contact.
enum NormativeSuggestionTrackingPage {
    /// The look-up form and the form by document number; `errors` may concern either.
    static func index(
        receipt: String, form: NormativeSuggestionInput, errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "审查建议") {
            H1("规范性文件审查建议")
            H2("查询办理情况")
            Form(url: "/documents/suggestions", method: .get) {
                FormField(
                    label: "回执号", name: "receipt", value: receipt, required: true,
                    hint: "提交审查建议时得到的回执号，如 JY20261202-7KQ4M9XA", errors: errors)
                Button("查询").attribute(named: "type", value: "submit").class("button")
            }.class("form")
            H2("按文号提出审查建议")
            Paragraph {
                Text("认为已备案的规范性文件同法律、法规、规章相抵触的，可以提出审查建议；也可以在")
                Link("规范性文件目录", url: "/documents")
                Text("中打开文件，在文件页面提出。")
            }.class("hint")
            ErrorSummary(errors: errors.filter { $0.field != "receipt" })
            Form(url: "/documents/suggestions", method: .post) {
                CSRFField(token: context.csrf)
                FormField(
                    label: "文号", name: "documentNumber", value: form.documentNumber ?? "", required: true,
                    hint: "如 测政规〔2026〕1号，括号可写作〔〕、[] 或（）", errors: errors)
                TextAreaField(
                    label: "意见", name: "body", value: form.body ?? "", required: true,
                    hint: "10至4000字：写明认为哪一条、与哪部法律法规的哪一条不一致，以及理由。", errors: errors)
                FormField(label: "姓名", name: "name", value: form.name ?? "", hint: "可不填，不超过40字", errors: errors)
                FormField(
                    label: "联系方式", name: "contact", value: form.contact ?? "",
                    hint: "可不填，不超过100字；仅备案审查机关可见，用于联系您", errors: errors)
                Button("提交审查建议").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }

    /// One suggestion by its receipt number.
    static func show(_ suggestion: NormativeSuggestionTracking, today: CivilDate, _ context: PageContext) -> PageHTML {
        let address = "/documents/suggestions/\(suggestion.receipt)"
        return Layout.page(context, title: "审查建议 \(suggestion.receipt)") {
            Paragraph { Link("← 审查建议", url: "/documents/suggestions") }
            H1("审查建议办理情况")
            Div {
                Paragraph("回执号")
                Paragraph(suggestion.receipt).class("receipt-number mono")
                Paragraph {
                    Text("请记下回执号。凭回执号随时查询办理情况：")
                    Link(address, url: address).class("mono")
                }
            }.class("receipt")
            Node<HTML.BodyContext>.dl(
                .class("facts"),
                .dt(.safe("文件")),
                .dd(
                    .a(.href("/documents/\(suggestion.documentID)"), .safe(suggestion.documentTitle)),
                    .unwrap(suggestion.documentNumber) { .safe("（\($0)）") }),
                .dt(.safe("备案审查机关")), .dd(.safe(suggestion.filingBodyName ?? "—")),
                .dt(.safe("收到日期")), .dd(.class("mono"), .safe(suggestion.receivedOn.iso)),
                .dt(.safe("答复期限")), .dd(.class("mono"), .safe(suggestion.dueOn.iso)),
                .dt(.safe("办理状态")), .dd(.safe(statusText(suggestion, today: today))))
            if let answer = suggestion.answer {
                H2("答复意见")
                NormativeComponents.text(answer)
            }
        }
    }

    static func statusText(_ suggestion: NormativeSuggestionTracking, today: CivilDate) -> String {
        switch suggestion.status {
        case .answered: "已答复" + (suggestion.answeredOn.map { "（\($0.iso)）" } ?? "")
        case .received: "已收到，正在研究办理" + (suggestion.dueOn < today ? "（已超过答复期限）" : "")
        }
    }
}
