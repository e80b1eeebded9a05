import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The thresholds a body's cases run under: the entry of the nearest organisation above it (the row's id is that
/// organisation's), else `EnforcementPolicy.standard`.
public enum EnforcementPolicies {
    /// The policy for a body at `bodyPath`, and the organisation whose entry it is (nil for the defaults).
    public static func applied(to bodyPath: OrgPath, on db: any Database) async throws
        -> (policy: EnforcementPolicy, organisationID: UUID?)
    {
        let sql = db as! any SQLDatabase
        let row = try await sql.raw(
            """
            SELECT id, policy FROM enforcement_policies
            WHERE \(bind: bodyPath.value) LIKE org_path || '%'
            ORDER BY LENGTH(org_path) DESC LIMIT 1
            """
        ).first()
        guard let row else { return (.standard, nil) }
        var policy = try JSONDecoder().decode(
            EnforcementPolicy.self, from: Data(try row.decode(column: "policy", as: String.self).utf8))
        policy.isDefault = false
        return (policy, try row.decode(column: "id", as: UUID.self))
    }

    /// Sets the policy of `organisation` (in the caller's scope), recorded in the audit log.
    public static func set(
        _ policy: EnforcementPolicy, for organisation: Organisation, by actor: Actor, on db: any Database
    ) async throws {
        var entered = policy
        entered.isDefault = false
        let policy = entered
        let before = try await applied(to: organisation.path, on: db)
        let text = try AuditChange.canonicalJSON(policy)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw("DELETE FROM enforcement_policies WHERE id = \(bind: organisation.id)").run()
            try await sql.insert(into: "enforcement_policies").columns("id", "org_path", "policy", "updated_at")
                .values(SQLBind(organisation.id), SQLBind(organisation.path.value), SQLBind(text), SQLBind(Date()))
                .run()
            try await AuditLog.append(
                .of(
                    "enforcement.policy", "enforcement_policy", id: organisation.id.uuidString,
                    before: before.organisationID == organisation.id ? before.policy : nil, after: policy),
                orgPath: organisation.path, by: actor, on: tx)
        }
    }
}
