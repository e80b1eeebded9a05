import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The policy a document runs under: statute for government rules; for normative documents the local rules entered
/// for the nearest organisation at or above the drafting body (`normative_local_rules`), else the national defaults.
public enum NormativePolicies {
    public struct Applied: Sendable, Equatable {
        public var policy: NormativePolicy
        /// The local rules in force for the document, if a region entered any.
        public var localRules: NormativeLocalRules?
        /// The organisation the local rules were entered for.
        public var rulesOrganisationID: UUID?
    }

    public static func applied(kind: NormativeKind, drafterPath: OrgPath, on db: any Database) async throws -> Applied {
        guard kind == .normativeDocument else {
            return Applied(policy: .governmentRules, localRules: nil, rulesOrganisationID: nil)
        }
        let sql = db as! any SQLDatabase
        // The entry whose path is a prefix of the drafter's, deepest first: at most one per ancestor.
        let row = try await sql.raw(
            """
            SELECT organisation_id, rules FROM normative_local_rules
            WHERE \(bind: drafterPath.value) LIKE org_path || '%'
            ORDER BY LENGTH(org_path) DESC LIMIT 1
            """
        ).first()
        guard let row else { return Applied(policy: NormativeLocalRules.national.policy, localRules: nil) }
        let rules = try JSONDecoder().decode(
            NormativeLocalRules.self, from: Data(try row.decode(column: "rules", as: String.self).utf8))
        return Applied(
            policy: rules.policy, localRules: rules,
            rulesOrganisationID: try row.decode(column: "organisation_id", as: UUID.self))
    }

    public static func policy(kind: NormativeKind, drafterPath: OrgPath, on db: any Database) async throws
        -> NormativePolicy
    {
        try await applied(kind: kind, drafterPath: drafterPath, on: db).policy
    }
}

extension NormativePolicies.Applied {
    init(policy: NormativePolicy, localRules: NormativeLocalRules?) {
        self.init(policy: policy, localRules: localRules, rulesOrganisationID: nil)
    }
}
