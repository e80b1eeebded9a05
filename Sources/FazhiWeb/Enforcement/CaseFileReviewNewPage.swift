import FazhiCore
import FazhiStore
import Plot

/// `/enforcement/reviews/new`: name, the period of closed cases and the sample rule; the draw happens on submission
/// with a seed made then.
enum CaseFileReviewNewPage {
    static func view(_ form: CaseFileReviewForm, errors: [FieldError], _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "发起评查活动") {
            Paragraph { Link("← 案卷评查", url: "/enforcement/reviews") }
            H1("发起评查活动")
            Paragraph(
                "提交后，平台从系统随机源生成随机种子并记录，然后对管辖范围内每个执法主体在结案期间内已结案的案件按种子抽取。评查标准采用「\(ReviewStandard.standard.name)」。"
            ).class("lead")
            ErrorSummary(errors: errors)
            Form(url: "/enforcement/reviews", method: .post) {
                CSRFField(token: context.csrf)
                FormField(label: "评查活动名称", name: "name", value: form.name ?? "", required: true, errors: errors)
                FormField(
                    label: "结案日期起", name: "periodFrom", value: form.periodFrom ?? "", type: .date, required: true,
                    errors: errors)
                FormField(
                    label: "结案日期止", name: "periodTo", value: form.periodTo ?? "", type: .date, required: true,
                    errors: errors)
                SelectField(
                    label: "抽取方式", name: "sampleMode", options: [("count", "按件数"), ("percent", "按比例")],
                    selected: form.sampleMode ?? "count", required: true, errors: errors)
                FormField(
                    label: "每个执法主体抽取件数（按件数时）", name: "sampleSize", value: form.sampleSize ?? "5", type: .number,
                    errors: errors)
                FormField(
                    label: "抽取比例 %（按比例时）", name: "samplePercent", value: form.samplePercent ?? "10", type: .number,
                    errors: errors)
                FormField(
                    label: "最少抽取件数（按比例时）", name: "sampleMinimum", value: form.sampleMinimum ?? "3", type: .number,
                    hint: "案件少于此数的执法主体全部抽取", errors: errors)
                Button("抽取案卷").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
