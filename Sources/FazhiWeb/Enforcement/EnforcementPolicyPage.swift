import FazhiCore
import FazhiStore
import Plot

/// The thresholds in force at an organisation, each with its basis, and (for the administrator and the justice
/// bureau) the form for a government's own.
enum EnforcementPolicyPage {
    static func view(
        _ entry: EnforcementPolicyController.Entry, governments: [Organisation], mayEdit: Bool,
        form: EnforcementPolicyForm, errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "执法制度参数") {
            Paragraph { Link("← 执法主体", url: "/enforcement/bodies") }
            H1("执法制度参数")
            Paragraph("较大数额罚款（听证）、重大执法决定法制审核、集体讨论的数额，执法决定公示期限、涉企重复检查预警和督办答复期限，由本地区规定；未录入的，参照常见的省级规定执行并标明「参照」。")
                .class("lead")
            if mayEdit && !governments.isEmpty {
                Form(url: "/enforcement/policy", method: .get) {
                    SelectField(
                        label: "人民政府", name: "organisation", options: governments.map { ($0.id.uuidString, $0.name) },
                        selected: entry.organisation.id.uuidString)
                    Button("查看").attribute(named: "type", value: "submit").class("button button-small")
                }.class("form filters")
            }
            H2("\(entry.organisation.name)适用的参数")
            Paragraph(source(entry)).class("muted")
            table(entry.policy)
            if mayEdit {
                H2("为\(entry.organisation.name)录入参数")
                Paragraph("录入后适用于本机构及其下级的执法主体（下级另有录入的，以下级为准）。").class("hint")
                ErrorSummary(errors: errors)
                Form(url: "/enforcement/policy", method: .post) {
                    CSRFField(token: context.csrf)
                    Input(type: .hidden, name: "organisationID", value: entry.organisation.id.uuidString)
                    for (name, label) in EnforcementPolicyForm.amounts {
                        FormField(
                            label: label, name: name, value: form.value(name) ?? "", required: true, errors: errors)
                    }
                    CheckboxGroup(
                        legend: "必须法制审核和集体讨论的处罚种类", name: "majorPenalties",
                        options: PenaltyKind.allCases.map { ($0.rawValue, $0.label) },
                        checked: Set(form.majorPenalties ?? []), errors: errors)
                    FormField(
                        label: "执法决定公示期限（工作日）", name: "publicityWorkingDays", value: form.publicityWorkingDays ?? "",
                        required: true, errors: errors)
                    FormField(
                        label: "涉企重复检查预警期（日）", name: "repeatedInspectionDays", value: form.repeatedInspectionDays ?? "",
                        required: true, hint: "1–366日", errors: errors)
                    FormField(
                        label: "预警期内同一企业可检查次数（超过即预警）", name: "repeatedInspectionCount",
                        value: form.repeatedInspectionCount ?? "", required: true, hint: "1–50次", errors: errors)
                    FormField(
                        label: "督办答复期限（工作日）", name: "supervisionReplyWorkingDays",
                        value: form.supervisionReplyWorkingDays ?? "", required: true, hint: "1–60个工作日，新发督办文书的默认期限",
                        errors: errors)
                    Button("保存").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
        }
    }

    static func source(_ entry: EnforcementPolicyController.Entry) -> String {
        guard let from = entry.appliedFrom else { return "本级和上级均未录入，以下参数为参照值。" }
        return from.id == entry.organisation.id ? "适用本机构录入的参数。" : "适用上级机构「\(from.name)」录入的参数。"
    }

    private static func table(_ policy: EnforcementPolicy) -> Component {
        func yuan(_ amount: Int) -> String { Money.text(Int64(amount) * 100) }
        let rows: [(String, String, String, Bool)] = [
            (
                "较大数额罚款（告知听证权利）",
                "公民\(yuan(policy.hearingFinePerson))以上；法人或者其他组织\(yuan(policy.hearingFineOrganisation))以上",
                "《中华人民共和国行政处罚法》第六十三条第一款第（一）项", policy.isDefault
            ),
            (
                "重大执法决定法制审核",
                "公民\(yuan(policy.legalReviewFinePerson))以上；法人或者其他组织\(yuan(policy.legalReviewFineOrganisation))以上",
                "《中华人民共和国行政处罚法》第五十八条", policy.isDefault
            ),
            (
                "负责人集体讨论",
                "公民\(yuan(policy.collectiveFinePerson))以上；法人或者其他组织\(yuan(policy.collectiveFineOrganisation))以上",
                "《中华人民共和国行政处罚法》第五十七条第二款", policy.isDefault
            ),
            (
                "必须法制审核的处罚种类",
                PenaltyKind.allCases.filter(policy.majorPenalties.contains).map(\.label).joined(separator: "；"),
                "《中华人民共和国行政处罚法》第五十八条第一款", policy.isDefault
            ),
            ("执法决定公示", "作出决定之日起\(policy.publicityWorkingDays)个工作日内", "国办发〔2018〕118号", policy.isDefault),
            (
                "涉企重复检查预警", policy.repeatedInspection.summary,
                "\(RepeatedInspectionRule.basis.citation)：「\(RepeatedInspectionRule.basis.excerpt)」",
                policy.repeatedInspection.isDefault
            ),
            (
                "督办答复期限", "督办文书发出之日起\(policy.supervisionReplyWorkingDays)个工作日内（可在每份文书中另定）",
                "\(SupervisionPolicy.basis.citation)：「\(SupervisionPolicy.basis.excerpt)」（参照）",
                policy.supervision.isDefault
            ),
        ]
        return Table(
            header: TableRow {
                TableHeaderCell("参数")
                TableHeaderCell("数值")
                TableHeaderCell("依据")
            }
        ) {
            for (title, value, basis, reference) in rows {
                TableRow {
                    TableCell {
                        Text(title)
                        if reference { Badge(text: "参照", tone: .warn) }
                    }
                    TableCell(value)
                    TableCell(basis)
                }
            }
        }.class("table")
    }
}
