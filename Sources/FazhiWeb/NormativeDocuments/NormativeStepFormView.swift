import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The form of one step, with the fields that step needs and hints that state the rule (the least comment period
/// and its article, the longest term). Every step posts to `/normative/{id}/steps` as multipart, so files can go
/// with any of them.
struct NormativeStepFormView: Component {
    let model: NormativeDocumentPage.Model
    let action: NormativeAction
    let csrf: String

    /// The values typed before a refused attempt at this step; empty for another step.
    var form: NormativeController.StepForm {
        model.form.action == action.rawValue ? model.form : NormativeController.StepForm()
    }
    var errors: [FieldError] { model.form.action == action.rawValue ? model.errors : [] }

    var body: Component {
        Form(url: "/normative/\(model.document.id)/steps", method: .post, contentType: .multipartData) {
            CSRFField(token: csrf)
            Input(type: .hidden, name: "action", value: action.rawValue)
            H3(action.label)
            fields
            TextAreaField(
                label: action.needsBody ? action.bodyLabel : "\(action.bodyLabel)（可选）", name: "body",
                value: form.body ?? "", required: action.needsBody,
                hint: action == .skipComment ? "如依法需要保密，或不涉及公民、法人和其他组织的权利义务。" : nil, errors: errors)
            if action == .submitFiling || action == .resubmitFiling || action == .reportHandling
                || action == .requestSupplement || action == .concludeReview
            {
                Div {
                    Label(action.party == .filingBody ? "审查意见书等材料" : "备案报告、正式文本、起草说明等材料") {}
                        .attribute(named: "for", value: "f-files")
                    Input(type: .file, name: "files[]").id("f-files").attribute(named: "multiple", value: "multiple")
                    Paragraph("可选，最多10个文件，每个不超过20MB；文件的 SHA-256 记入审计日志和存证账本。").class("hint")
                    if let error = errors.first(where: { $0.field == "files" })?.message {
                        Paragraph(error).class("field-error")
                    }
                }.class("field")
            }
            Button(action.label).attribute(named: "type", value: "submit")
                .class(action == .withdraw ? "button button-danger" : "button")
        }.class("form")
    }

    @ComponentBuilder private var fields: Component {
        switch action {
        case .openComment:
            let earliest =
                (try? DeadlineCalculator(calendar: model.calendar).compute(
                    model.policy.commentMinimum, start: model.today))?.due
            FormField(
                label: "开始日期", name: "opensOn", value: form.opensOn ?? model.today.iso, type: .date, required: true,
                errors: errors)
            FormField(
                label: "截止日期", name: "closesOn", value: form.closesOn ?? earliest?.iso ?? "", type: .date,
                required: true,
                hint:
                    "\(model.policy.commentMinimum.basis.citation)：\(model.policy.commentMinimum.title)\(model.policy.commentMinimum.periodText)。今天开始的，截止日期不早于\(earliest?.iso ?? "")。",
                errors: errors)
        case .giveLegalityOpinion:
            SelectField(
                label: "审核意见", name: "opinion", options: LegalityOpinion.allCases.map { ($0.rawValue, $0.label) },
                selected: form.opinion, required: true, errors: errors)
        case .recordDeliberation:
            FormField(
                label: "会议名称", name: "meeting", value: form.meeting ?? "", required: true,
                hint: "如「市人民政府第12次常务会议」「局务会议」", errors: errors)
            FormField(
                label: "会议日期", name: "meetingOn", value: form.meetingOn ?? "", type: .date, required: true,
                errors: errors)
            SelectField(
                label: "审议结果", name: "adopted", options: [("yes", "审议通过"), ("no", "未通过，退回起草")],
                selected: form.adopted, required: true, errors: errors)
        case .register:
            FormField(
                label: "发文机关代字", name: "numberCode", value: form.numberCode ?? "", required: true,
                hint: "如「内政规」；年份和序号由平台统一编排，如「内政规〔2026〕3号」。", errors: errors)
            FormField(
                label: "印发日期", name: "publishedOn", value: form.publishedOn ?? model.today.iso, type: .date,
                required: true, errors: errors)
            FormField(
                label: "施行日期", name: "effectiveOn", value: form.effectiveOn ?? "", type: .date, required: true,
                errors: errors)
            FormField(
                label: "有效期截止日期", name: "expiresOn", value: form.expiresOn ?? "", type: .date,
                required: model.policy.maxValidityYears != nil,
                hint: model.policy.maxValidityYears.map { "有效期不超过\($0)年。" } ?? "规章一般不设有效期，可不填。",
                errors: errors)
        case .concludeReview:
            SelectField(
                label: "审查结论", name: "outcome",
                options: NormativeReviewOutcome.allCases.map { ($0.rawValue, $0.label) }, selected: form.outcome,
                required: true, errors: errors)
        case .reportHandling:
            SelectField(
                label: "处理结果", name: "decision",
                options: [NormativeCleanupDecision.amend, .repeal, .declareExpired].map { ($0.rawValue, $0.label) },
                selected: form.decision, required: true, errors: errors)
        default:
            EmptyComponent()
        }
    }
}
