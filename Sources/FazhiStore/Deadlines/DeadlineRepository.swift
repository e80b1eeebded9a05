import FazhiCore
import Fluent
import Foundation

/// A watched deadline with the names lists show beside it.
public struct DeadlineListing: Sendable, Equatable {
    public let deadline: TrackedDeadline
    public let organisation: Organisation
    public let ownerName: String
}

/// Which deadlines a list shows.
public enum DeadlineFilter: String, Sendable, CaseIterable {
    case open, dueSoon = "due_soon", overdue, closed, all

    public var label: String {
        switch self {
        case .open: "进行中"
        case .dueSoon: "即将届满"
        case .overdue: "已逾期"
        case .closed: "已办结"
        case .all: "全部"
        }
    }
}

/// Watched deadlines within a scope: those of organisations in the scope's subtree.
public struct DeadlineRepository: Sendable {
    let db: any Database
    public let scope: Scope

    public init(db: any Database, scope: Scope) {
        self.db = db
        self.scope = scope
    }

    static let notFound = DomainError.notFound("期限不存在，或不在您的管辖范围内")

    /// Open deadlines by due date (suspended ones last), or closed ones newest first. `dueSoon` means due
    /// on or before `until` (and not yet passed on `today`).
    public func list(_ filter: DeadlineFilter, today: CivilDate, until: CivilDate, limit: Int = 500) async throws
        -> [DeadlineListing]
    {
        var query = DeadlineModel.query(on: db)
            .join(OrganisationModel.self, on: \DeadlineModel.$organisation.$id == \OrganisationModel.$id)
            .join(UserModel.self, on: \DeadlineModel.$ownerID == \UserModel.$id)
            .filter(OrganisationModel.self, \.$path =~ scope.root.value)
        let open = TrackedDeadline.Status.open.rawValue
        switch filter {
        case .open: query = query.filter(\.$status == open)
        case .dueSoon:
            query = query.filter(\.$status == open).filter(\.$dueDate >= today.iso).filter(\.$dueDate <= until.iso)
        case .overdue: query = query.filter(\.$status == open).filter(\.$dueDate < today.iso)
        case .closed: query = query.filter(\.$status == TrackedDeadline.Status.closed.rawValue)
        case .all: break
        }
        let rows =
            try await (filter == .closed ? query.sort(\.$closedAt, .descending) : query.sort(\.$dueDate))
            .sort(\.$id).limit(limit).all()
        let listings = try rows.map {
            DeadlineListing(
                deadline: try $0.domain, organisation: try $0.joined(OrganisationModel.self).domain,
                ownerName: try $0.joined(UserModel.self).displayName)
        }
        // Suspended deadlines (no due date) sort first in SQL's NULL order on one database and last on the
        // other; put them last everywhere.
        return listings.filter { $0.deadline.due != nil } + listings.filter { $0.deadline.due == nil }
    }

    public func find(_ id: UUID) async throws -> DeadlineListing {
        let row = try await model(id, on: db)
        let owner = try await UserModel.find(row.ownerID, on: db)
        return DeadlineListing(
            deadline: try row.domain, organisation: row.organisation.domain, ownerName: owner?.displayName ?? "—")
    }

    /// The moves the calendar caused, oldest first.
    public func moves(of id: UUID) async throws -> [DeadlineMove] {
        _ = try await model(id, on: db)
        return try await DeadlineMoveModel.query(on: db).filter(\.$deadlineID == id).sort(\.$at).all().map(\.domain)
    }

    func model(_ id: UUID, on db: any Database) async throws -> DeadlineModel {
        guard let row = try await DeadlineModel.query(on: db).filter(\.$id == id).with(\.$organisation).first(),
            scope.contains(OrgPath(value: row.organisation.path))
        else { throw Self.notFound }
        return row
    }

