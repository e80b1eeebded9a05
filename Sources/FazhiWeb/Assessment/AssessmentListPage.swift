import FazhiCore
import FazhiStore
import Plot

/// The rounds the user runs or is assessed in; for the office, the indicator systems and the forms to add one and
/// to start a round.
enum AssessmentListPage {
    struct Model {
        let systems: [IndicatorSystemRow]
        let rounds: [AssessmentRoundRow]
        let units: [Organisation]
        let mayAssess: Bool
        let round: AssessmentController.RoundForm
        let errors: [FieldError]
    }

    static func view(_ m: Model, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "考核评价") {
            H1("考核评价")
            Paragraph("按指标体系考核各单位：自动指标取自平台数据，人工指标凭佐证材料评分，每个分数都可追溯到记录。").class("lead")
            ErrorSummary(errors: m.errors)
            H2("考核")
            if m.rounds.isEmpty {
                Paragraph(m.mayAssess ? "还没有考核。先建立指标体系，再新建考核。" : "您的单位目前没有参加的考核。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("考核")
                        TableHeaderCell("组织单位")
                        TableHeaderCell("考核期间")
                        TableHeaderCell("阶段")
                    }
                ) {
                    for round in m.rounds {
                        TableRow {
                            TableCell { Link(round.title, url: "/assessments/rounds/\(round.id)") }
                            TableCell(round.organisationName)
                            TableCell(round.period.text).class("mono")
                            TableCell(Badge(text: round.status.label, tone: round.status == .published ? .good : .info))
                        }
                    }
                }.class("table")
            }
            if m.mayAssess { office(m, context) }
        }
    }

    private static func office(_ m: Model, _ context: PageContext) -> Component {
        Div {
            H2("指标体系")
            if m.systems.isEmpty { Paragraph("还没有指标体系。").class("muted") }
            List(m.systems) { row in
                ListItem {
                    Link(row.system.name, url: "/assessments/systems/\(row.id)")
                    Text(
                        "　\(row.system.total.text)分，\(row.system.countsByLevel.map(String.init).joined(separator: "/"))项指标"
                    )
                }
            }
            H3("新建指标体系")
            Form(url: "/assessments/systems", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                FormField(label: "名称", name: "name", required: true, hint: "如「2026年度法治政府建设考核指标」", errors: m.errors)
                Div {
                    Label("指标表（Excel 或 CSV）") {}.attribute(named: "for", value: "f-file")
                    Input(type: .file, name: "file").id("f-file").attribute(named: "accept", value: ".xlsx,.csv")
                    Paragraph("列：编号、一级指标、二级指标、三级指标、分值、评分方式、计算口径、计分规则、无数据时、评分标准、佐证材料（顺序不限）。可先导出示范模板修改。")
                        .class("hint")
                }.class("field")
                Checkbox(label: "或者，从示范模板开始（8个一级指标，100分）", name: "template", value: "demo")
                Button("建立").attribute(named: "type", value: "submit").class("button")
            }.class("form")
            if !m.systems.isEmpty { roundForm(m, context) }
        }
    }

    private static func roundForm(_ m: Model, _ context: PageContext) -> Component {
        Div {
            H2("新建考核")
            Form(url: "/assessments/rounds", method: .post) {
                CSRFField(token: context.csrf)
                FormField(label: "考核名称", name: "title", value: m.round.title ?? "", required: true, errors: m.errors)
                SelectField(
                    label: "指标体系", name: "systemID", options: m.systems.map { ($0.id.uuidString, $0.system.name) },
                    selected: m.round.systemID, required: true, errors: m.errors)
                FormField(label: "考核年度", name: "year", value: m.round.year ?? "", required: true, errors: m.errors)
                CheckboxGroup(
                    legend: "被考核单位", name: "unitIDs",
                    options: OrganisationTree.sorted(m.units).map {
                        ($0.org.id.uuidString, String(repeating: "　", count: $0.depth) + $0.org.name)
                    }, checked: Set(m.round.unitIDs ?? []), errors: m.errors)
                Button("创建").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
