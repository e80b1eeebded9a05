import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Generates a synthetic region's enforcement data (`fazhi demo --cases N`) through the same code path as an
/// agency's own system: `SyntheticCases` writes each case's events, `CaseIngest` records them.
public enum EnforcementSynthesis {
    /// What a body needs for synthetic cases: its officers' valid certificates and its penalty matters.
    public struct BodyMaterial: Sendable {
        public let body: EnforcementBodyRef
        public let officers: [String]
        public let matters: [CaseMatter]
    }

    /// The active bodies with at least two certificates valid on `day` and at least one penalty matter, in the
    /// order of their names: paths are made of random ids, and each body's cases come from a seed taken by its
    /// position, so ordering by path would give every demo database different cases.
    public static func material(on day: CivilDate, db: any Database) async throws -> [BodyMaterial] {
        let sql = db as! any SQLDatabase
        let bodies = try await CaseRepository(db: db, scope: .system, today: day, roles: [], calendar: .official)
            .bodies().sorted { $0.name < $1.name }
        var result: [BodyMaterial] = []
        for body in bodies {
            let officers = try await sql.raw(
                """
                SELECT c.number FROM enforcement_certificates c JOIN enforcement_officers o ON o.id = c.officer_id
                WHERE c.organisation_id = \(bind: body.id) AND c.status = 'valid' AND o.active = \(bind: true)
                  AND o.duty = 'enforcement'
                  AND c.valid_from <= \(bind: day.adding(days: -365).iso) AND c.valid_to >= \(bind: day.iso)
                ORDER BY c.number
                """
            ).all().map { try $0.decode(column: "number", as: String.self) }
            let codes = try await sql.raw(
                """
                SELECT code FROM power_matters WHERE organisation_id = \(bind: body.id) AND kind = 'penalty'
                  AND active = \(bind: true) ORDER BY code
                """
            ).all().map { try $0.decode(column: "code", as: String.self) }
            let matters = try await CaseBatch.matters(codes, of: body, on: sql)
            if officers.count >= 2, !matters.isEmpty {
                result.append(
                    BodyMaterial(body: body, officers: officers, matters: codes.compactMap { matters[$0] }))
            }
        }
        return result
    }

    /// Records `count` synthetic cases spread over the bodies, ending on `today`; the number of events applied and
    /// refused.
    public static func generate(
        cases count: Int, seed: UInt64, today: CivilDate, calendar: HolidayCalendar, by actor: Actor,
        on db: any Database, progress: @Sendable (Int) -> Void = { _ in }
    ) async throws -> (applied: Int, refused: Int) {
        let material = try await material(on: today, db: db)
        guard !material.isEmpty else {
            throw DomainError.conflict("没有可用于生成案件的执法主体：需要登记执法主体、至少两名持有效执法证的执法人员和行政处罚事项")
        }
        var applied = 0
        var refused = 0
        let prefix = "SYN\(seed)"
        for (bodyIndex, item) in material.enumerated() {
            let share = count / material.count + (bodyIndex < count % material.count ? 1 : 0)
            let synthetic = SyntheticCases(officers: item.officers, matters: item.matters, endingBy: today)
            let ingest = CaseIngest(
                cases: CaseRepository(db: db, scope: .system, today: today, roles: [], calendar: calendar))
            var pending: [CaseIngestEvent] = []
            func flush() async throws {
                guard !pending.isEmpty else { return }
                for outcome in try await ingest.ingest(body: item.body.id, events: pending, by: actor) {
                    if case .refused = outcome { refused += 1 } else { applied += 1 }
                }
                pending.removeAll(keepingCapacity: true)
                progress(applied)
            }
            for index in 0..<share {
                let events = synthetic.events(
                    ofCase: index, prefix: "\(prefix)-\(bodyIndex)", seed: seed &+ UInt64(bodyIndex) &* 0x2545_F491)
                if pending.count + events.count > CaseIngest.maximumEvents { try await flush() }
                pending += events
            }
            try await flush()
        }
        return (applied, refused)
    }
}