    /// Starts watching a deadline for an organisation in scope, owned by a user of the scope.
    public func create(
        _ input: TrackedDeadlineInput, defaultOrganisation: UUID, defaultOwner: UUID, calendar: VersionedCalendar,
        by actor: Actor
    ) async throws -> TrackedDeadline {
        let valid = try input.validated()
        let computed = try DeadlineCalculator(calendar: calendar.calendar).compute(
            valid.rule, start: valid.start, startTime: input.startTime)
        return try await db.writeTransaction { tx in
            let org = try await organisation(input.organisationID ?? defaultOrganisation, on: tx)
            let ownerID = try await owner(input.ownerID ?? defaultOwner, on: tx)
            let row = DeadlineModel()
            row.id = UUID()
            row.$organisation.id = org.id!
            row.ownerID = ownerID
            row.subject = valid.subject
            row.ruleID = valid.rule.id
            row.startDate = valid.start.iso
            row.startTime = valid.rule.unit == .hours ? input.startTime : nil
            row.events = try DeadlineModel.encode([])
            row.status = TrackedDeadline.Status.open.rawValue
            row.apply(computed, version: calendar.version)
            try await row.create(on: tx)
            let created = try row.domain
            try await AuditLog.append(
                .of(
                    "deadline.create", "deadline", id: row.id!.uuidString, before: nil as TrackedDeadline?,
                    after: created),
                orgPath: OrgPath(value: org.path), by: actor, on: tx)
            return created
        }
    }

    /// Records an event (extension, suspension, resumption, restart) and computes the deadline again. An event
    /// the rule does not allow (e.g. an extension beyond the statutory maximum) is refused and changes nothing.
    public func addEvent(_ id: UUID, _ event: DeadlineEvent, calendar: VersionedCalendar, by actor: Actor) async throws
        -> TrackedDeadline
    {
        try await db.writeTransaction { tx in
            let row = try await model(id, on: tx)
            let before = try row.domain
            guard before.status == .open else { throw DomainError.conflict("该期限已办结，不能再登记事件") }
            guard let rule = DeadlineRules.rule(before.ruleID) else { throw DomainError.conflict("期限规则已不存在") }
            let events = (before.events + [event]).sorted { $0.date < $1.date }
            let computed = try DeadlineCalculator(calendar: calendar.calendar).compute(
                rule, start: before.start, startTime: before.startTime, events: events)
            row.events = try DeadlineModel.encode(events)
            if computed.due != before.due {
                row.remindedDueSoonFor = nil
                row.remindedOverdueFor = nil
            }
            row.apply(computed, version: calendar.version)
            try await row.save(on: tx)
            let after = try row.domain
            try await AuditLog.append(
                .of("deadline.event", "deadline", id: id.uuidString, before: before, after: after),
                orgPath: OrgPath(value: row.organisation.path), by: actor, on: tx)
            return after
        }
    }

    /// Closes (办结) or reopens a deadline.
    public func setStatus(_ id: UUID, _ status: TrackedDeadline.Status, by actor: Actor) async throws
        -> TrackedDeadline
    {
        try await db.writeTransaction { tx in
            let row = try await model(id, on: tx)
            let before = try row.domain
            guard before.status != status else { return before }
            row.status = status.rawValue
            row.closedAt = status == .closed ? Date() : nil
            try await row.save(on: tx)
            let after = try row.domain
            try await AuditLog.append(
                .of(
                    status == .closed ? "deadline.close" : "deadline.reopen", "deadline", id: id.uuidString,
                    before: before, after: after),
                orgPath: OrgPath(value: row.organisation.path), by: actor, on: tx)
            return after
        }
    }

    private func organisation(_ id: UUID, on db: any Database) async throws -> OrganisationModel {
        guard let org = try await OrganisationModel.find(id, on: db), scope.contains(OrgPath(value: org.path)) else {
            throw DomainError.invalid("organisationID", "承办机构不存在，或不在您的管辖范围内")
        }
        guard org.active else { throw DomainError.invalid("organisationID", "承办机构已停用") }
        return org
    }

    private func owner(_ id: UUID, on db: any Database) async throws -> UUID {
        guard let user = try await UserModel.query(on: db).filter(\.$id == id).with(\.$organisation).first(),
            scope.contains(OrgPath(value: user.organisation.path)), user.active
        else { throw DomainError.invalid("ownerID", "承办人不存在、已停用，或不在您的管辖范围内") }
        return id
    }
}
