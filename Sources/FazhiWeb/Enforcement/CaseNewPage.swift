import FazhiCore
import FazhiStore
import Plot

/// `/enforcement/new`: opening a case, one procedure at a time (`?procedure=`): 普通程序 opens with 立案 and the
/// decision limit starts; 简易程序 records a penalty decided and handed over on the spot (当场处罚).
enum CaseNewPage {
    struct Model {
        var procedure: CaseProcedure
        var bodies: [EnforcementBodyRef]
        var form: CaseStepForm
        var today: CivilDate
        var errors: [FieldError] = []
        /// A refusal that names no field (a conflict with the case's state or a rule of law).
        var problem: String? = nil
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let onTheSpot = model.procedure == .simplified
        let errors = model.errors
        let form = model.form
        return Layout.page(context, title: "立案") {
            Paragraph { Link("← 行政执法案件", url: "/enforcement") }
            H1("立案")
            Paragraph {
                Text("程序：")
                for procedure in CaseProcedure.allCases {
                    let title = procedure == .general ? "普通程序（立案）" : "简易程序（当场处罚）"
                    if procedure == model.procedure {
                        Span(title).class("strong")
                    } else {
                        Link(title, url: "/enforcement/new?procedure=\(procedure.rawValue)")
                    }
                    Text("　")
                }
            }
            Paragraph(
                onTheSpot
                    ? "违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的，可以当场作出行政处罚决定（行政处罚法第五十一条）。"
                    : "立案后，应当自立案之日起九十日内作出行政处罚决定（行政处罚法第六十条）。"
            ).class("hint")
            if model.bodies.isEmpty {
                Paragraph("您的管辖范围内还没有登记的执法主体，不能立案。请先由管理员登记执法主体。").class("muted")
            } else {
                problemBox(model.problem)
                ErrorSummary(errors: errors)
                Form(url: "/enforcement", method: .post, contentType: .multipartData) {
                    CSRFField(token: context.csrf)
                    Input(type: .hidden, name: "action", value: onTheSpot ? "decide_on_spot" : "file")
                    SelectField(
                        label: "执法主体", name: "bodyID", options: model.bodies.map { ($0.id.uuidString, $0.name) },
                        selected: form.bodyID ?? (model.bodies.count == 1 ? model.bodies[0].id.uuidString : nil),
                        required: true, errors: errors)
                    FormField(
                        label: onTheSpot ? "案号（可选）" : "立案号（可选）", name: "reference", value: form.reference ?? "",
                        hint: "本机关的案号；不填的，由平台编一个。", errors: errors)
                    CaseFields.date(form, today: model.today, errors: errors)
                    CaseFields.officers(form, onTheSpot: onTheSpot, errors: errors)
                    CaseFields.opening(form, errors: errors)
                    if onTheSpot {
                        CaseFields.penalty(form, kinds: [.warning, .fine], errors: errors)
                        FormField(
                            label: "当场处罚决定书编号", name: "decisionNumber", value: form.decisionNumber ?? "",
                            required: true, errors: errors)
                    }
                    CaseFields.evidence(errors: errors)
                    Button(onTheSpot ? "记录当场处罚" : "立案").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
        }
    }

    /// A refusal that is not about one field, at the top of the form.
    static func problemBox(_ problem: String?) -> Component {
        guard let problem else { return EmptyComponent() }
        return Div {
            H2("未能办理")
            Paragraph(problem)
        }.class("error-summary").attribute(named: "role", value: "alert")
    }
}
