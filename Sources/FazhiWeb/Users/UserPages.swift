import FazhiCore
import FazhiStore
import Plot

enum UserListPage {
    static func view(_ users: [UserListing], _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "用户管理") {
            H1("用户管理")
            Paragraph { Link("新建用户", url: "/admin/users/new").class("button") }
            Table(
                header: TableRow {
                    TableHeaderCell("登录名")
                    TableHeaderCell("姓名")
                    TableHeaderCell("所属机构")
                    TableHeaderCell("角色")
                    TableHeaderCell("状态")
                }
            ) {
                for listing in users {
                    TableRow {
                        TableCell(Link(listing.user.username, url: "/admin/users/\(listing.user.id)")).class("mono")
                        TableCell(listing.user.displayName)
                        TableCell(listing.organisation.name)
                        TableCell(listing.user.roles.sorted().map(\.label).joined(separator: "、"))
                        TableCell(
                            Badge(
                                text: listing.user.active ? "启用" : "已停用", tone: listing.user.active ? .good : .neutral))
                    }
                }
            }.class("table")
        }
    }
}

struct UserFormPage {
    let user: User?
    let form: UserController.UserForm
    let organisations: [Organisation]
    let errors: [FieldError]

    static func view(_ page: UserFormPage, _ context: PageContext) -> PageHTML {
        let title = page.user.map { "编辑用户：\($0.displayName)" } ?? "新建用户"
        let orgOptions = OrganisationTree.sorted(page.organisations).map {
            (value: $0.org.id.uuidString, title: String(repeating: "　", count: $0.depth) + $0.org.name)
        }
        return Layout.page(context, title: title) {
            H1(title)
            ErrorSummary(errors: page.errors)
            Form(url: page.user.map { "/admin/users/\($0.id)" } ?? "/admin/users", method: .post) {
                CSRFField(token: context.csrf)
                if page.user == nil {
                    FormField(
                        label: "登录名", name: "username", value: page.form.username ?? "", required: true,
                        hint: "字母、数字和 - _ .，创建后不能修改", errors: page.errors, autocomplete: "off")
                } else {
                    Paragraph {
                        Text("登录名："); Span(page.form.username ?? "").class("mono")
                    }
                }
                FormField(
                    label: "姓名", name: "displayName", value: page.form.displayName ?? "", required: true,
                    errors: page.errors)
                SelectField(
                    label: "所属机构", name: "organisationID", options: orgOptions, selected: page.form.organisationID,
                    required: true, errors: page.errors)
                CheckboxGroup(
                    legend: "角色", name: "roles", options: Role.allCases.map { ($0.rawValue, $0.label) },
                    checked: Set(page.form.roles ?? []), errors: page.errors)
                FormField(
                    label: page.user == nil ? "初始密码" : "重置密码", name: "password", type: .password,
                    required: page.user == nil,
                    hint: page.user == nil ? "至少\(PasswordPolicy.minimumLength)位，须同时包含字母和数字" : "不填则不修改；重置后该用户需重新登录",
                    errors: page.errors, autocomplete: "new-password")
                Button("保存").attribute(named: "type", value: "submit").class("button")
            }.class("form")
            if let user = page.user {
                H2("状态")
                Paragraph { Badge(text: user.active ? "启用" : "已停用", tone: user.active ? .good : .neutral) }
                PostButton(
                    title: user.active ? "停用该账号" : "启用该账号",
                    action: "/admin/users/\(user.id)/\(user.active ? "deactivate" : "activate")", csrf: context.csrf,
                    danger: user.active)
            }
        }
    }
}
