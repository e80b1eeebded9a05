import FazhiCore
import Fluent
import Foundation
import SQLKit

extension EnforcementMasterDataRepository {
    /// Adds an officer to a body in the scope with the certificate they hold.
    @discardableResult
    public func addOfficer(_ input: OfficerInput, to bodyID: UUID, by actor: Actor) async throws
        -> EnforcementOfficerRow
    {
        try requireEditor()
        let valid = try input.validated()
        let body = try await self.body(bodyID)
        guard body.status != .revoked else { throw DomainError.conflict("「\(body.name)」的执法主体资格已撤销，不能再添加执法人员") }
        if let user = valid.userID { try await checkUser(user) }
        let officerID = UUID()
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await Self.checkNumber(valid.certificate.number, field: "certificateNumber", on: sql)
            try await sql.insert(into: "enforcement_officers")
                .columns("id", "organisation_id", "org_path", "name", "duty", "user_id", "active", "created_at")
                .values(
                    SQLBind(officerID), SQLBind(body.id), SQLBind(body.path.value), SQLBind(valid.name),
                    SQLBind(valid.duty.rawValue), SQLBind(valid.userID), SQLBind(true), SQLBind(Date())
                ).run()
            let certificateID = try await insert(valid.certificate, officer: officerID, body: body, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.officer.add", "enforcement_officer", id: officerID.uuidString,
                    before: nil as OfficerRecord?,
                    after: OfficerRecord(
                        name: valid.name, duty: valid.duty.rawValue, userID: valid.userID, active: true,
                        certificate: CertificateRecord(valid.certificate, id: certificateID, status: .valid))),
                orgPath: body.path, by: actor, on: tx)
        }
        return try await officer(officerID)
    }

    /// Adds a certificate to an officer in the scope (a renewal, or a second field).
    @discardableResult
    public func addCertificate(_ input: CertificateInput, to officerID: UUID, by actor: Actor) async throws
        -> EnforcementOfficerRow
    {
        try requireEditor()
        let valid = try input.validated()
        let officer = try await self.officer(officerID)
        guard officer.active else { throw DomainError.conflict("「\(officer.name)」已停用，不能再添加执法证") }
        let body = try await self.body(officer.organisationID)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await Self.checkNumber(valid.number, field: "number", on: sql)
            let id = try await insert(valid, officer: officer.id, body: body, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.certificate.add", "enforcement_certificate", id: id.uuidString,
                    before: nil as CertificateRecord?, after: CertificateRecord(valid, id: id, status: .valid)),
                orgPath: body.path, by: actor, on: tx)
        }
        return try await self.officer(officerID)
    }

    /// Suspends, revokes or restores a certificate in the scope.
    /// With `bodyID`, the certificate must be one of that body's (else 404).
    public func setCertificateStatus(
        _ certificateID: UUID, to status: EnforcementCertificate.Status, in bodyID: UUID? = nil, by actor: Actor
    ) async throws {
        try requireEditor()
        let row = try await certificate(certificateID)
        if let bodyID, bodyID != row.organisationID { throw Self.notFound }
        guard row.certificate.status != status else { return }
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw(
                "UPDATE enforcement_certificates SET status = \(bind: status.rawValue) WHERE id = \(bind: certificateID)"
            ).run()
            try await AuditLog.append(
                .of(
                    "enforcement.certificate.status", "enforcement_certificate", id: certificateID.uuidString,
                    before: ["number": row.certificate.number, "status": row.certificate.status.rawValue],
                    after: ["number": row.certificate.number, "status": status.rawValue]),
                orgPath: row.path, by: actor, on: tx)
        }
    }

    /// Stops an officer in the scope from enforcing (transferred, retired); their certificates stay on record.
    public func deactivateOfficer(_ officerID: UUID, by actor: Actor) async throws {
        try requireEditor()
        let officer = try await self.officer(officerID)
        guard officer.active else { return }
        let body = try await self.body(officer.organisationID)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw(
                "UPDATE enforcement_officers SET active = \(bind: false) WHERE id = \(bind: officerID)"
            ).run()
            try await AuditLog.append(
                .of(
                    "enforcement.officer.deactivate", "enforcement_officer", id: officerID.uuidString,
                    before: ["name": officer.name, "active": "true"], after: ["name": officer.name, "active": "false"]),
                orgPath: body.path, by: actor, on: tx)
        }
    }

    /// The officers of a body in the scope, active first, each with their certificates.
    public func officers(of bodyID: UUID, includeInactive: Bool = true) async throws -> [EnforcementOfficerRow] {
        _ = try await body(bodyID)
        return try await officerRows(
            includeInactive
                ? "e.organisation_id = \(bind: bodyID)"
                : "e.organisation_id = \(bind: bodyID) AND e.active = \(bind: true)")
    }

    /// One officer in the scope.
    public func officer(_ id: UUID) async throws -> EnforcementOfficerRow {
        guard let officer = try await officerRows("e.id = \(bind: id)").first else { throw Self.notFound }
        return officer
    }

    /// Certificates in the scope, still valid, that run out within `days` (of active officers), soonest first.
    public func expiringCertificates(within days: Int = 60) async throws -> [EnforcementCertificateRow] {
        try await certificateRows(
            """
            e.active = \(bind: true) AND c.status = 'valid' AND c.valid_to >= \(bind: today.iso)
            AND c.valid_to <= \(bind: today.adding(days: days).iso)
            """, order: "c.valid_to, c.number")
    }

    /// One certificate in the scope, with the body's path.
    func certificate(_ id: UUID) async throws -> (
        certificate: EnforcementCertificate, path: OrgPath, organisationID: UUID
    ) {
        let row = try await sql.raw(
            """
            SELECT c.number, c.status, c.valid_from, c.valid_to, c.org_path, c.organisation_id, e.name
            FROM enforcement_certificates c
            JOIN enforcement_officers e ON e.id = c.officer_id
            WHERE c.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("c.org_path", on: sql))
            """
        ).first()
        guard let row else { throw Self.notFound }
        return (
            try Self.certificate(row), OrgPath(value: try row.decode(column: "org_path", as: String.self)),
            try row.decode(column: "organisation_id", as: UUID.self)
        )
    }

    private func officerRows(_ condition: SQLQueryString) async throws -> [EnforcementOfficerRow] {
        let rows = try await sql.raw(
            """
            SELECT e.id, e.organisation_id, e.name, e.duty, e.user_id, e.active FROM enforcement_officers e
            WHERE \(condition) AND \(scope.root.sqlSubtreeRange("e.org_path", on: sql))
            ORDER BY e.active DESC, e.created_at, e.name
            """
        ).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return [] }
        let certificates = Dictionary(
            grouping: try await certificateRows(
                "c.officer_id IN (\(binds: ids))", order: "c.valid_to DESC"),
            by: \.officerID)
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return EnforcementOfficerRow(
                id: id, organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                name: try row.decode(column: "name", as: String.self),
                duty: OfficerDuty(rawValue: try row.decode(column: "duty", as: String.self)) ?? .enforcement,
                userID: try row.decode(column: "user_id", as: UUID?.self),
                active: try row.decode(column: "active", as: Bool.self), certificates: certificates[id] ?? [])
        }
    }

    private func certificateRows(_ condition: SQLQueryString, order: String) async throws
        -> [EnforcementCertificateRow]
    {
        let rows = try await sql.raw(
            """
            SELECT c.id, c.officer_id, c.organisation_id, c.number, c.issuer, c.fields, c.valid_from, c.valid_to,
                   c.status, e.name, e.active, o.name AS body_name
            FROM enforcement_certificates c JOIN enforcement_officers e ON e.id = c.officer_id
            JOIN organisations o ON o.id = c.organisation_id
            WHERE \(condition) AND \(scope.root.sqlSubtreeRange("c.org_path", on: sql))
            ORDER BY \(unsafeRaw: order)
            """
        ).all()
        return try rows.map { row in
            let certificate = try Self.certificate(row)
            return EnforcementCertificateRow(
                id: try row.decode(column: "id", as: UUID.self),
                officerID: try row.decode(column: "officer_id", as: UUID.self),
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                bodyName: try row.decode(column: "body_name", as: String.self), certificate: certificate,
                issuer: try row.decode(column: "issuer", as: String.self),
                fields: try row.decode(column: "fields", as: String.self),
                holderActive: try row.decode(column: "active", as: Bool.self),
                problemToday: certificate.problem(on: today))
        }
    }

    static func certificate(_ row: any SQLRow) throws -> EnforcementCertificate {
        EnforcementCertificate(
            number: try row.decode(column: "number", as: String.self),
            holderName: try row.decode(column: "name", as: String.self),
            validFrom: try CivilDate.column(row, "valid_from"), validTo: try CivilDate.column(row, "valid_to"),
            status: EnforcementCertificate.Status(rawValue: try row.decode(column: "status", as: String.self))
                ?? .revoked)
    }

    /// A certificate number is unique across the platform (a certificate is issued once, by the province).
    static func checkNumber(_ number: String, field: String, on sql: any SQLDatabase) async throws {
        let taken = try await sql.raw(
            "SELECT 1 AS one FROM enforcement_certificates WHERE number = \(bind: number)"
        ).first()
        if taken != nil { throw DomainError.invalid(field, "执法证号「\(number)」已经登记，请核对证号") }
    }

    /// The accounts that may be linked to an officer of a body: users of the body and the organisations below it.
    public func linkableUsers(of bodyID: UUID) async throws -> [(id: UUID, name: String)] {
        let body = try await self.body(bodyID)
        let rows = try await sql.raw(
            """
            SELECT u.id, u.display_name FROM users u JOIN organisations o ON o.id = u.organisation_id
            WHERE u.active = \(bind: true) AND \(body.path.sqlSubtreeRange("o.path", on: sql))
            ORDER BY u.display_name
            """
        ).all()
        return try rows.map {
            (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "display_name", as: String.self))
        }
    }

    /// A linked account must belong to an organisation in the scope.
    private func checkUser(_ id: UUID) async throws {
        let found = try await sql.raw(
            """
            SELECT 1 AS one FROM users u JOIN organisations o ON o.id = u.organisation_id
            WHERE u.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("o.path", on: sql))
            """
        ).first()
        if found == nil { throw DomainError.invalid("userID", "关联的账号不存在，或不在您的管辖范围内") }
    }

    private func insert(
        _ certificate: CertificateInput.Valid, officer: UUID, body: EnforcementBodyRow, on sql: any SQLDatabase
    ) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "enforcement_certificates")
            .columns(
                "id", "officer_id", "organisation_id", "org_path", "number", "issuer", "fields", "valid_from",
                "valid_to", "status", "created_at"
            )
            .values(
                SQLBind(id), SQLBind(officer), SQLBind(body.id), SQLBind(body.path.value), SQLBind(certificate.number),
                SQLBind(certificate.issuer), SQLBind(certificate.fields), SQLBind(certificate.validFrom.iso),
                SQLBind(certificate.validTo.iso), SQLBind(EnforcementCertificate.Status.valid.rawValue),
                SQLBind(Date())
            ).run()
        return id
    }
}

/// An officer as the audit trail records it.
struct OfficerRecord: Codable {
    var name: String
    var duty: String
    var userID: UUID?
    var active: Bool
    var certificate: CertificateRecord
}

/// A certificate as the audit trail records it.
struct CertificateRecord: Codable {
    var id: UUID
    var number: String
    var issuer: String
    var fields: String
    var validFrom: String
    var validTo: String
    var status: String

    init(_ valid: CertificateInput.Valid, id: UUID, status: EnforcementCertificate.Status) {
        self.id = id
        number = valid.number
        issuer = valid.issuer
        fields = valid.fields
        validFrom = valid.validFrom.iso
        validTo = valid.validTo.iso
        self.status = status.rawValue
    }
}
