import FazhiCore
import FazhiStore
import Fluent
import Foundation
import Vapor

/// What a job kind does. Handlers are registered by kind; a job of an unknown kind fails
/// visibly instead of being dropped.
struct JobHandlers: Sendable {
    var handlers: [String: @Sendable (Job, any Database) async throws -> Void]

    /// Maintenance that every installation needs, and the reminder sweeps.
    static func standard(calendars: CalendarHolder, reminders: ReminderPolicy) -> JobHandlers {
        var handlers: [String: @Sendable (Job, any Database) async throws -> Void] = [
            MaintenanceJob.kind: { _, db in try await MaintenanceJob.run(on: db) }
        ]
        for job in ReminderJob.all {
            handlers[job.kind] = { _, db in try await job.run(calendars: calendars, policy: reminders, on: db) }
        }
        return JobHandlers(handlers: handlers)
    }

    /// The recurring jobs the worker keeps scheduled, with their interval.
    static let recurring: [(kind: String, every: TimeInterval)] =
        [(MaintenanceJob.kind, 3600)] + ReminderJob.all.map { ($0.kind, 3600) }
}

/// Prunes expired sessions and old failed sign-ins, then schedules itself an hour later.
enum MaintenanceJob {
    static let kind = "maintenance.prune"

    static func run(on db: any Database) async throws {
        try await SessionStore.prune(on: db)
        try await LoginThrottle.prune(olderThan: Date().addingTimeInterval(-86_400), on: db)
    }
}

/// An hourly reminder sweep: hourly, so that a reminder arrives early on the day it becomes due even after a
/// restart; each sweep records what it sent and never sends a reminder twice. Every sweep gets today's Beijing date
/// and the working-day calendar in force.
struct ReminderJob: Sendable {
    let kind: String
    let sweep: @Sendable (CivilDate, HolidayCalendar, ReminderPolicy, any Database) async throws -> Void

    static let all: [ReminderJob] = [
        // Watched statutory deadlines, due soon and overdue (`DeadlineReminders`).
        ReminderJob(kind: "deadlines.remind") {
            try await DeadlineReminders.sweep(today: $0, calendar: $1, policy: $2, on: $3)
        },
        // Ledger tasks coming due and overdue (the plan's office told too), and each cycle's report
        // (`PlanTaskReminders`).
        ReminderJob(kind: "plans.remind") {
            try await PlanTaskReminders.sweep(today: $0, calendar: $1, policy: $2, on: $3)
        },
        // Rectification deadlines coming and passed (the campaign's office told of late ones)
        // (`InspectionReminders`).
        ReminderJob(kind: "inspections.remind") {
            try await InspectionReminders.sweep(today: $0, calendar: $1, policy: $2, on: $3)
        },
        // Normative documents: steps coming due and late (the filing body told of late ones), terms running out,
        // review suggestions unanswered (`NormativeReminders`).
        ReminderJob(kind: "normative.remind") {
            try await NormativeReminders.sweep(today: $0, calendar: $1, policy: $2, on: $3)
        },
        // Enforcement alerts: stages past their limits, decisions not published in time, expired certificates
        // (`EnforcementSweep`).
        ReminderJob(kind: "enforcement.sweep") { today, _, _, db in
            try await EnforcementSweep.sweep(today: today, on: db)
        },
    ]

    func run(calendars: CalendarHolder, policy: ReminderPolicy, on db: any Database) async throws {
        try await calendars.refresh(from: db)
        try await sweep(CivilDate(chinaDayOf: Date()), calendars.current.calendar, policy, db)
    }
}

/// Runs the job queue inside `serve`: claims due jobs one at a time, runs their handler,
/// and records success or failure (with back-off). Stops cleanly on shutdown.
final class JobWorkerLifecycle: LifecycleHandler, @unchecked Sendable {
    let handlers: JobHandlers
    let calendars: CalendarHolder
    private var task: Task<Void, Never>?
    private let lock = NSLock()

    init(handlers: JobHandlers, calendars: CalendarHolder) {
        self.handlers = handlers
        self.calendars = calendars
    }

    func didBootAsync(_ application: Application) async throws {
        let worker = "worker-\(ProcessInfo.processInfo.processIdentifier)"
        let handlers = self.handlers
        let db = application.db
        let logger = application.logger
        let calendars = self.calendars
        let started = Task {
            let queue = JobQueue(db: db)
            // A recurring job missing at start runs at once (a new installation's first reminders should not
            // wait an hour); after that, each run schedules the next one interval later.
            var firstPass = true
            while !Task.isCancelled {
                do {
                    for job in JobHandlers.recurring where try await !queue.hasPending(kind: job.kind) {
                        try await queue.enqueue(
                            kind: job.kind, runAt: Date().addingTimeInterval(firstPass ? 0 : job.every))
                    }
                    firstPass = false
                    try await calendars.refresh(from: db)
                    while let job = try await queue.claim(worker: worker) {
                        await Self.run(job, handlers: handlers, queue: queue, db: db, logger: logger)
                    }
                } catch {
                    logger.error("job queue unavailable: \(String(reflecting: error))")
                }
                try? await Task.sleep(for: .seconds(2))
            }
        }
        lock.withLock { task = started }
    }

    static func run(_ job: Job, handlers: JobHandlers, queue: JobQueue, db: any Database, logger: Logger) async {
        do {
            guard let handler = handlers.handlers[job.kind] else {
                throw DomainError.notFound("没有处理“\(job.kind)”类任务的程序")
            }
            try await handler(job, db)
            try await queue.complete(job)
        } catch {
            logger.warning("job failed", metadata: ["job": .string(job.id.uuidString), "kind": .string(job.kind)])
            try? await queue.fail(job, error: String(describing: error))
        }
    }

    func shutdownAsync(_ application: Application) async {
        let running = lock.withLock { task }
        running?.cancel()
        await running?.value
    }
}
