import FazhiCore
import FazhiStore
import Plot

/// The powers list: filters, the matters with their benchmarks, paging, export, and the import form.
enum EnforcementMatterListPage {
    struct Model {
        var matters: [PowerMatterRow]
        var total: Int
        var query: EnforcementMatterQuery
        var bodies: [EnforcementBodyRow]
        var mayEdit: Bool
        /// The body preselected in the import form.
        var importBody: String
        var errors: [FieldError]
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let query = model.query
        let suffix = query.queryString.isEmpty ? "" : "?" + query.queryString
        return Layout.page(context, title: "权责清单") {
            Paragraph { Link("← 执法主体", url: "/enforcement/bodies") }
            H1("权责清单")
            Paragraph("各执法主体的权责事项、实施依据和罚款裁量基准；列入免罚清单、轻罚清单的事项另行标明。").class("lead")
            filters(model)
            Paragraph {
                Text("共 \(model.total) 项　")
                Link("导出 Excel", url: "/enforcement/matters/export.xlsx\(suffix)")
                Text("　")
                Link("导出 CSV", url: "/enforcement/matters/export.csv\(suffix)")
                if model.mayEdit {
                    Text("　")
                    Link("新增事项", url: "/enforcement/matters/new" + (query.body.isEmpty ? "" : "?body=\(query.body)"))
                }
            }
            if model.matters.isEmpty {
                Paragraph("没有符合条件的事项。").class("muted")
            } else {
                table(model.matters)
                pager(model)
            }
            if model.mayEdit && !model.bodies.isEmpty { importForm(model, context) }
        }
    }

    private static func filters(_ model: Model) -> Component {
        Form(url: "/enforcement/matters", method: .get) {
            SelectField(
                label: "执法主体", name: "body", options: model.bodies.map { ($0.id.uuidString, $0.name) },
                selected: model.query.body, emptyTitle: "全部")
            SelectField(
                label: "职权类型", name: "kind", options: PowerKind.allCases.map { ($0.rawValue, $0.label) },
                selected: model.query.filter.kind?.rawValue, emptyTitle: "全部")
            SelectField(
                label: "清单", name: "list", options: PowerMatterList.allCases.map { ($0.rawValue, $0.label) },
                selected: model.query.list, emptyTitle: "全部")
            FormField(label: "关键词", name: "q", value: model.query.words, hint: "编码、名称或依据")
            Button("筛选").attribute(named: "type", value: "submit").class("button button-small")
        }.class("form filters")
    }

    private static func table(_ matters: [PowerMatterRow]) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("编码")
                TableHeaderCell("事项名称及裁量基准")
                TableHeaderCell("职权类型")
                TableHeaderCell("实施依据")
                TableHeaderCell("执法主体")
            }
        ) {
            for matter in matters {
                TableRow {
                    TableCell(matter.code).class("mono")
                    TableCell {
                        Link(matter.name, url: "/enforcement/matters/\(matter.id)")
                        EnforcementComponents.lists(matter)
                        if !matter.benchmark.ranges.isEmpty {
                            Foldable(
                                summary: "裁量基准（\(matter.benchmark.ranges.count)档）",
                                content: EnforcementComponents.benchmark(matter.benchmark))
                        }
                    }
                    TableCell(matter.kind.label)
                    TableCell(matter.legalBasis)
                    TableCell(matter.bodyName)
                }
            }
        }.class("table")
    }

    private static func pager(_ model: Model) -> Component {
        let pages = max(
            1, (model.total + EnforcementMatterController.pageSize - 1) / EnforcementMatterController.pageSize)
        let page = model.query.page
        let base = "/enforcement/matters?" + (model.query.queryString.isEmpty ? "" : model.query.queryString + "&")
        return Navigation {
            if page > 1 { Link("上一页", url: "\(base)page=\(page - 1)") }
            Span("第 \(page) / \(pages) 页")
            if page < pages { Link("下一页", url: "\(base)page=\(page + 1)") }
        }.class("pager").accessibilityLabel("分页")
    }

    private static func importForm(_ model: Model, _ context: PageContext) -> Component {
        Div {
            H2("导入权责清单")
            Paragraph {
                Text("按模板填写（同一事项的多个裁量情节各占一行、编码相同），上传 .xlsx 或 CSV 文件。整表检查无误后才写入；编码已有的事项按表格更新。")
                Link("下载模板（Excel）", url: "/enforcement/matters/template.xlsx")
                Text("　")
                Link("CSV", url: "/enforcement/matters/template.csv")
            }.class("hint")
            if !model.errors.isEmpty {
                Div {
                    H2("表格有\(model.errors.count)处需要修改，未导入任何事项")
                    List(model.errors) { error in ListItem(error.message) }
                }.class("error-summary").attribute(named: "role", value: "alert")
            }
            Form(url: "/enforcement/matters/import", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "执法主体", name: "body", options: model.bodies.map { ($0.id.uuidString, $0.name) },
                    selected: model.importBody, required: true, errors: model.errors)
                FormField(label: "文件", name: "file", type: .file, required: true, errors: model.errors)
                Button("导入").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
