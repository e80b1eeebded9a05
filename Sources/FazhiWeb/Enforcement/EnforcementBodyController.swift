import FazhiCore
import FazhiStore
import Vapor

/// 执法主体: the registered bodies in the user's scope and registering one; a body's officers and certificates,
/// adding an officer or a certificate, changing a certificate's status, and deactivating an officer.
struct EnforcementBodyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let bodies = routes.grouped("enforcement", "bodies")
        bodies.get(use: list)
        bodies.post(use: register)
        bodies.get(":id", use: show)
        bodies.post(":id", use: update)
        bodies.post(":id", "officers", use: addOfficer)
        bodies.post(":id", "certificates", use: addCertificate)
        bodies.post(":id", "officers", ":officerID", "deactivate", use: deactivate)
        bodies.post(":id", "certificates", ":certificateID", "status", use: setStatus)
    }

    /// The bodies with their counts, the certificates running out within 60 days, and the registration form.
    @Sendable func list(req: Request) async throws -> Response {
        try await renderList(
            req, form: EnforcementBodyInput(organisationID: nil, legalBasis: nil, territory: nil), errors: [])
    }

    /// Registers an organisation in scope as a body (or changes its registration).
    @Sendable func register(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = try req.content.decode(EnforcementBodyInput.self)
        do {
            let body = try await req.enforcementMasterData(member).saveBody(form, by: req.actor)
            return Flash.redirect(req, to: "/enforcement/bodies/\(body.id)", message: "已登记执法主体「\(body.name)」。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderList(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// A body's registration, officers and certificates, with the forms for those who may write.
    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let body = try await req.enforcementMasterData(member).body(try req.idParameter())
        return try await renderBody(req, forms: EnforcementBodyForms(registration: Self.registration(body)))
    }

    /// Changes the registration (legal basis, territory, status).
    @Sendable func update(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        var form = try req.content.decode(EnforcementBodyInput.self)
        form.organisationID = id.uuidString
        do {
            try await req.enforcementMasterData(member).saveBody(form, by: req.actor)
            return Flash.redirect(req, to: "/enforcement/bodies/\(id)", message: "已保存执法主体登记信息。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderBody(
                req, forms: EnforcementBodyForms(registration: form, failed: "registration", errors: error.fields),
                status: .unprocessableEntity)
        }
    }

    /// Adds an officer with the certificate they hold.
    @Sendable func addOfficer(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(OfficerInput.self)
        let data = req.enforcementMasterData(member)
        do {
            let officer = try await data.addOfficer(form, to: id, by: req.actor)
            return Flash.redirect(req, to: "/enforcement/bodies/\(id)", message: "已添加执法人员\(officer.name)。")
        } catch let error as DomainError where !error.fields.isEmpty {
            var forms = EnforcementBodyForms(
                registration: Self.registration(try await data.body(id)), failed: "officer", errors: error.fields)
            forms.officer = form
            return try await renderBody(req, forms: forms, status: .unprocessableEntity)
        }
    }

    /// Adds a certificate to one of the body's officers.
    @Sendable func addCertificate(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(CertificateForm.self)
        let data = req.enforcementMasterData(member)
        do {
            guard let officerID = form.officerID.flatMap(UUID.init(uuidString:)) else {
                throw DomainError.invalid("officerID", "请选择执法人员")
            }
            let officer = try await data.officer(officerID)
            guard officer.organisationID == id else { throw DomainError.invalid("officerID", "请选择本主体的执法人员") }
            try await data.addCertificate(form.input, to: officerID, by: req.actor)
            return Flash.redirect(req, to: "/enforcement/bodies/\(id)", message: "已为\(officer.name)添加执法证。")
        } catch let error as DomainError where !error.fields.isEmpty {
            var forms = EnforcementBodyForms(
                registration: Self.registration(try await data.body(id)), failed: "certificate",
                errors: error.fields.map {
                    FieldError($0.field == "officerID" ? $0.field : CertificateForm.field($0.field), $0.message)
                })
            forms.certificate = form
            return try await renderBody(req, forms: forms, status: .unprocessableEntity)
        }
    }

    /// Stops an officer of the body from enforcing.
    @Sendable func deactivate(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let data = req.enforcementMasterData(member)
        let officerID = try await EnforcementBodyAPIController.officer(req, data)
        try await data.deactivateOfficer(officerID, by: req.actor)
        return Flash.redirect(req, to: "/enforcement/bodies/\(id)", message: "已停用该执法人员。")
    }

    /// Suspends, revokes or restores a certificate of the body (`status`).
    @Sendable func setStatus(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let text = (try? req.content.get(String.self, at: "status")) ?? ""
        guard let status = EnforcementCertificate.Status(rawValue: text) else {
            throw DomainError.invalid("status", "请选择执法证状态")
        }
        try await req.enforcementMasterData(member).setCertificateStatus(
            try req.uuidParameter("certificateID"), to: status, in: id, by: req.actor)
        return Flash.redirect(req, to: "/enforcement/bodies/\(id)", message: "执法证状态已改为「\(status.label)」。")
    }

    static func registration(_ body: EnforcementBodyRow) -> EnforcementBodyInput {
        EnforcementBodyInput(
            organisationID: body.id.uuidString, legalBasis: body.legalBasis, territory: body.territory,
            status: body.status.rawValue)
    }

    private func renderList(
        _ req: Request, form: EnforcementBodyInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let registered = try await data.bodies()
        let ids = Set(registered.map(\.id))
        let candidates = data.mayEdit ? try await data.candidates().filter { !ids.contains($0.id) } : []
        let context = PageContext(req)
        return Layout.response(
            EnforcementBodyListPage.view(
                EnforcementBodyListPage.Model(
                    bodies: registered, expiring: try await data.expiringCertificates(), candidates: candidates,
                    mayEdit: data.mayEdit, form: form, errors: errors, today: req.today),
                context),
            context: context, status: status)
    }

    private func renderBody(_ req: Request, forms: EnforcementBodyForms, status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let id = try req.idParameter()
        let body = try await data.body(id)
        let context = PageContext(req)
        return Layout.response(
            EnforcementBodyPage.view(
                EnforcementBodyPage.Model(
                    body: body, officers: try await data.officers(of: id),
                    users: data.mayEdit ? try await data.linkableUsers(of: id) : [], mayEdit: data.mayEdit,
                    forms: forms, today: req.today),
                context),
            context: context, status: status)
    }
}
