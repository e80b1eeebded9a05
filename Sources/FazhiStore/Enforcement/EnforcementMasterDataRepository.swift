import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The master data of enforcement within a scope: the registered bodies (执法主体), their officers and certificates,
/// and their powers lists (权责清单) with discretion benchmarks. Everyone reads what lies in their subtree; the
/// administrator, the justice bureau and a department's legal unit (部门法制员) write there. The case module reads
/// these tables directly (a certificate by number for a body; a matter by organisation and code, `active`).
public struct EnforcementMasterDataRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    /// Whether the user may write (admin, justice, legal unit), within the scope.
    public let mayEdit: Bool

    public static let editors: Set<Role> = [.admin, .justice, .legalUnit]
    /// The kinds of organisation that can be bodies: agencies, departments and governments (乡镇、街道 enforce in
    /// their own name since 2021).
    public static let bodyKinds: [OrgKind] = [.enforcementAgency, .department, .government]
    public static let notFound = DomainError.notFound("执法主体、执法人员或权责事项不存在，或不在您的管辖范围内")
    public static let editorsOnly = DomainError.forbidden("只有管理员、司法行政机关或部门法制员可以维护执法主体、执法人员和权责清单")

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.mayEdit = !roles.isDisjoint(with: Self.editors)
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    func requireEditor() throws {
        guard mayEdit else { throw Self.editorsOnly }
    }

    /// Organisations in the scope that may be registered as bodies, in tree order.
    public func candidates() async throws -> [Organisation] {
        try await OrganisationRepository(db: db, scope: scope).list(includeInactive: false).filter {
            Self.bodyKinds.contains($0.kind)
        }
    }

    /// Registers an organisation in the scope as a body, or changes its registration.
    @discardableResult
    public func saveBody(_ input: EnforcementBodyInput, by actor: Actor) async throws -> EnforcementBodyRow {
        try requireEditor()
        let valid = try input.validated()
        let organisation = try await OrganisationRepository(db: db, scope: scope).find(valid.organisationID)
        guard Self.bodyKinds.contains(organisation.kind) else {
            throw DomainError.invalid(
                "organisationID", "「\(organisation.name)」是\(organisation.kind.label)，只有行政执法机关、政府部门或人民政府可以登记为执法主体")
        }
        let record = BodyRecord(
            organisation: organisation.name, legalBasis: valid.legalBasis, territory: valid.territory,
            status: valid.status.rawValue)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let before = try await sql.raw(
                """
                SELECT legal_basis, territory, status FROM enforcement_bodies
                WHERE id = \(bind: organisation.id)\(sql.forUpdate)
                """
            ).first().map {
                BodyRecord(
                    organisation: organisation.name, legalBasis: try $0.decode(column: "legal_basis", as: String.self),
                    territory: try $0.decode(column: "territory", as: String.self),
                    status: try $0.decode(column: "status", as: String.self))
            }
            if before == nil {
                try await sql.insert(into: "enforcement_bodies")
                    .columns("id", "org_path", "legal_basis", "territory", "status", "updated_at")
                    .values(
                        SQLBind(organisation.id), SQLBind(organisation.path.value), SQLBind(valid.legalBasis),
                        SQLBind(valid.territory), SQLBind(valid.status.rawValue), SQLBind(Date())
                    ).run()
            } else {
                // The path is copied again: the organisation may have moved since it was registered.
                try await sql.raw(
                    """
                    UPDATE enforcement_bodies SET org_path = \(bind: organisation.path.value),
                           legal_basis = \(bind: valid.legalBasis), territory = \(bind: valid.territory),
                           status = \(bind: valid.status.rawValue), updated_at = \(bind: Date())
                    WHERE id = \(bind: organisation.id)
                    """
                ).run()
            }
            try await AuditLog.append(
                .of(
                    before == nil ? "enforcement.body.register" : "enforcement.body.update", "enforcement_body",
                    id: organisation.id.uuidString, before: before, after: record),
                orgPath: organisation.path, by: actor, on: tx)
        }
        return try await body(organisation.id)
    }

    /// The registered bodies in the scope, in tree order, with their counts.
    public func bodies() async throws -> [EnforcementBodyRow] { try await bodyRows(only: nil) }

    /// One registered body in the scope.
    public func body(_ id: UUID) async throws -> EnforcementBodyRow {
        guard let body = try await bodyRows(only: id).first else { throw Self.notFound }
        return body
    }

    private func bodyRows(only id: UUID?) async throws -> [EnforcementBodyRow] {
        let one: SQLQueryString = id.map { "b.id = \(bind: $0) AND " } ?? ""
        let day = today.iso
        let rows = try await sql.raw(
            """
            SELECT b.id, o.name, o.kind, b.org_path, b.legal_basis, b.territory, b.status, b.updated_at,
                   (SELECT COUNT(*) FROM enforcement_officers e
                    WHERE e.organisation_id = b.id AND e.active = \(bind: true)) AS officers,
                   (SELECT COUNT(*) FROM enforcement_certificates c
                    JOIN enforcement_officers e ON e.id = c.officer_id
                    WHERE c.organisation_id = b.id AND e.active = \(bind: true) AND c.status = 'valid'
                      AND c.valid_from <= \(bind: day) AND c.valid_to >= \(bind: day)) AS valid_certificates,
                   (SELECT COUNT(*) FROM power_matters m
                    WHERE m.organisation_id = b.id AND m.active = \(bind: true)) AS matters
            FROM enforcement_bodies b JOIN organisations o ON o.id = b.id
            WHERE \(one)\(scope.root.sqlSubtreeRange("b.org_path", on: sql))
            ORDER BY b.org_path
            """
        ).all()
        return try rows.map { row in
            EnforcementBodyRow(
                id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                kind: OrgKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
                path: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
                legalBasis: try row.decode(column: "legal_basis", as: String.self),
                territory: try row.decode(column: "territory", as: String.self),
                status: EnforcementBodyStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .active,
                updatedAt: try row.decode(column: "updated_at", as: Date.self),
                officers: try row.decode(column: "officers", as: Int.self),
                validCertificates: try row.decode(column: "valid_certificates", as: Int.self),
                matters: try row.decode(column: "matters", as: Int.self))
        }
    }
}

/// A body's registration as the audit trail records it.
struct BodyRecord: Codable {
    var organisation: String
    var legalBasis: String
    var territory: String
    var status: String
}
