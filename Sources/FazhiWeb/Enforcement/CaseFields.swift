import FazhiCore
import FazhiStore
import Plot

/// The groups of fields the case forms share: opening a case (立案 and 当场处罚 both name the party, the matter and
/// the violation), the proposed or decided penalty, the officers, and the evidence files. Names are
/// `CaseStepInput`'s, so refusals land beside them.
enum CaseFields {
    static func date(_ form: CaseStepForm, today: CivilDate, errors: [FieldError]) -> Component {
        FormField(
            label: "办理日期", name: "date", value: form.date ?? today.iso, type: .date, required: true,
            hint: "不能晚于今天，也不能早于上一步的日期。", errors: errors)
    }

    static func officers(_ form: CaseStepForm, onTheSpot: Bool, errors: [FieldError]) -> Component {
        FormField(
            label: "执法人员执法证号", name: "officers", value: form.officers ?? "", required: true,
            hint: onTheSpot
                ? "当场处罚不少于一人（行政处罚法第五十二条）；多个证号用逗号或空格分开。"
                : "不少于两人，持本机关登记的有效执法证（行政处罚法第四十二条）；多个证号用逗号或空格分开。",
            errors: errors)
    }

    /// The party, the matter and the violation: what 立案 and 当场处罚 record.
    @ComponentBuilder
    static func opening(_ form: CaseStepForm, errors: [FieldError]) -> Component {
        FormField(
            label: "执法事项编码", name: "matterCode", value: form.matterCode ?? "", required: true,
            hint: "本机关权责清单中行政处罚事项的编码；不在清单中的事项不能立案（第十七条）。", errors: errors)
        SelectField(
            label: "当事人类型", name: "partyKind", options: PartyKind.allCases.map { ($0.rawValue, $0.label) },
            selected: form.partyKind, required: true, errors: errors)
        FormField(label: "当事人名称或姓名", name: "partyName", value: form.partyName ?? "", required: true, errors: errors)
        FormField(
            label: "统一社会信用代码或身份证号码", name: "partyID", value: form.partyID ?? "",
            hint: "可不填；填写的，校验码须正确。公示时自然人的姓名、证件号码和住址不公开。", errors: errors)
        FormField(label: "当事人地址", name: "partyAddress", value: form.partyAddress ?? "", errors: errors)
        FormField(
            label: "违法行为发生（终了）日期", name: "violationOn", value: form.violationOn ?? "", type: .date, required: true,
            hint: "违法行为有连续或者继续状态的，填终了之日（第三十六条第二款）。", errors: errors)
        checkbox(
            "涉及公民生命健康安全、金融安全且有危害后果（追责时效为五年）", name: "severeHarm",
            checked: CaseStepForm.flag(form.severeHarm) == true)
        TextAreaField(label: "案情（可选）", name: "facts", value: form.facts ?? "", errors: errors)
    }

    /// The penalty proposed (告知) or decided, with the discretion benchmark's circumstance.
    @ComponentBuilder
    static func penalty(_ form: CaseStepForm, kinds: [PenaltyKind], errors: [FieldError]) -> Component {
        CheckboxGroup(
            legend: "处罚种类", name: "penalties", options: kinds.map { ($0.rawValue, $0.label) },
            checked: Set(form.penalties ?? []), errors: errors)
        FormField(
            label: "罚款金额（元）", name: "fine", value: form.fine ?? "", hint: "选择了罚款的必填，如 5000 或 5000.50。",
            errors: errors)
        FormField(
            label: "裁量情节", name: "circumstance", value: form.circumstance ?? "",
            hint: "事项有裁量基准的，填基准中的情节，如「轻微」「一般」「较重」「严重」；罚款须在该情节的幅度内。", errors: errors)
        TextAreaField(
            label: "偏离裁量基准的理由（可选）", name: "deviationReason", value: form.deviationReason ?? "",
            hint: "罚款超出裁量幅度的，须说明理由，并会生成预警。", errors: errors)
    }

    /// Files kept with the step, by SHA-256.
    static func evidence(errors: [FieldError]) -> Component {
        let error = errors.first { $0.field == "files" }?.message
        return Div {
            Label("证据材料（可选）") {}.attribute(named: "for", value: "f-files")
            Input(type: .file, name: "files[]").id("f-files").attribute(named: "multiple", value: "multiple")
            Paragraph("笔录、照片、告知书、送达回证等，最多10个文件，每个不超过20MB；文件的 SHA-256 记入审计日志和存证账本。").class("hint")
            if let error { Paragraph(error).class("field-error").id("f-files-error") }
        }.class(error == nil ? "field" : "field has-error")
    }

    /// One checkbox sent as `name=true`, ticked when `checked`.
    static func checkbox(_ label: String, name: String, checked: Bool) -> Component {
        Div {
            Label(label) {
                Input(type: .checkbox, name: name, value: "true").id("f-\(name)")
                    .attribute(named: "checked", value: checked ? "checked" : nil)
            }.class("checkbox")
        }.class("field")
    }
}
