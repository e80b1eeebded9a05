import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/bodies`: the registered bodies, their officers and certificates, as on the 执法主体 pages.
struct EnforcementBodyAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let bodies = routes.grouped("enforcement", "bodies")
        bodies.get(use: list)
        bodies.get("expiring-certificates", use: expiring)
        bodies.get(":id", use: show)
        bodies.put(":id", use: register)
        bodies.post(":id", "officers", use: addOfficer)
        bodies.post(":id", "officers", ":officerID", "certificates", use: addCertificate)
        bodies.post(":id", "officers", ":officerID", "deactivate", use: deactivate)
        bodies.post(":id", "certificates", ":certificateID", "status", use: setStatus)
    }

    /// The bodies in the caller's scope with their counts.
    @Sendable func list(req: Request) async throws -> [EnforcementBodyDTO] {
        let member = try req.requireMember()
        return try await req.enforcementMasterData(member).bodies().map { EnforcementBodyDTO($0) }
    }

    /// Certificates in scope that run out within `?days=` (default 60).
    @Sendable func expiring(req: Request) async throws -> [EnforcementCertificateDTO] {
        let member = try req.requireMember()
        let days = min(max((try? req.query.get(Int.self, at: "days")) ?? 60, 1), 366)
        return try await req.enforcementMasterData(member).expiringCertificates(within: days).map(
            EnforcementCertificateDTO.init)
    }

    /// One body with its officers and their certificates.
    @Sendable func show(req: Request) async throws -> EnforcementBodyDTO {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let id = try req.idParameter()
        return EnforcementBodyDTO(try await data.body(id), officers: try await data.officers(of: id))
    }

    /// Registers the organisation `{id}` as a body, or changes its registration.
    @Sendable func register(req: Request) async throws -> EnforcementBodyDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let body = try req.json(EnforcementBodyRequest.self)
        let row = try await req.enforcementMasterData(member).saveBody(
            EnforcementBodyInput(
                organisationID: id.uuidString, legalBasis: body.legalBasis, territory: body.territory,
                status: body.status), by: req.actor)
        return EnforcementBodyDTO(row)
    }

    /// Adds an officer with their certificate.
    @Sendable func addOfficer(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let officer = try await req.enforcementMasterData(member).addOfficer(
            try req.json(OfficerInput.self), to: id, by: req.actor)
        return try APIResponse.created(EnforcementOfficerDTO(officer), at: "/api/v1/enforcement/bodies/\(id)")
    }

    /// Adds a certificate to an officer of the body.
    @Sendable func addCertificate(req: Request) async throws -> EnforcementOfficerDTO {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let officerID = try await Self.officer(req, data)
        return EnforcementOfficerDTO(
            try await data.addCertificate(try req.json(CertificateInput.self), to: officerID, by: req.actor))
    }

    /// Stops an officer of the body from enforcing.
    @Sendable func deactivate(req: Request) async throws -> EnforcementOfficerDTO {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let officerID = try await Self.officer(req, data)
        try await data.deactivateOfficer(officerID, by: req.actor)
        return EnforcementOfficerDTO(try await data.officer(officerID))
    }

    /// Sets a certificate's status: `valid`, `suspended` or `revoked`.
    @Sendable func setStatus(req: Request) async throws -> [EnforcementOfficerDTO] {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let id = try req.idParameter()
        let request = try req.json(CertificateStatusRequest.self)
        guard let status = EnforcementCertificate.Status(rawValue: request.status) else {
            throw DomainError.invalid("status", "状态应为 valid（有效）、suspended（暂扣）或 revoked（注销）")
        }
        let certificateID = try req.uuidParameter("certificateID")
        try await data.setCertificateStatus(certificateID, to: status, in: id, by: req.actor)
        return try await data.officers(of: id).map(EnforcementOfficerDTO.init)
    }

    /// The `:officerID` of the path, which must be an officer of the body `:id` (else 404).
    static func officer(_ req: Request, _ data: EnforcementMasterDataRepository) async throws -> UUID {
        let officer = try await data.officer(try req.uuidParameter("officerID"))
        guard officer.organisationID == (try req.idParameter()) else { throw DomainError.notFound("执法人员不存在") }
        return officer.id
    }
}
