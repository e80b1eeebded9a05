import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The local rules on normative documents (本地规定) an organisation in the scope has entered, and the policy that
/// applies there. Only the administrator and the justice bureau (司法行政) enter them: they are the region's own
/// rules on time limits, which every drafting body below then runs under.
public struct NormativeLocalRulesRepository: Sendable {
    let db: any Database
    public let scope: Scope
    /// Whether the user may enter rules (admin or justice), within the scope.
    public let mayEdit: Bool

    public static let editors: Set<Role> = [.admin, .justice]
    static let editorsOnly = DomainError.forbidden("只有管理员或司法行政机关可以维护本地规定")

    public init(db: any Database, scope: Scope, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.mayEdit = !roles.isDisjoint(with: Self.editors)
    }

    /// What applies at an organisation: the policy, where its local rules were entered (nil: the national defaults),
    /// and the organisation's own entry if it made one.
    public struct Entry: Sendable, Equatable {
        public var organisation: Organisation
        public var applied: NormativePolicies.Applied
        /// The organisation the applied rules were entered for, when not this one (inherited from above).
        public var inheritedFrom: Organisation?
        public var own: NormativeLocalRules?
        public var updatedAt: Date?
    }

    /// The rules at an organisation in the scope (404 outside it).
    public func entry(for organisationID: UUID) async throws -> Entry {
        guard mayEdit else { throw Self.editorsOnly }
        let organisation = try await OrganisationRepository(db: db, scope: scope).find(organisationID)
        let applied = try await NormativePolicies.applied(
            kind: .normativeDocument, drafterPath: organisation.path, on: db)
        var inherited: Organisation?
        if let from = applied.rulesOrganisationID, from != organisation.id {
            // The entry above may lie outside the user's scope (a region's rules seen from a city): its name is public.
            inherited = try await OrganisationRepository(db: db, scope: .system).find(from)
        }
        let row = try await (db as! any SQLDatabase).raw(
            "SELECT rules, updated_at FROM normative_local_rules WHERE organisation_id = \(bind: organisation.id)"
        ).first()
        return Entry(
            organisation: organisation, applied: applied, inheritedFrom: inherited,
            own: try row.map { try Self.decode(try $0.decode(column: "rules", as: String.self)) },
            updatedAt: try row?.decode(column: "updated_at", as: Date.self))
    }

    /// Enters or replaces the organisation's rules (one row per organisation), with an audit entry holding the rules
    /// before and after. Refused with field errors when `validate()` refuses them.
    @discardableResult
    public func save(_ rules: NormativeLocalRules, for organisationID: UUID, by actor: Actor) async throws -> Entry {
        guard mayEdit else { throw Self.editorsOnly }
        let organisation = try await OrganisationRepository(db: db, scope: scope).find(organisationID)
        var trimmed = rules
        trimmed.statute = rules.statute.trimmingCharacters(in: .whitespacesAndNewlines)
        trimmed.version = rules.version.trimmingCharacters(in: .whitespaces)
        try trimmed.validate()
        let rules = trimmed
        let json = try AuditChange.canonicalJSON(rules)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let before = try await sql.raw(
                "SELECT rules FROM normative_local_rules WHERE organisation_id = \(bind: organisation.id)\(sql.forUpdate)"
            ).first().map { try Self.decode(try $0.decode(column: "rules", as: String.self)) }
            if before == nil {
                try await sql.insert(into: "normative_local_rules")
                    .columns("id", "organisation_id", "org_path", "rules", "updated_by", "updated_at")
                    .values(
                        SQLBind(UUID()), SQLBind(organisation.id), SQLBind(organisation.path.value), SQLBind(json),
                        SQLBind(actor.userID), SQLBind(Date())
                    ).run()
            } else {
                // The path is copied again: the organisation may have moved since the rules were first entered.
                try await sql.raw(
                    """
                    UPDATE normative_local_rules SET rules = \(bind: json), org_path = \(bind: organisation.path.value),
                           updated_by = \(bind: actor.userID), updated_at = \(bind: Date())
                    WHERE organisation_id = \(bind: organisation.id)
                    """
                ).run()
            }
            try await AuditLog.append(
                .of(
                    "normative.rules.save", "normative_local_rules", id: organisation.id.uuidString, before: before,
                    after: rules),
                orgPath: organisation.path, by: actor, on: tx)
        }
        return try await entry(for: organisation.id)
    }

    static func decode(_ json: String) throws -> NormativeLocalRules {
        try JSONDecoder().decode(NormativeLocalRules.self, from: Data(json.utf8))
    }
}
