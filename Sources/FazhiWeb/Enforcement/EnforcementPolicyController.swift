import FazhiCore
import FazhiStore
import Vapor

/// 执法制度参数: the thresholds a government sets for its agencies' cases (hearing, legal review, collective
/// discussion, publicity, repeated inspections), shown to everyone and entered by the administrator or the justice
/// bureau; while none is entered the defaults apply, marked 「参照」.
struct EnforcementPolicyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let policy = routes.grouped("enforcement", "policy")
        policy.get(use: show)
        policy.post(use: save)
    }

    /// What applies at an organisation.
    struct Entry {
        var organisation: Organisation
        var policy: EnforcementPolicy
        /// The organisation whose entry applies (nil: the defaults).
        var appliedFrom: Organisation?
    }

    /// `?organisation=`: an organisation in scope (default: the member's nearest government in scope, else the
    /// member's own organisation).
    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let entry = try await Self.entry(req, member)
        return try await render(
            req, member, entry: entry, form: EnforcementPolicyForm(entry.policy, organisationID: entry.organisation.id),
            errors: [])
    }

    @Sendable func save(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin, .justice)
        let form = try req.content.decode(EnforcementPolicyForm.self)
        guard let id = form.organisationID.flatMap(UUID.init(uuidString:)) else {
            throw DomainError.notFound("机构不存在，或不在您的管辖范围内")
        }
        let organisation = try await req.organisations(member).find(id)
        do {
            try await EnforcementPolicies.set(try form.policy(), for: organisation, by: req.actor, on: req.db)
            return Flash.redirect(
                req, to: "/enforcement/policy?organisation=\(id)", message: "已保存\(organisation.name)的执法制度参数。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(
                req, member, entry: try await Self.entry(req, member, organisation: id), form: form,
                errors: error.fields, status: .unprocessableEntity)
        }
    }

    static func entry(_ req: Request, _ member: Accounts.Member, organisation id: UUID? = nil) async throws -> Entry {
        let organisations = req.organisations(member)
        var chosen = id
        if chosen == nil, let text = try? req.query.get(String.self, at: "organisation"), !text.isEmpty {
            guard let parsed = UUID(uuidString: text) else { throw DomainError.notFound("机构不存在，或不在您的管辖范围内") }
            chosen = parsed
        }
        let organisation: Organisation
        if let chosen {
            organisation = try await organisations.find(chosen)
        } else {
            let visible = try await organisations.list(includeInactive: false)
            organisation =
                visible.filter { $0.kind == .government && $0.path.contains(member.organisation.path) }
                .max { $0.path.value.count < $1.path.value.count } ?? member.organisation
        }
        let applied = try await EnforcementPolicies.applied(to: organisation.path, on: req.db)
        // The entry above may lie outside the member's scope (a region's thresholds seen from a city): its name
        // is public.
        var from: Organisation?
        if let above = applied.organisationID {
            from = try await OrganisationRepository(db: req.db, scope: .system).find(above)
        }
        return Entry(organisation: organisation, policy: applied.policy, appliedFrom: from)
    }

    private func render(
        _ req: Request, _ member: Accounts.Member, entry: Entry, form: EnforcementPolicyForm, errors: [FieldError],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let mayEdit = member.user.has(.admin) || member.user.has(.justice)
        let governments =
            mayEdit
            ? try await req.organisations(member).list(includeInactive: false).filter { $0.kind == .government } : []
        let context = PageContext(req)
        return Layout.response(
            EnforcementPolicyPage.view(
                entry, governments: governments, mayEdit: mayEdit, form: form, errors: errors, context),
            context: context, status: status)
    }
}
