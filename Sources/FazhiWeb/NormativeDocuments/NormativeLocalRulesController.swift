import FazhiCore
import FazhiStore
import Vapor

/// 本地规定: the policy that applies at an organisation, and the form on which the administrator or the justice
/// bureau enters the region's own rules on normative documents.
struct NormativeLocalRulesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let rules = routes.grouped("normative", "rules")
        rules.get(use: show)
        rules.post(use: save)
    }

    /// `?organisation=`: an organisation in scope (default: the member's nearest government).
    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin, .justice)
        let id = try await Self.organisation(req, member)
        let entry = try await req.normativeLocalRules(member).entry(for: id)
        let form = NormativeLocalRulesForm(
            entry.own ?? entry.applied.localRules ?? .national, organisationID: entry.organisation.id)
        return try await render(req, member, entry: entry, form: form, errors: [])
    }

    @Sendable func save(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin, .justice)
        let form = try req.content.decode(NormativeLocalRulesForm.self)
        guard let id = form.organisationID.flatMap(UUID.init(uuidString:)) else {
            throw DomainError.notFound("机构不存在，或不在您的管辖范围内")
        }
        let rules = req.normativeLocalRules(member)
        do {
            let entry = try await rules.save(try form.rules(), for: id, by: req.actor)
            return Flash.redirect(
                req, to: "/normative/rules?organisation=\(id)", message: "已保存\(entry.organisation.name)的本地规定。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(
                req, member, entry: try await rules.entry(for: id), form: form, errors: error.fields,
                status: .unprocessableEntity)
        }
    }

    /// The organisation of `?organisation=`, else the member's nearest government (the root of a supervisor's scope).
    static func organisation(_ req: Request, _ member: Accounts.Member) async throws -> UUID {
        if let text = try? req.query.get(String.self, at: "organisation"), !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw DomainError.notFound("机构不存在，或不在您的管辖范围内") }
            return id
        }
        let organisations = try await req.organisations(member).list(includeInactive: false)
        let nearest = organisations.filter { $0.kind == .government && $0.path.contains(member.organisation.path) }
            .max { $0.path.value.count < $1.path.value.count }
        return nearest?.id ?? member.scopeRoot.id
    }

    private func render(
        _ req: Request, _ member: Accounts.Member, entry: NormativeLocalRulesRepository.Entry,
        form: NormativeLocalRulesForm, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let organisations = try await req.organisations(member).list(includeInactive: false)
        let context = PageContext(req)
        return Layout.response(
            NormativeLocalRulesPage.view(
                entry, organisations: organisations, form: form, errors: errors, context),
            context: context, status: status)
    }
}
