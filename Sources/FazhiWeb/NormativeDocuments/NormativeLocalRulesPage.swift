import FazhiCore
import FazhiStore
import Plot

/// The policy in force at an organisation, period by period with its article, and the form for its own rules.
enum NormativeLocalRulesPage {
    static func view(
        _ entry: NormativeLocalRulesRepository.Entry, organisations: [Organisation], form: NormativeLocalRulesForm,
        errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "本地规定") {
            Paragraph { Link("← 规范性文件", url: "/normative") }
            H1("规范性文件本地规定")
            Paragraph("行政规范性文件的征求意见、合法性审核、报送备案、答复审查建议等期限和有效期上限，以本地区制定的规定为准；在本级和上级都未录入时，参照国家规定执行并标明「参照」。")
                .class("lead")
            Form(url: "/normative/rules", method: .get) {
                SelectField(
                    label: "机构", name: "organisation", options: organisations.map { ($0.id.uuidString, $0.name) },
                    selected: entry.organisation.id.uuidString)
                Button("查看").attribute(named: "type", value: "submit").class("button button-small")
            }.class("form filters")
            H2("\(entry.organisation.name)适用的期限")
            Paragraph(source(entry)).class("muted")
            periods(entry)
            H2(entry.own == nil ? "为\(entry.organisation.name)录入本地规定" : "修改\(entry.organisation.name)的本地规定")
            Paragraph("录入后适用于本机构及其下级机构起草的行政规范性文件（下级另有录入的，以下级为准）。").class("hint")
            ErrorSummary(errors: errors)
            Form(url: "/normative/rules", method: .post) {
                CSRFField(token: context.csrf)
                Input(type: .hidden, name: "organisationID", value: entry.organisation.id.uuidString)
                FormField(
                    label: "规定名称", name: "statute", value: form.statute ?? "", required: true,
                    hint: "不含书名号，如「某市行政规范性文件制定和监督管理办法」", errors: errors)
                FormField(
                    label: "规定日期", name: "version", value: form.version ?? "", type: .date, required: true,
                    hint: "公布或施行日期", errors: errors)
                field("征求意见期限（日，不少于）", "commentDays", form.commentDays, errors)
                field("征求意见条款", "commentArticle", form.commentArticle, errors)
                field("合法性审核时间下限（工作日）", "legalityMinimumWorkdays", form.legalityMinimumWorkdays, errors)
                field("合法性审核时间上限（工作日）", "legalityMaximumWorkdays", form.legalityMaximumWorkdays, errors)
                field("合法性审核条款", "legalityArticle", form.legalityArticle, errors)
                field("报送备案期限（日）", "filingDays", form.filingDays, errors)
                field("报送备案条款", "filingArticle", form.filingArticle, errors)
                field("答复审查建议期限（日）", "suggestionDays", form.suggestionDays, errors)
                field("审查建议条款", "suggestionArticle", form.suggestionArticle, errors)
                field("有效期上限（年）", "validityYears", form.validityYears, errors)
                field("有效期条款", "validityArticle", form.validityArticle, errors)
                Button("保存").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }

    private static func field(_ label: String, _ name: String, _ value: String?, _ errors: [FieldError]) -> Component {
        FormField(label: label, name: name, value: value ?? "", required: true, errors: errors)
    }

    static func source(_ entry: NormativeLocalRulesRepository.Entry) -> String {
        guard let rules = entry.applied.localRules else {
            return "本级和上级均未录入本地规定，以下期限参照国家规定执行。"
        }
        let place = entry.inheritedFrom.map { "上级机构「\($0.name)」录入的" } ?? "本机构录入的"
        return "适用\(place)《\(rules.statute)》（\(rules.version)）。"
    }

    private static func periods(_ entry: NormativeLocalRulesRepository.Entry) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("期限")
                TableHeaderCell("时长")
                TableHeaderCell("起算")
                TableHeaderCell("依据")
            }
        ) {
            for period in NormativePolicyPeriod.list(entry.applied) {
                TableRow {
                    TableCell {
                        Text(period.rule.title)
                        if period.borrowed { Badge(text: "参照", tone: .warn) }
                    }
                    TableCell(
                        "\(period.rule.amount)\(period.rule.unit.label)" + (period.rule.kind == .minimum ? "（不少于）" : "")
                    )
                    TableCell(period.rule.startsFrom)
                    TableCell(period.rule.basis.citation)
                }
            }
            TableRow {
                TableCell {
                    Text("有效期上限")
                    if entry.applied.localRules == nil { Badge(text: "参照", tone: .warn) }
                }
                TableCell(entry.applied.policy.maxValidityYears.map { "\($0)年" } ?? "不设")
                TableCell("自施行之日起")
                TableCell(
                    entry.applied.localRules.map { "《\($0.statute)》（\($0.version)）\($0.validityArticle)" }
                        ?? "各地规定多为「有效期一般不超过5年」")
            }
            TableRow {
                TableCell("有效期届满前评估")
                TableCell("届满前\(entry.applied.policy.expiryNoticeMonths)个月")
                TableCell("有效期截止日")
                TableCell("平台提醒起草单位评估")
            }
        }.class("table")
    }
}
