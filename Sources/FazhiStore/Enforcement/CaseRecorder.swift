import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Records steps in one body's cases: each step validated, checked against the state machine and the rules of law,
/// applied to the case's facts, and written with its event row, its audit entry (so the evidence ledger anchors
/// it) and the alerts its soft rules raised. A batch is one transaction, so what is acknowledged is stored; within
/// it, each step is applied or refused on its own, in order, so later steps of a case see the earlier ones.
public struct CaseRecorder: Sendable {
    let db: any Database
    public let body: EnforcementBodyRef
    public let today: CivilDate
    let calendar: HolidayCalendar
    /// Whether the actor may give the legal review opinion (部门法制员, 司法行政, or an agency's system).
    let mayReview: Bool

    public init(
        db: any Database, body: EnforcementBodyRef, today: CivilDate, calendar: HolidayCalendar, mayReview: Bool
    ) {
        self.db = db
        self.body = body
        self.today = today
        self.calendar = calendar
        self.mayReview = mayReview
    }

    /// Applies `requests` in order; the outcome of each, in the same order.
    public func record(_ requests: [CaseStepRequest], by actor: Actor) async throws -> [CaseStepOutcome] {
        let steps = requests.map { request in
            Result { () throws(DomainError) in try request.input.validated(today: today) }
        }
        var requests = requests
        for index in requests.indices {
            requests[index].inputJSON = try AuditChange.canonicalJSON(requests[index].input)
            requests[index].evidenceJSON = try AuditChange.canonicalJSON(requests[index].evidence)
        }
        let prepared = requests
        let entered = await SQLiteWriteGate.enter(db)
        do {
            let outcomes = try await transaction(prepared, steps, by: actor)
            await SQLiteWriteGate.leave(entered)
            return outcomes
        } catch {
            await SQLiteWriteGate.leave(entered)
            throw error
        }
    }

    private func transaction(
        _ prepared: [CaseStepRequest], _ steps: [Result<CaseStep, DomainError>], by actor: Actor
    ) async throws -> [CaseStepOutcome] {
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            // Take the write lock before reading. On SQLite a transaction that reads first and then writes fails at
            // once when another writer committed in between (and `writeTransaction` runs it again); several batches
            // at a time then retried each other into failure. A write first makes each wait its turn instead. On
            // PostgreSQL it locks the body's row, so one body's batches apply one after another, in arrival order.
            try await sql.raw(
                "UPDATE enforcement_bodies SET updated_at = updated_at WHERE id = \(bind: body.id)"
            ).run()
            var batch = try await CaseBatch.load(
                for: body, requests: prepared, steps: steps.compactMap { try? $0.get() }, on: tx)
            var outcomes: [CaseStepOutcome] = []
            for (request, step) in zip(prepared, steps) {
                outcomes.append(apply(request, step, to: &batch, by: actor))
            }
            try await batch.write(by: actor, calendar: calendar, on: sql)
            return outcomes
        }
    }

    func apply(
        _ request: CaseStepRequest, _ validated: Result<CaseStep, DomainError>, to batch: inout CaseBatch,
        by actor: Actor
    ) -> CaseStepOutcome {
        if let id = request.clientEventID, let seen = batch.seenEvents[id] {
            return .duplicate(caseID: seen.caseID, sequence: seen.sequence)
        }
        let step: CaseStep
        switch validated {
        case .success(let value): step = value
        case .failure(let error): return .refused(error)
        }
        var state: CaseState
        if let existing = batch.cases[request.reference] {
            guard !step.action.opensCase else {
                return .refused(.conflict("案件「\(request.reference)」已经立案，不能再次「\(step.action.label)」"))
            }
            state = existing
        } else {
            guard step.action.opensCase else {
                return .refused(.notFound("案件「\(request.reference)」不存在，请先立案"))
            }
            state = CaseState(
                id: batch.ids.next(), reference: request.reference, matterName: "",
                facts: CaseFacts(procedure: step.action == .file ? .general : .simplified), original: nil,
                eventCount: 0, isNew: true,
                published: false, createdAt: Date())
        }
        if step.action == .legalReview, !mayReview {
            return .refused(.forbidden("法制审核意见由部门法制员或司法行政人员出具"))
        }
        let facts = state.facts
        guard step.action.next(from: facts.stage, procedure: facts.procedure, resumeTo: facts.resumeTo) != nil else {
            return .refused(.conflict(step.action.refusal(at: facts.stage)))
        }
        for file in request.evidence where !DeclaredEvidence(name: file.name, sha256: file.sha256).isWellFormed {
            return .refused(.invalid("evidence", "证据「\(file.name)」的 SHA-256 应为64位十六进制数"))
        }
        let matter = batch.matters[step.matterCode ?? facts.matterCode ?? ""]
        let rules = CaseRules(
            policy: batch.policy, certificates: batch.certificates, matter: matter, calendar: calendar)
        let check = rules.check(step, on: facts)
        do { try check.throwIfRefused() } catch { return .refused(error) }

        let after = facts.applying(step)
        state.facts = after
        state.eventCount += 1
        state.changed = true
        if step.action.opensCase { state.matterName = matter?.name ?? step.matterCode ?? "" }
        if step.action == .decide, !step.noPenalty, after.procedure == .general, !state.published,
            let due = try? DeadlineCalculator(calendar: calendar).compute(batch.policy.publicityRule, start: step.date)
                .due
        {
            state.publicityDue = due.iso
        }
        batch.cases[request.reference] = state
        let eventID = batch.ids.next()
        batch.events.append(
            CaseBatch.Event(
                id: eventID, caseID: state.id, sequence: state.eventCount, clientEventID: request.clientEventID,
                request: request, step: step, stageBefore: facts.stage, stageAfter: after.stage ?? .investigating))
        batch.alerts += check.alerts.map { (caseID: state.id, eventID: eventID, finding: $0, on: step.date) }
        if let id = request.clientEventID { batch.seenEvents[id] = (state.id, state.eventCount) }
        return .applied(
            caseID: state.id, sequence: state.eventCount, stage: after.stage ?? .investigating, alerts: check.alerts)
    }
}

/// The body a recorder writes for.
public struct EnforcementBodyRef: Sendable, Equatable {
    public let id: UUID
    public let path: OrgPath
    public let name: String

    public init(id: UUID, path: OrgPath, name: String) {
        self.id = id
        self.path = path
        self.name = name
    }
}
