import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Complaints (投诉举报) within a scope, as the handling bodies see them. Every query filters by the handling body's
/// `org_path`: a bureau sees what was routed to it and to the bodies of its subtree, an agency what was routed to its
/// own subtree (not a complaint about it handled by its bureau).
public struct ComplaintRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let roles: Set<Role>
    /// The member's own organisation: only the handling body's own staff accept, refuse and reply.
    public let memberPath: OrgPath
    let calendar: HolidayCalendar

    public init(
        db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>, memberPath: OrgPath,
        calendar: HolidayCalendar
    ) {
        self.db = db
        self.scope = scope
        self.today = today
        self.roles = roles
        self.memberPath = memberPath
        self.calendar = calendar
    }

    /// The roles that handle a complaint routed to their organisation.
    public static let handlers: Set<Role> = [.officer, .legalUnit, .justice, .admin]
    /// The roles that reassign within their subtree (a supervising bureau) and set the region's answer period.
    public static let supervisors: Set<Role> = [.justice, .admin]
    /// The roles whose token may feed complaints from the 12345 hotline.
    public static let feeders: Set<Role> = [.admin, .ruleOfLawOffice, .justice]
    static let notFound = DomainError.notFound("投诉举报不存在，或不在您的管辖范围内")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// One complaint, if the scope may see it.
    public func find(_ id: UUID) async throws -> ComplaintRow {
        guard
            let row = try await sql.raw(
                "\(ComplaintRow.select) WHERE c.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("c.org_path", on: sql))"
            ).first()
        else { throw Self.notFound }
        return try ComplaintRow.decode(row)
    }

    /// One complaint by its tracking number, for the feed: visible when it is handled in the scope or was fed from it.
    public func find(number: String) async throws -> ComplaintRow {
        let typed = ComplaintCode.normalise(number)
        guard
            let row = try await sql.raw(
                """
                \(ComplaintRow.select) WHERE c.number = \(bind: typed)
                  AND (\(scope.root.sqlSubtreeRange("c.org_path", on: sql))
                       OR \(scope.root.sqlSubtreeRange("c.submitter_path", on: sql)))
                """
            ).first()
        else { throw Self.notFound }
        return try ComplaintRow.decode(row)
    }

    /// The complaints of the scope, the nearest due day first, answered ones after, newest first.
    public func list(_ filter: ComplaintFilter) async throws -> (rows: [ComplaintRow], total: Int) {
        var conditions: [SQLQueryString] = [scope.root.sqlSubtreeRange("c.org_path", on: sql)]
        if let stage = filter.stage { conditions.append("c.stage = \(bind: stage.rawValue)") }
        if let kind = filter.kind { conditions.append("c.kind = \(bind: kind.rawValue)") }
        if let source = filter.source { conditions.append("c.source = \(bind: source.rawValue)") }
        if filter.overdue { conditions.append("c.due_on < \(bind: today.iso)") }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM complaints c WHERE \(condition)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            \(ComplaintRow.select) WHERE \(condition)
            ORDER BY CASE WHEN c.due_on IS NULL THEN 1 ELSE 0 END, c.due_on, c.created_at DESC, c.id
            LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """
        ).all().map(ComplaintRow.decode)
        return (rows, total)
    }

    /// The complaint's steps, in order.
    public func events(of id: UUID) async throws -> [ComplaintEventRow] {
        _ = try await find(id)
        return try await ComplaintEvents.list(of: id, on: sql)
    }

    /// The answer period running on the complaint, computed and explained (nil once answered).
    public func deadline(for row: ComplaintRow) async throws -> Deadline? {
        try await ComplaintEvents.deadline(for: row, calendar: calendar, on: sql)
    }

    /// The steps the member may take on the complaint now.
    public func availableActions(for row: ComplaintRow) -> [ComplaintAction] {
        ComplaintAction.allCases.filter { $0.next(from: row.stage) != nil && mayTake($0, on: row) }
    }

    /// Whether the member may take `action`: a supervising bureau (or an administrator) reassigns within its scope;
    /// the handling body's own staff (or an administrator) accept, refuse and reply.
    func mayTake(_ action: ComplaintAction, on row: ComplaintRow) -> Bool {
        if action == .reassign { return !roles.isDisjoint(with: Self.supervisors) }
        if roles.contains(.admin) { return true }
        return !roles.isDisjoint(with: Self.handlers) && row.orgPath.contains(memberPath)
    }

    /// The bodies a complaint may be reassigned to: registered active bodies and justice bureaus in the scope, but
    /// not the one handling it now.
    public func reassignTargets(for row: ComplaintRow) async throws -> [ComplaintBodyOption] {
        try await sql.raw(
            """
            SELECT o.id, o.name FROM organisations o
            WHERE o.active = \(bind: true) AND o.id <> \(bind: row.organisationID)
              AND \(scope.root.sqlSubtreeRange("o.path", on: sql))
              AND (o.kind = \(bind: OrgKind.justiceBureau.rawValue)
                   OR o.id IN (SELECT id FROM enforcement_bodies WHERE status = 'active'))
            ORDER BY o.path
            """
        ).all().map {
            ComplaintBodyOption(
                id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "name", as: String.self))
        }
    }

    /// The answer period that applies to complaints handled in the scope, and whether it is the region's own.
    public func policy() async throws -> ComplaintPolicy {
        try await ComplaintRouting.policy(at: scope.root, on: sql)
    }

    /// Sets the answer period of the scope's region (司法行政, admin), for complaints received from now on.
    public func setPolicy(replyDays text: String?, by actor: Actor) async throws -> ComplaintPolicy {
        guard !roles.isDisjoint(with: Self.supervisors) else {
            throw DomainError.forbidden("设置投诉举报答复期限需要司法行政或管理员角色")
        }
        let policy = try ComplaintPolicy.validated(replyDays: text)
        let before = try await self.policy()
        guard let id = scope.root.ids.last else { throw DomainError.conflict("无法确定本地区") }
        let root = scope.root
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw("DELETE FROM complaint_policies WHERE id = \(bind: id)").run()
            try await BulkInsert.run(
                into: "complaint_policies", columns: ["id", "org_path", "reply_days", "updated_at"],
                rows: [[id, root.value, policy.replyWorkingDays, Date()]], on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.complaint.policy", "complaint_policy", id: id.uuidString, before: before,
                    after: policy),
                orgPath: root, by: actor, on: tx)
        }
        return policy
    }
}
