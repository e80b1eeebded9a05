import FazhiCore
import Foundation
import SQLKit

/// A row for `enforcement_alerts`, however it was raised: by a case's step (`CaseBatch`, with the event that raised
/// it), by a sweep (with the key that raises it once), by a withdrawn publication, by a late reply to a supervision
/// notice, by a repeated inspection. They all go through `insert`, so the table's columns are written in one place.
struct NewAlert {
    var organisationID: UUID
    var orgPath: String
    var caseID: UUID? = nil
    var caseEventID: UUID? = nil
    /// Unique in the table: a sweep's alert for one record and one date, so a second sweep does not raise it again.
    var key: String? = nil
    var finding: CaseFinding
    /// The day the alert concerns: the step's date for a step, the sweep's day for a sweep.
    var raisedOn: CivilDate

    /// Inserts the alerts (in statements of a few hundred) with time-ordered ids, which it returns in the order of
    /// `alerts`.
    @discardableResult
    static func insert(_ alerts: [NewAlert], at now: Date = Date(), on sql: any SQLDatabase) async throws -> [UUID] {
        var generator = OrderedIDs(now: now)
        let ids = alerts.map { _ in generator.next() }
        try await BulkInsert.run(
            into: "enforcement_alerts",
            columns: [
                "id", "organisation_id", "org_path", "case_id", "case_event_id", "key", "rule", "title", "message",
                "basis", "severity", "raised_on", "raised_at",
            ],
            rows: zip(ids, alerts).map { id, alert in
                [
                    id, alert.organisationID, alert.orgPath, alert.caseID, alert.caseEventID, alert.key,
                    alert.finding.rule, alert.finding.title, alert.finding.message, alert.finding.basis.citation,
                    alert.finding.severity.rawValue, alert.raisedOn.iso, now,
                ]
            }, on: sql)
        return ids
    }
}
