import FazhiCore
import FazhiStore
import Plot
import Vapor

/// One's own account: changing the password.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let account = routes.grouped("account")
        account.get("password", use: passwordForm)
        account.post("password", use: changePassword)
    }

    struct PasswordForm: Content {
        var current: String?
        var new: String?
        var confirm: String?
    }

    /// The password change form.
    @Sendable func passwordForm(req: Request) async throws -> Response {
        _ = try req.requireMember()
        let context = PageContext(req)
        return Layout.response(PasswordPage.view(errors: [], context), context: context)
    }

    /// Changes the password; the user's other sessions end.
    @Sendable func changePassword(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let input = try req.content.decode(PasswordForm.self)
        do {
            if (input.new ?? "") != (input.confirm ?? "") { throw DomainError.invalid("confirm", "两次输入的新密码不一致") }
            try await req.accounts.changePassword(
                userID: member.user.id, current: input.current ?? "", new: input.new ?? "",
                keepSession: req.sessionToken)
            return Flash.redirect(req, to: "/workbench", message: "密码已修改，您在其他设备上的登录已退出。")
        } catch let error as DomainError where !error.fields.isEmpty {
            let context = PageContext(req)
            return Layout.response(
                PasswordPage.view(errors: error.fields, context), context: context, status: .unprocessableEntity)
        }
    }
}

enum PasswordPage {
    static func view(errors: [FieldError], _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "修改密码") {
            Div {
                H1("修改密码")
                ErrorSummary(errors: errors)
                Form(url: "/account/password", method: .post) {
                    CSRFField(token: context.csrf)
                    FormField(
                        label: "当前密码", name: "current", type: .password, required: true, errors: errors,
                        autocomplete: "current-password")
                    FormField(
                        label: "新密码", name: "new", type: .password, required: true,
                        hint: "至少\(PasswordPolicy.minimumLength)位，须同时包含字母和数字", errors: errors,
                        autocomplete: "new-password")
                    FormField(
                        label: "再次输入新密码", name: "confirm", type: .password, required: true, errors: errors,
                        autocomplete: "new-password")
                    Button("保存").attribute(named: "type", value: "submit").class("button")
                }
            }.class("narrow")
        }
    }
}
