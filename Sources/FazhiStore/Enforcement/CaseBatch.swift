import FazhiCore
import Fluent
import Foundation
import SQLKit

/// What a batch of steps reads once (the cases it touches, the event ids already seen, the officers' certificates,
/// the matters, the policy) and what it writes at the end, in a few statements.
struct CaseBatch {
    struct Event {
        var id: UUID
        var caseID: UUID
        var sequence: Int
        var clientEventID: String?
        var request: CaseStepRequest
        var step: CaseStep
        var stageBefore: CaseStage?
        var stageAfter: CaseStage
    }

    let body: EnforcementBodyRef
    var policy: EnforcementPolicy
    var cases: [String: CaseState]
    var seenEvents: [String: (caseID: UUID, sequence: Int)]
    var certificates: [String: EnforcementCertificate]
    var matters: [String: CaseMatter]
    var events: [Event] = []
    /// Ids of the batch's new cases and events: ordered ids append to their indexes (random ones made each batch
    /// rewrite a page of the id index per row).
    var ids = OrderedIDs()
    var alerts: [(caseID: UUID, eventID: UUID, finding: CaseFinding, on: CivilDate)] = []

    static func load(
        for body: EnforcementBodyRef, requests: [CaseStepRequest], steps: [CaseStep], on db: any Database
    ) async throws -> CaseBatch {
        let sql = db as! any SQLDatabase
        let references = Array(Set(requests.map(\.reference)))
        var cases: [String: CaseState] = [:]
        for chunk in references.chunked(by: 500) {
            let rows = try await sql.raw(
                """
                SELECT c.id, c.reference, c.matter_name, c.facts, c.event_count, c.publicity_due, c.created_at,
                       (SELECT COUNT(*) FROM enforcement_publications p WHERE p.case_id = c.id) AS published
                FROM enforcement_cases c
                WHERE c.organisation_id = \(bind: body.id) AND c.reference IN (\(binds: Array(chunk)))\(sql.forUpdate)
                """
            ).all()
            for row in rows {
                let state = try CaseState.decode(row)
                cases[state.reference] = state
            }
        }
        var seen: [String: (caseID: UUID, sequence: Int)] = [:]
        for chunk in Array(Set(requests.compactMap(\.clientEventID))).chunked(by: 500) {
            for row in try await sql.raw(
                """
                SELECT client_event_id, case_id, sequence FROM enforcement_case_events
                WHERE organisation_id = \(bind: body.id) AND client_event_id IN (\(binds: Array(chunk)))
                """
            ).all() {
                seen[try row.decode(column: "client_event_id", as: String.self)] = (
                    try row.decode(column: "case_id", as: UUID.self), try row.decode(column: "sequence", as: Int.self)
                )
            }
        }
        let numbers = Array(Set(steps.flatMap(\.officers)))
        let codes = Array(Set(steps.compactMap(\.matterCode) + cases.values.compactMap(\.facts.matterCode)))
        return CaseBatch(
            body: body, policy: try await EnforcementPolicies.applied(to: body.path, on: db).policy,
            cases: cases, seenEvents: seen, certificates: try await certificates(numbers, of: body, on: sql),
            matters: try await matters(codes, of: body, on: sql))
    }

    /// The body's certificates among `numbers` held by active officers, with their holders' names (a deactivated
    /// officer's certificate counts as unknown).
    static func certificates(_ numbers: [String], of body: EnforcementBodyRef, on sql: any SQLDatabase) async throws
        -> [String: EnforcementCertificate]
    {
        var result: [String: EnforcementCertificate] = [:]
        for chunk in numbers.chunked(by: 500) {
            for row in try await sql.raw(
                """
                SELECT c.number, o.name, c.valid_from, c.valid_to, c.status
                FROM enforcement_certificates c JOIN enforcement_officers o ON o.id = c.officer_id
                WHERE c.organisation_id = \(bind: body.id) AND c.number IN (\(binds: Array(chunk)))
                  AND o.active = \(bind: true) AND o.duty = 'enforcement'
                """
            ).all() {
                let number = try row.decode(column: "number", as: String.self)
                result[number] = EnforcementCertificate(
                    number: number, holderName: try row.decode(column: "name", as: String.self),
                    validFrom: try CivilDate.column(row, "valid_from"),
                    validTo: try CivilDate.column(row, "valid_to"),
                    status: EnforcementCertificate.Status(rawValue: try row.decode(column: "status", as: String.self))
                        ?? .revoked)
            }
        }
        return result
    }

    /// The body's active matters among `codes`.
    static func matters(_ codes: [String], of body: EnforcementBodyRef, on sql: any SQLDatabase) async throws
        -> [String: CaseMatter]
    {
        var result: [String: CaseMatter] = [:]
        for chunk in codes.chunked(by: 500) {
            for row in try await sql.raw(
                """
                SELECT code, name, kind, benchmark, no_penalty, light_penalty FROM power_matters
                WHERE organisation_id = \(bind: body.id) AND active = \(bind: true) AND code IN (\(binds: Array(chunk)))
                """
            ).all() {
                let code = try row.decode(column: "code", as: String.self)
                result[code] = CaseMatter(
                    code: code, name: try row.decode(column: "name", as: String.self),
                    kind: PowerKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
                    benchmark: try JSONDecoder().decode(
                        DiscretionBenchmark.self, from: Data(try row.decode(column: "benchmark", as: String.self).utf8)),
                    noPenaltyListed: try row.decode(column: "no_penalty", as: Bool.self),
                    lightPenaltyListed: try row.decode(column: "light_penalty", as: Bool.self))
            }
        }
        return result
    }
}
