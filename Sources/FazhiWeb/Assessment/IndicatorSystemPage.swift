import FazhiCore
import FazhiStore
import Plot

/// An indicator system: the tree as a table, the editor with the sheet's columns, and import and export.
enum IndicatorSystemPage {
    static func view(_ row: IndicatorSystemRow, grid: [[String]], errors: [FieldError], _ context: PageContext)
        -> PageHTML
    {
        let system = row.system
        return Layout.page(context, title: system.name) {
            Paragraph { Link("← 考核评价", url: "/assessments") }
            H1(system.name)
            Paragraph(
                "\(row.organisationName)　共\(system.total.text)分；一级/二级/三级指标 \(system.countsByLevel.map(String.init).joined(separator: "/")) 项。"
            ).class("lead")
            Paragraph {
                Link("导出 Excel", url: "/assessments/systems/\(row.id)/export.xlsx")
                Text("　")
                Link("导出 CSV", url: "/assessments/systems/\(row.id)/export.csv")
            }
            Table(
                header: TableRow {
                    TableHeaderCell("编号")
                    TableHeaderCell("指标")
                    TableHeaderCell("分值")
                    TableHeaderCell("评分方式")
                    TableHeaderCell("计分")
                    TableHeaderCell("佐证材料")
                }
            ) {
                for indicator in system.all {
                    TableRow {
                        TableCell(indicator.code).class("mono")
                        TableCell(String(repeating: "　", count: indicator.level - 1) + indicator.name)
                            .class(indicator.isLeaf ? "" : "strong")
                        TableCell(indicator.points.text)
                        TableCell(indicator.method?.label ?? "")
                        TableCell(AssessmentText.method(indicator))
                        TableCell(indicator.evidence)
                    }
                }
            }.class("table")
            H2("修改指标体系")
            ErrorSummary(errors: errors)
            Paragraph("逐行填写，与导出的表格列相同：一行一个指标，名称写在所属层级的列；上级指标的分值等于下级之和。错误提示中的行号即下表左侧的行号。")
                .class("hint")
            Form(url: "/assessments/systems/\(row.id)", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                FormField(label: "名称", name: "name", value: system.name, required: true, errors: errors)
                Input(type: .hidden, name: "rows", value: String(grid.count))
                Div {
                    Table(
                        header: TableRow {
                            TableHeaderCell("行")
                            for column in IndicatorSystem.tableColumns { TableHeaderCell(column.header) }
                        }
                    ) {
                        for (index, cells) in grid.enumerated() {
                            TableRow {
                                TableCell("\(index + 2)").class("mono")
                                for (column, value) in cells.enumerated() {
                                    TableCell {
                                        Input(type: .text, name: "r\(index)c\(column)", value: value)
                                            .attribute(
                                                named: "aria-label",
                                                value: "第\(index + 2)行\(IndicatorSystem.tableColumns[column].header)")
                                    }
                                }
                            }
                        }
                    }.class("table grid-editor")
                }.class("table-scroll")
                Div {
                    Label("或上传指标表替换（Excel 或 CSV）") {}.attribute(named: "for", value: "f-file")
                    Input(type: .file, name: "file").id("f-file").attribute(named: "accept", value: ".xlsx,.csv")
                }.class("field")
                Button("保存").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}

/// How an indicator is scored, in words.
enum AssessmentText {
    static func method(_ indicator: Indicator) -> String {
        switch indicator.method {
        case .automatic(let code, let rule, let noData)?:
            let metric = AssessmentMetric.named(code)
            return "\(metric?.name ?? code)：\(rule.text(metric?.direction ?? .higherIsBetter))；无数据时\(noData.label)"
        case .manual(let required)?: return required ? "人工评分，须上传佐证材料" : "人工评分"
        case nil: return ""
        }
    }
}
