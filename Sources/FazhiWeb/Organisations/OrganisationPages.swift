import FazhiCore
import Plot

/// The tree of organisations with their status and actions.
enum OrganisationListPage {
    static func view(_ orgs: [Organisation], preset: LevelPreset, _ context: PageContext) -> PageHTML {
        let rows = OrganisationTree.sorted(orgs)
        let levels = OrganisationTree.levelNames(orgs, preset: preset)
        return Layout.page(context, title: "机构管理") {
            H1("机构管理")
            Paragraph {
                Link("新建机构", url: "/admin/orgs/new").class("button")
            }
            Table(
                header: TableRow {
                    TableHeaderCell("机构名称")
                    TableHeaderCell("简称")
                    TableHeaderCell("层级")
                    TableHeaderCell("类型")
                    TableHeaderCell("统一社会信用代码")
                    TableHeaderCell("状态")
                    TableHeaderCell("操作")
                }
            ) {
                for row in rows {
                    TableRow {
                        TableCell(Link(row.org.name, url: "/admin/orgs/\(row.org.id)")).class(
                            "depth-\(min(row.depth, 6))")
                        TableCell(row.org.shortName)
                        TableCell(levels[row.org.id] ?? "—")
                        TableCell(row.org.kind.label)
                        TableCell(row.org.creditCode ?? "—").class("mono")
                        TableCell(Badge(text: row.org.active ? "启用" : "已停用", tone: row.org.active ? .good : .neutral))
                        TableCell(Link("新建下级", url: "/admin/orgs/new?parent=\(row.org.id)"))
                    }
                }
            }.class("table tree-table")
        }
    }
}

/// The form to create or edit an organisation; for an existing one also moving and (de)activating.
struct OrganisationFormPage {
    let org: Organisation?
    let form: OrganisationController.OrgForm
    let parents: [Organisation]
    let errors: [FieldError]

    static func view(_ page: OrganisationFormPage, _ context: PageContext) -> PageHTML {
        let title = page.org.map { "编辑机构：\($0.name)" } ?? "新建机构"
        let parentOptions = OrganisationTree.sorted(page.parents)
            .filter { row in page.org.map { !$0.path.contains(row.org.path) } ?? true }
            .map { (value: $0.org.id.uuidString, title: String(repeating: "　", count: $0.depth) + $0.org.name) }
        return Layout.page(context, title: title) {
            H1(title)
            ErrorSummary(errors: page.errors)
            Form(url: page.org.map { "/admin/orgs/\($0.id)" } ?? "/admin/orgs", method: .post) {
                CSRFField(token: context.csrf)
                if page.org == nil {
                    SelectField(
                        label: "上级机构", name: "parentID", options: parentOptions, selected: page.form.parentID,
                        required: true, errors: page.errors)
                }
                FormField(label: "机构名称", name: "name", value: page.form.name ?? "", required: true, errors: page.errors)
                FormField(
                    label: "简称", name: "shortName", value: page.form.shortName ?? "", hint: "不填则与名称相同",
                    errors: page.errors)
                SelectField(
                    label: "机构类型", name: "kind", options: OrgKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: page.form.kind, required: true, errors: page.errors)
                FormField(
                    label: "统一社会信用代码", name: "creditCode", value: page.form.creditCode ?? "",
                    hint: "18位，按 GB 32100 校验", errors: page.errors)
                FormField(
                    label: "别名", name: "aliases", value: page.form.aliases ?? "",
                    hint: "多个别名用顿号或逗号分隔，如「依法治区办、区依法治理办」；用于识别文件中的责任单位", errors: page.errors)
                Button("保存").attribute(named: "type", value: "submit").class("button")
            }.class("form")
            if let org = page.org {
                H2("调整隶属关系")
                Form(url: "/admin/orgs/\(org.id)/move", method: .post) {
                    CSRFField(token: context.csrf)
                    SelectField(
                        label: "新的上级机构", name: "parentID", options: parentOptions, selected: org.parentID?.uuidString,
                        required: true)
                    Button("移动").attribute(named: "type", value: "submit").class("button button-secondary")
                }.class("form")
                H2("状态")
                Paragraph {
                    Badge(text: org.active ? "启用" : "已停用", tone: org.active ? .good : .neutral)
                    Text(" 停用后该机构的账号不能登录，历史记录保留。")
                }
                PostButton(
                    title: org.active ? "停用该机构" : "启用该机构",
                    action: "/admin/orgs/\(org.id)/\(org.active ? "deactivate" : "activate")", csrf: context.csrf,
                    danger: org.active)
                Paragraph { Link("查看该机构的审计记录", url: "/admin/audit?entity=\(org.id.uuidString)") }
            }
        }
    }
}
