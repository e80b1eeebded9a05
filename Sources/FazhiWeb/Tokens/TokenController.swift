import FazhiCore
import FazhiStore
import Plot
import Vapor

/// 接口令牌: administrators issue tokens for systems that integrate through the API.
/// A new token is shown once; only its hash is stored.
struct TokenController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let tokens = routes.grouped("admin", "tokens")
        tokens.get(use: list)
        tokens.post(use: issue)
        tokens.post(":id", "revoke", use: revoke)
    }

    struct IssueForm: Content {
        var name: String?
        var organisationID: String?
    }

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        return try await render(req, member, secret: nil, form: IssueForm(), errors: [])
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let form = try req.content.decode(IssueForm.self)
        do {
            let issued = try await req.tokens(member).issue(
                name: form.name ?? "", organisationID: form.organisationID.flatMap(UUID.init(uuidString:)),
                by: req.actor)
            // Shown on this response only (not a redirect), so the secret never sits in a cookie or a URL.
            return try await render(req, member, secret: issued.secret, form: IssueForm(), errors: [])
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(
                req, member, secret: nil, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        try await req.tokens(member).revoke(try req.idParameter(), by: req.actor)
        return Flash.redirect(req, to: "/admin/tokens", message: "令牌已撤销，立即失效。")
    }

    private func render(
        _ req: Request, _ member: Accounts.Member, secret: String?, form: IssueForm, errors: [FieldError],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let tokens = try await req.tokens(member).list()
        let orgs = try await req.organisations(member).list(includeInactive: false)
        let context = PageContext(req)
        let html = Layout.page(context, title: "接口令牌") {
            H1("接口令牌")
            Paragraph("对接系统通过 /api/v1 调用本平台时，在请求头 Authorization: Bearer 中携带令牌。令牌以签发人的角色操作，仅限所选机构及其下级的数据。").class(
                "muted")
            if let secret {
                Div {
                    H2("新令牌已签发")
                    Paragraph("请立即复制保存。关闭本页后将无法再次查看。")
                    Paragraph(secret).class("mono secret")
                }.class("card notice").attribute(named: "role", value: "status")
            }
            Table(
                header: TableRow {
                    TableHeaderCell("名称")
                    TableHeaderCell("前缀")
                    TableHeaderCell("适用机构")
                    TableHeaderCell("签发人")
                    TableHeaderCell("最近使用")
                    TableHeaderCell("状态")
                }
            ) {
                for token in tokens {
                    TableRow {
                        TableCell(token.name)
                        TableCell(token.prefix + "…").class("mono")
                        TableCell(token.organisationName)
                        TableCell(token.createdBy)
                        TableCell(token.lastUsedAt.map(DisplayFormat.dateTime) ?? "从未")
                        TableCell {
                            if token.revokedAt == nil {
                                PostButton(
                                    title: "撤销", action: "/admin/tokens/\(token.id)/revoke", csrf: context.csrf,
                                    danger: true)
                            } else {
                                Badge(text: "已撤销")
                            }
                        }
                    }
                }
            }.class("table")
            H2("签发新令牌")
            ErrorSummary(errors: errors)
            Form(url: "/admin/tokens", method: .post) {
                CSRFField(token: context.csrf)
                FormField(
                    label: "令牌名称", name: "name", value: form.name ?? "", required: true, hint: "如「12345热线对接」",
                    errors: errors)
                SelectField(
                    label: "适用机构", name: "organisationID",
                    options: OrganisationTree.sorted(orgs).map {
                        ($0.org.id.uuidString, String(repeating: "　", count: $0.depth) + $0.org.name)
                    },
                    selected: form.organisationID, required: true, errors: errors)
                Button("签发").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
        return Layout.response(html, context: context, status: status)
    }
}
