import FazhiCore
import FazhiStore
import Plot

/// `/enforcement/transfers/new`: the task group's written report of a suspected crime (第五条第一款), alone or from a
/// penalty case (`?case=`).
enum TransferNewPage {
    struct Model {
        var linked: CaseRow?
        var form: TransferReportForm
        var errors: [FieldError] = []
        var problem: String?
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let form = model.form
        return Layout.page(context, title: "登记移送报告") {
            Paragraph { Link("← 两法衔接", url: "/enforcement/transfers") }
            H1("登记涉嫌犯罪案件移送报告")
            Paragraph(
                "《行政执法机关移送涉嫌犯罪案件的规定》第五条：应当立即指定２名或者２名以上行政执法人员组成专案组专门负责，核实情况后提出移送涉嫌犯罪案件的书面报告，报经本机关正职负责人或者主持工作的负责人审批。负责人应当自接到报告之日起３日内作出批准移送或者不批准移送的决定。"
            ).class("hint")
            if let linked = model.linked {
                Paragraph {
                    Text("来自案件 ")
                    Link(linked.reference, url: "/enforcement/\(linked.id)")
                    Text("（\(linked.organisationName)，当事人 \(linked.partyName)）")
                }.class("card")
            }
            CaseNewPage.problemBox(model.problem)
            ErrorSummary(errors: model.errors)
            Form(url: "/enforcement/transfers", method: .post) {
                CSRFField(token: context.csrf)
                if let linked = model.linked { Input(type: .hidden, name: "case", value: linked.id.uuidString) }
                FormField(
                    label: "案件名称", name: "subject",
                    value: form.subject ?? model.linked.map { "\($0.matterName)案" } ?? "",
                    required: true, errors: model.errors)
                FormField(
                    label: "当事人", name: "party", value: form.party ?? model.linked?.partyName ?? "", required: true,
                    errors: model.errors)
                FormField(
                    label: "涉嫌罪名", name: "offence", value: form.offence ?? "", required: true,
                    hint: "如：生产、销售伪劣产品罪", errors: model.errors)
                TextAreaField(
                    label: "涉嫌犯罪的事实（调查报告摘要）", name: "facts", value: form.facts ?? "", required: true,
                    errors: model.errors)
                FormField(
                    label: "接收移送的公安机关", name: "police", value: form.police ?? "", required: true,
                    hint: "同级公安机关，如：呼和浩特市公安局新城区分局", errors: model.errors)
                FormField(
                    label: "专案组成员", name: "members", value: form.members ?? "", required: true,
                    hint: "2名或者2名以上行政执法人员，以顿号或逗号分隔", errors: model.errors)
                FormField(
                    label: "报告日期", name: "reportedOn", value: form.reportedOn ?? "", type: .date, required: true,
                    hint: "负责人审批的3日期限自该日起算", errors: model.errors)
                Button("登记报告").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
