import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The form of one step of a case, with that step's own fields and hints that state the rule. Every step posts to
/// `/enforcement/{id}/steps` as multipart, so evidence can go with any of them. The date defaults to today; the
/// officers to those of the latest step; a decision to the penalty proposed in the notice.
struct CaseStepFormView: Component {
    let model: CasePage.Model
    let action: CaseAction
    let csrf: String

    /// The values typed before a refused attempt at this step, else the defaults.
    var form: CaseStepForm { model.form.action == action.rawValue ? model.form : defaults }
    var errors: [FieldError] { model.form.action == action.rawValue ? model.errors : [] }

    var defaults: CaseStepForm {
        var form = CaseStepForm(action: action.rawValue)
        let facts = model.facts
        form.officers = model.events.last { !($0.input.officers ?? []).isEmpty }?.input.officers?.joined(separator: "，")
        if action == .decide {
            form.penalties = facts.penalties.map(\.rawValue)
            form.fine = facts.fineFen > 0 ? Money.text(facts.fineFen) : nil
            form.circumstance = facts.circumstance
        }
        return form
    }

    var body: Component {
        Form(url: "/enforcement/\(model.row.id)/steps", method: .post, contentType: .multipartData) {
            CSRFField(token: csrf)
            Input(type: .hidden, name: "action", value: action.rawValue)
            H3(action.label)
            CaseFields.date(form, today: model.today, errors: errors)
            if CaseStepFormView.officerActions.contains(action) {
                CaseFields.officers(form, onTheSpot: model.facts.procedure == .simplified, errors: errors)
            }
            fields
            TextAreaField(
                label: noteLabel, name: "note", value: form.note ?? "", required: noteRequired, errors: errors)
            CaseFields.evidence(errors: errors)
            Button(action.label).attribute(named: "type", value: "submit")
                .class([.withdraw, .transfer, .suspend].contains(action) ? "button button-danger" : "button")
        }.class("form")
    }

    /// The steps officers act in (第四十二条; Core checks the same list), the others recorded by whoever enters them.
    static let officerActions: Set<CaseAction> = [.investigate, .notify, .holdHearing, .serve]

    var noteRequired: Bool { [.suspend, .withdraw, .transfer, .discuss, .holdHearing].contains(action) }

    var noteLabel: String {
        let label =
            switch action {
            case .suspend: "中止的理由"
            case .withdraw: "撤销立案的理由"
            case .transfer: "移送的理由和接收机关"
            case .discuss: "集体讨论结论"
            case .holdHearing: "听证情况"
            case .investigate: "调查取证情况"
            case .legalReview: "审核意见"
            default: "说明"
            }
        return noteRequired ? label : "\(label)（可选）"
    }

    @ComponentBuilder var fields: Component {
        switch action {
        case .notify:
            CaseFields.penalty(form, kinds: PenaltyKind.allCases, errors: errors)
            CaseFields.checkbox(
                "已告知当事人有要求听证的权利（拟作出较大数额罚款、吊销许可证件、责令停产停业等的，必须告知，第六十三条）", name: "hearingRight",
                checked: CaseStepForm.flag(form.hearingRight) == true)
        case .decide:
            SelectField(
                label: "决定", name: "outcome", options: [("penalty", "给予行政处罚"), ("none", "不予行政处罚（第五十七条）")],
                selected: form.outcome ?? "penalty", required: true, errors: errors)
            CaseFields.penalty(form, kinds: PenaltyKind.allCases, errors: errors)
            FormField(
                label: "行政处罚决定书文号", name: "decisionNumber", value: form.decisionNumber ?? "",
                hint: "给予行政处罚的必填。", errors: errors)
        case .legalReview:
            SelectField(
                label: "审核结论", name: "reviewPassed", options: [("true", "通过"), ("false", "不通过，退回调查")],
                selected: form.reviewPassed, required: true, errors: errors)
        case .serve:
            FormField(
                label: "送达方式", name: "serviceMethod", value: form.serviceMethod ?? "", required: true,
                hint: "如「直接送达」「留置送达」「邮寄送达」；当事人不在场的，应当在七日内送达（第六十一条）。", errors: errors)
        default:
            EmptyComponent()
        }
    }
}
