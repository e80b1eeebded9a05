import FazhiCore
import FazhiStore
import Plot

/// `/complaints`: the public form for complaints about enforcement conduct (投诉) and reports of violations (举报). The
/// body is chosen from the registered ones; a search box narrows the list without JavaScript.
enum ComplaintFormPage {
    struct Model {
        var bodies: [ComplaintBodyOption]
        var words: String
        var form: ComplaintForm
        var errors: [FieldError]
        var problem: String?
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let form = model.form
        return Layout.page(context, title: "投诉举报") {
            H1("行政执法投诉举报")
            Paragraph(
                "认为行政执法机关及其工作人员的执法行为违法或者不当的，可以投诉，由该机关所属人民政府的司法行政机关办理；发现违法行为的，可以向负责查处的执法机关举报。"
            ).class("lead")
            Paragraph {
                Text("已经提交过？")
                Link("凭受理编号和查询码查询办理情况", url: "/complaints/status")
            }
            Form(url: "/complaints", method: .get) {
                FormField(
                    label: "查找执法机关", name: "q", value: model.words, hint: "输入机关名称中的字词，点“查找”缩小下面的列表")
                Input(type: .hidden, name: "kind", value: form.kind ?? "")
                Button("查找").attribute(named: "type", value: "submit").class("button button-small")
            }.class("form inline-search")
            CaseNewPage.problemBox(model.problem)
            ErrorSummary(errors: model.errors)
            Form(url: "/complaints", method: .post) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "被投诉举报的执法机关", name: "bodyID", options: model.bodies.map { ($0.id.uuidString, $0.name) },
                    selected: form.bodyID, required: true, errors: model.errors)
                if model.bodies.isEmpty { Paragraph("没有名称中含有这些字词的执法机关。").class("hint") }
                SelectField(
                    label: "类别", name: "kind", options: ComplaintKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.kind, required: true, errors: model.errors)
                TextAreaField(
                    label: "事情经过", name: "narrative", value: form.narrative ?? "", required: true,
                    hint: "时间、地点、经过和您的诉求，10至4000字", errors: model.errors)
                FormField(
                    label: "相关决定书文号（可选）", name: "decisionNumber", value: form.decisionNumber ?? "",
                    errors: model.errors)
                FormField(
                    label: "姓名", name: "name", value: form.name ?? "", hint: "答复需要；匿名举报可不填", errors: model.errors,
                    autocomplete: "name")
                FormField(
                    label: "手机号码", name: "mobile", value: form.mobile ?? "", type: .tel, hint: "11位手机号码，用于答复",
                    errors: model.errors, autocomplete: "tel")
                Div {
                    Label("匿名举报（不留姓名和手机号码，不答复；投诉不能匿名）") {
                        Input(type: .checkbox, name: "anonymous", value: "1")
                            .attribute(named: "checked", value: form.anonymous == nil ? nil : "checked")
                    }.class("checkbox")
                    if let error = model.errors.first(where: { $0.field == "anonymous" })?.message {
                        Paragraph(error).class("field-error").id("f-anonymous-error")
                    }
                }.class("field").id("f-anonymous")
                Paragraph("暂不接收附件；需要提供材料的，承办机关会与您联系。姓名和手机号码只用于办理和答复，不公开。").class("hint")
                Button("提交").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
