import FazhiCore
import Fluent
import Foundation
import SQLKit

extension DemoLoader {
    /// Synthetic penalty cases for the demo bodies, through the data exchange's code path (`EnforcementSynthesis`);
    /// then a few decisions published (personal data masked by the real publicity code) and the alert sweep run, so
    /// that the case lists, alerts and the public 执法公示 page have something to show.
    static func loadEnforcementCases(today: CivilDate, on db: any Database, by actor: Actor) async throws {
        _ = try await EnforcementSynthesis.generate(
            cases: DemoEnforcement.bodies.count * 4, seed: 2026, today: today, calendar: .official, by: actor, on: db)
        let decided = try await (db as! any SQLDatabase).raw(
            """
            SELECT id, matter_name FROM enforcement_cases WHERE publicity_due IS NOT NULL
            ORDER BY reference LIMIT \(unsafeRaw: String(DemoEnforcement.bodies.count / 2))
            """
        ).all()
        let publicity = EnforcementPublicity(db: db, scope: .system, today: today, calendar: .official)
        for row in decided {
            let matter = try row.decode(column: "matter_name", as: String.self)
            try await publicity.publish(
                caseID: try row.decode(column: "id", as: UUID.self),
                summary: "经立案调查，当事人存在\(matter)所涉违法行为，事实清楚、证据确凿，依法作出行政处罚。", by: actor)
        }
        try await EnforcementSweep.sweep(today: today, on: db)
    }
}
