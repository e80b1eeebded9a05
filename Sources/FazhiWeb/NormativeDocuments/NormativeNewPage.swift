import FazhiCore
import FazhiStore
import Foundation
import Plot

/// Starting a draft: its kind, title and text, typed or uploaded (.docx or text), and the drafting body.
enum NormativeNewPage {
    static func view(
        form: NormativeController.DraftForm, organisations: [Organisation], defaultOrganisation: UUID,
        errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "起草新文件") {
            Paragraph { Link("← 规范性文件", url: "/normative") }
            H1("起草新文件")
            ErrorSummary(errors: errors)
            Form(url: "/normative", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "文件类别", name: "kind", options: NormativeKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.kind, required: true, errors: errors)
                FormField(
                    label: "文件名称", name: "title", value: form.title ?? "", required: true,
                    hint: "如「关于进一步规范行政裁量权基准制定和管理工作的实施意见」", errors: errors)
                SelectField(
                    label: "起草单位", name: "organisationID",
                    options: organisations.map { ($0.id.uuidString, $0.name) },
                    selected: form.organisationID ?? defaultOrganisation.uuidString, required: true, errors: errors)
                TextAreaField(
                    label: "文件正文", name: "body", value: form.body ?? "",
                    hint: "可直接粘贴正文，或在下方上传 Word（.docx）或文本文件；上传的文件优先。", errors: errors)
                Div {
                    Label("上传正文文件") {}.attribute(named: "for", value: "f-file")
                    Input(type: .file, name: "file").id("f-file")
                        .attribute(named: "accept", value: ".docx,.txt,.md")
                    Paragraph("Word 2007 及以后的 .docx 或 UTF-8 文本，不超过5MB。").class("hint")
                    if let error = errors.first(where: { $0.field == "file" })?.message {
                        Paragraph(error).class("field-error").id("f-file-error")
                    }
                }.class(errors.contains { $0.field == "file" } ? "field has-error" : "field")
                Button("创建草案").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
