import FazhiCore
import FazhiStore
import Plot

/// One matter with its benchmark, and the matter form (new or existing).
enum EnforcementMatterPage {
    static func view(
        _ matter: PowerMatterRow, mayEdit: Bool, form: PowerMatterForm, errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: matter.name) {
            Paragraph { Link("← 权责清单", url: "/enforcement/matters?body=\(matter.organisationID)") }
            H1(matter.name)
            Paragraph {
                Text("\(matter.code)　\(matter.kind.label)　")
                Link(matter.bodyName, url: "/enforcement/bodies/\(matter.organisationID)")
                EnforcementComponents.lists(matter)
            }
            H2("实施依据")
            Paragraph(matter.legalBasis)
            H2("罚款裁量基准")
            EnforcementComponents.benchmark(matter.benchmark)
            if mayEdit {
                H2("修改事项")
                ErrorSummary(errors: errors)
                Form(url: "/enforcement/matters/\(matter.id)", method: .post) {
                    CSRFField(token: context.csrf)
                    fields(form, errors: errors)
                    Button("保存").attribute(named: "type", value: "submit").class("button")
                }.class("form")
                if matter.active {
                    PostButton(
                        title: "停用事项", action: "/enforcement/matters/\(matter.id)/deactivate", csrf: context.csrf,
                        danger: true)
                }
            }
        }
    }

    static func newView(
        form: PowerMatterForm, bodies: [EnforcementBodyRow], errors: [FieldError], _ context: PageContext
    )
        -> PageHTML
    {
        Layout.page(context, title: "新增权责事项") {
            Paragraph { Link("← 权责清单", url: "/enforcement/matters") }
            H1("新增权责事项")
            ErrorSummary(errors: errors)
            Form(url: "/enforcement/matters", method: .post) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "执法主体", name: "bodyID", options: bodies.map { ($0.id.uuidString, $0.name) },
                    selected: form.bodyID, required: true, errors: errors)
                fields(form, errors: errors)
                Button("添加").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }

    private static func fields(_ form: PowerMatterForm, errors: [FieldError]) -> Component {
        let input = form.input
        let rows = min(input.ranges.count + PowerMatterForm.spareRanges, PowerMatterForm.maximumRanges)
        return Div {
            FormField(label: "事项编码", name: "code", value: input.code ?? "", required: true, errors: errors)
            FormField(label: "事项名称", name: "name", value: input.name ?? "", required: true, errors: errors)
            SelectField(
                label: "职权类型", name: "kind", options: PowerKind.allCases.map { ($0.rawValue, $0.label) },
                selected: input.kind.flatMap { PowerKind(text: $0)?.rawValue }, required: true, errors: errors)
            TextAreaField(
                label: "实施依据", name: "legalBasis", value: input.legalBasis ?? "", required: true,
                hint: "如「《中华人民共和国食品安全法》第一百二十六条第一款第（三）项」", errors: errors)
            checkbox("列入免罚清单（不予行政处罚）", "noPenalty", input.noPenalty)
            checkbox("列入轻罚清单（从轻、减轻行政处罚）", "lightPenalty", input.lightPenalty)
            if let error = errors.first(where: { $0.field == "ranges" }) {
                Paragraph(error.message).class("field-error")
            }
            FieldSet {
                Node<HTML.BodyContext>.element(named: "legend", text: "罚款裁量基准（仅行政处罚事项；空行不保存）")
                for index in 0..<rows {
                    let range =
                        index < input.ranges.count
                        ? input.ranges[index]
                        : PowerMatterInput.Range(
                            circumstance: nil, description: nil, minimum: nil, maximum: nil)
                    Div {
                        FormField(
                            label: "情节\(index + 1)", name: PowerMatterInput.rangeField(index, "circumstance"),
                            value: range.circumstance ?? "", hint: index == 0 ? "如「轻微」「一般」「较重」「严重」" : nil,
                            errors: errors)
                        FormField(
                            label: "适用情形", name: PowerMatterInput.rangeField(index, "description"),
                            value: range.description ?? "", errors: errors)
                        FormField(
                            label: "罚款下限（元）", name: PowerMatterInput.rangeField(index, "minimum"),
                            value: range.minimum ?? "", errors: errors)
                        FormField(
                            label: "罚款上限（元）", name: PowerMatterInput.rangeField(index, "maximum"),
                            value: range.maximum ?? "", errors: errors)
                    }.class("range-row")
                }
            }.class("field")
        }
    }

    private static func checkbox(_ label: String, _ name: String, _ checked: Bool) -> Component {
        Div {
            Label(label) {
                Input(type: .checkbox, name: name, value: "1")
                    .attribute(named: "checked", value: checked ? "checked" : nil)
            }.class("checkbox")
        }.class("field")
    }
}
