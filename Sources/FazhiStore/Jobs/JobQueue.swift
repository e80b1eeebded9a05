import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A job as the queue hands it to a worker.
public struct Job: Sendable, Equatable {
    public let id: UUID
    public let kind: String
    public let payload: String
    public let attempts: Int
}

/// The database-backed job queue. Claiming is one UPDATE … WHERE id = (SELECT … LIMIT 1):
/// atomic under SQLite's single writer, and with FOR UPDATE SKIP LOCKED on PostgreSQL so
/// that several workers never take the same job.
public struct JobQueue: Sendable {
    let db: any Database
    public let policy: RetryPolicy

    public init(db: any Database, policy: RetryPolicy = RetryPolicy()) {
        self.db = db
        self.policy = policy
    }

    @discardableResult
    public func enqueue(kind: String, payload: String = "{}", runAt: Date = Date()) async throws -> UUID {
        let job = JobModel()
        job.id = UUID()
        job.kind = kind
        job.payload = payload
        job.status = "queued"
        job.attempts = 0
        job.maxAttempts = policy.maxAttempts
        job.runAt = runAt
        try await job.create(on: db)
        return job.id!
    }

    /// Whether a job of this kind waits to run (used to schedule recurring jobs once).
    public func hasPending(kind: String) async throws -> Bool {
        try await JobModel.query(on: db).filter(\.$kind == kind).filter(\.$status ~~ ["queued", "running"]).count() > 0
    }

    /// Takes the next due job, or nil when none is due.
    public func claim(worker: String, now: Date = Date()) async throws -> Job? {
        let sql = db as! any SQLDatabase
        let lock = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let row = try await sql.raw(
            """
            UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = \(bind: now), locked_by = \(bind: worker)
            WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND run_at <= \(bind: now)
                        ORDER BY run_at LIMIT 1\(unsafeRaw: lock))
            RETURNING id, kind, payload, attempts
            """
        ).first()
        guard let row else { return nil }
        return Job(
            id: try row.decode(column: "id", as: UUID.self), kind: try row.decode(column: "kind", as: String.self),
            payload: try row.decode(column: "payload", as: String.self),
            attempts: try row.decode(column: "attempts", as: Int.self))
    }

    public func complete(_ job: Job, now: Date = Date()) async throws {
        guard let model = try await JobModel.find(job.id, on: db) else { return }
        model.status = "done"
        model.finishedAt = now
        model.lastError = nil
        try await model.save(on: db)
    }

    /// Records a failure: back to the queue after the policy's delay, or failed for good.
    public func fail(_ job: Job, error: String, now: Date = Date()) async throws {
        guard let model = try await JobModel.find(job.id, on: db) else { return }
        model.lastError = String(error.prefix(2000))
        model.lockedAt = nil
        model.lockedBy = nil
        if let delay = policy.delay(afterFailedAttempts: job.attempts), job.attempts < model.maxAttempts {
            model.status = "queued"
            model.runAt = now.addingTimeInterval(delay)
        } else {
            model.status = "failed"
            model.finishedAt = now
        }
        try await model.save(on: db)
    }

    /// Counts by status, for the operations page and /metrics.
    public func counts() async throws -> [String: Int] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw("SELECT status, COUNT(*) AS n FROM jobs GROUP BY status").all()
        var result: [String: Int] = [:]
        for row in rows {
            result[try row.decode(column: "status", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return result
    }

    /// The most recent failed jobs with their errors.
    public func failures(limit: Int = 20) async throws -> [JobModel] {
        try await JobModel.query(on: db).filter(\.$status == "failed").sort(\.$finishedAt, .descending).limit(limit)
            .all()
    }
}
