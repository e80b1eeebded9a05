import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/enforcement/supervision/new?alert=…|case=…`: the issue form. The agency and the alerts it comes from are shown
/// and posted back as hidden fields; the bureau chooses the kind and writes the findings, the requirement and the reply
/// period in working days (the region's `supervisionReplyWorkingDays` by default: 15, 参照, while none is set).
enum SupervisionNewPage {
    struct Model {
        var target: SupervisionTarget
        var form: SupervisionNoticeForm
        var errors: [FieldError] = []
        var problem: String?
        /// The region's reply period (参照 while none is set).
        var policy: SupervisionPolicy = .standard
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let form = model.form
        let rule = model.policy.replyRule(workingDays: model.policy.replyWorkingDays)
        return Layout.page(context, title: "发起督办") {
            Paragraph { Link("← 执法监督", url: "/enforcement/supervision") }
            H1("发起督办")
            Paragraph {
                Text("被督办机关：")
                Span(model.target.organisationName).class("strong")
                if let caseID = model.target.caseID {
                    Text("　案件 ")
                    Link(model.target.caseReference ?? "", url: "/enforcement/\(caseID)")
                }
            }
            if !model.target.alerts.isEmpty {
                H2("所依据的预警（\(model.target.alerts.count)）")
                for alert in model.target.alerts { EnforcementAlertsPage.card(alert, showCase: true) }
            }
            CaseNewPage.problemBox(model.problem)
            ErrorSummary(errors: model.errors)
            Form(url: "/enforcement/supervision", method: .post) {
                CSRFField(token: context.csrf)
                for alert in model.target.alerts { Input(type: .hidden, name: "alert[]", value: alert.id.uuidString) }
                if model.target.alerts.isEmpty, let caseID = model.target.caseID {
                    Input(type: .hidden, name: "case", value: caseID.uuidString)
                }
                SelectField(
                    label: "文书种类", name: "kind",
                    options: SupervisionNoticeKind.allCases.map { ($0.rawValue, $0.label) }, selected: form.kind,
                    required: true, errors: model.errors)
                TextAreaField(
                    label: "发现的问题", name: "findings", value: form.findings ?? "", required: true,
                    hint: "写明违法或者不当的执法行为、事实和依据。", errors: model.errors)
                TextAreaField(
                    label: "整改要求", name: "requirement", value: form.requirement ?? "", required: true,
                    errors: model.errors)
                FormField(
                    label: "答复期限（工作日）", name: "replyDays", value: form.replyDays ?? "", type: .number, required: true,
                    hint:
                        model.policy.isDefault
                        ? "默认\(rule.amount)个工作日（参照：\(rule.basis.citation)「\(rule.basis.excerpt)」；本地区未规定答复期限的，由督办文书规定）。"
                        : "默认\(rule.amount)个工作日（本地区在执法制度参数中规定）。",
                    errors: model.errors)
                Button("发出督办").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
