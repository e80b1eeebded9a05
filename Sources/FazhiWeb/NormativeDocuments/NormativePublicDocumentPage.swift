import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/documents/{id}`: a published document as the public reads it: its number, dates, status, where its filing
/// stands in plain words, its text, its entry in the law library, and (once filed) the review-suggestion form.
enum NormativePublicDocumentPage {
    static func view(
        _ document: NormativeDocumentRow, today: CivilDate, form: NormativeSuggestionInput, errors: [FieldError],
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: document.title) {
            Paragraph { Link("← 规范性文件", url: "/documents") }
            H1(document.title)
            Paragraph {
                Badge(text: document.kind.label, tone: .neutral)
                Text(" ")
                NormativeComponents.status(document.status(on: today))
            }
            facts(document)
            if let work = document.lawWorkID {
                Paragraph {
                    Text("本文件已收入法规库：")
                    Link("在法规库中查看（可按日期查看当时有效的文本）", url: "/laws/\(work)")
                }
            }
            H2("正文")
            NormativeComponents.text(document.body)
            if document.stage.isFiled {
                suggestionForm(document, form: form, errors: errors, context)
            }
        }
    }

    private static func facts(_ document: NormativeDocumentRow) -> Component {
        let rows: [(String, String)] = [
            ("文号", NormativeComponents.number(document)), ("制定机关", document.organisationName),
            ("公布日期", NormativeComponents.day(document.publishedOn)),
            ("施行日期", NormativeComponents.day(document.effectiveOn)),
            ("有效期至", document.expiresOn?.iso ?? "未规定"),
            ("备案审查机关", document.filingOrganisationName ?? "—"), ("备案情况", document.publicFilingStatus),
        ]
        return Node<HTML.BodyContext>.dl(
            .class("facts"), .forEach(rows) { row in .group(.dt(.safe(row.0)), .dd(.safe(row.1))) })
    }

    /// 审查建议: anyone who thinks the document conflicts with superior law may say so to the filing body.
    private static func suggestionForm(
        _ document: NormativeDocumentRow, form: NormativeSuggestionInput, errors: [FieldError], _ context: PageContext
    ) -> Component {
        Div {
            H2("提出审查建议")
            Paragraph(
                "认为本文件同法律、法规、规章相抵触，或者违法减损公民、法人和其他组织合法权益、增加其义务的，可以向备案审查机关提出审查建议。"
                    + "提交后您会得到一个回执号，凭回执号可查询办理情况和答复。"
            ).class("hint")
            ErrorSummary(errors: errors)
            Form(url: "/documents/suggestions", method: .post) {
                CSRFField(token: context.csrf)
                Input(type: .hidden, name: "documentID", value: document.id.uuidString)
                TextAreaField(
                    label: "意见", name: "body", value: form.body ?? "", required: true,
                    hint: "10至4000字：写明认为哪一条、与哪部法律法规的哪一条不一致，以及理由。", errors: errors)
                FormField(label: "姓名", name: "name", value: form.name ?? "", hint: "可不填，不超过40字", errors: errors)
                FormField(
                    label: "联系方式", name: "contact", value: form.contact ?? "",
                    hint: "可不填，不超过100字；仅备案审查机关可见，用于联系您", errors: errors)
                Button("提交审查建议").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }.id("suggestion")
    }
}
