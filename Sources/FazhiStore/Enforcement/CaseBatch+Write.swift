import FazhiCore
import Foundation
import SQLKit

extension CaseBatch {
    /// Writes what the batch applied: new cases, their events, the changed cases' columns, one audit entry per event
    /// and the alerts.
    func write(by actor: Actor, calendar: HolidayCalendar, on sql: any SQLDatabase) async throws {
        guard !events.isEmpty else { return }
        let now = Date()
        let changed = cases.values.filter(\.changed)
        try await BulkInsert.run(
            into: "enforcement_cases", columns: Self.caseColumns,
            rows: try changed.filter(\.isNew).map { try caseValues($0, calendar: calendar, now: now) }, on: sql)
        for state in changed where !state.isNew {
            let values = try caseValues(state, calendar: calendar, now: now)
            let assignments = zip(Self.caseColumns, values).dropFirst(Self.fixedColumns)
                .map { "\(unsafeRaw: $0.0) = \(bind: $0.1)" as SQLQueryString }.joined(separator: ", ")
            try await sql.raw("UPDATE enforcement_cases SET \(assignments) WHERE id = \(bind: state.id)").run()
        }
        var tallies: [EnforcementStatistics.Key: CaseTally] = [:]
        for state in changed {
            for (key, tally) in EnforcementStatistics.delta(
                from: state.original, to: state.facts, organisationID: body.id, orgPath: body.path.value)
            {
                tallies[key, default: CaseTally()] = tallies[key, default: CaseTally()] + tally
            }
        }
        try await EnforcementStatistics.add(tallies, on: sql)
        var eventRows: [[any Encodable & Sendable]] = []
        var audits: [(change: AuditChange, orgPath: OrgPath)] = []
        for event in events {
            for (file, content) in zip(event.request.evidence, event.request.contents) {
                try await EvidenceFiles.store(content, sha256: file.sha256, at: now, on: sql)
            }
            let record = CaseEventRecord(
                reference: event.request.reference, sequence: event.sequence, action: event.step.action.rawValue,
                onDay: event.step.date.iso, stageBefore: event.stageBefore?.rawValue,
                stageAfter: event.stageAfter.rawValue, officers: event.step.officers,
                evidence: event.request.evidence)
            eventRows.append([
                event.id, event.caseID, event.sequence, body.id, event.clientEventID, event.step.action.rawValue,
                event.step.date.iso, event.stageBefore?.rawValue, event.stageAfter.rawValue,
                event.request.inputJSON, event.request.evidenceJSON, event.request.source,
                actor.userID, actor.name, now,
            ])
            audits.append(
                (
                    AuditChange(
                        action: "enforcement.case.\(event.step.action.rawValue)", entityType: "enforcement_case",
                        entityID: event.caseID.uuidString, before: nil,
                        after: try record.auditJSON(input: event.request.inputJSON)), body.path
                ))
        }
        try await BulkInsert.run(
            into: "enforcement_case_events",
            columns: [
                "id", "case_id", "sequence", "organisation_id", "client_event_id", "action", "on_day", "stage_before",
                "stage_after", "input", "evidence", "source", "author_id", "author_name", "at",
            ], rows: eventRows, on: sql)
        try await AuditLog.appendAll(audits, by: actor, on: sql)
        try await NewAlert.insert(
            alerts.map {
                NewAlert(
                    organisationID: body.id, orgPath: body.path.value, caseID: $0.caseID, caseEventID: $0.eventID,
                    finding: $0.finding, raisedOn: $0.on)
            }, at: now, on: sql)
    }

    /// The columns a new case is inserted with; the first `fixedColumns` never change afterwards.
    static let caseColumns = [
        "id", "organisation_id", "org_path", "procedure", "reference", "created_at", "matter_code", "matter_name",
        "party_kind", "party_name", "party_id", "stage", "filed_on", "decided_on", "closed_on", "fine_fen", "due_on",
        "due_rule", "publicity_due", "event_count", "facts", "outcome", "updated_at",
    ]
    static let fixedColumns = 6

    func caseValues(_ state: CaseState, calendar: HolidayCalendar, now: Date) throws -> [any Encodable & Sendable] {
        let facts = state.facts
        let due = state.due(calendar: calendar)
        return [
            state.id, body.id, body.path.value, facts.procedure.rawValue, state.reference, state.createdAt,
            facts.matterCode ?? "", state.matterName, facts.party?.kind.rawValue ?? PartyKind.organisation.rawValue,
            facts.party?.name ?? "", facts.party?.identifier, (facts.stage ?? .investigating).rawValue,
            facts.filedOn?.iso ?? "", facts.decidedOn?.iso, facts.closedOn?.iso, facts.fineFen, due?.day, due?.rule,
            state.publicityDue, state.eventCount, try AuditChange.canonicalJSON(facts), facts.outcome, now,
        ]
    }
}
