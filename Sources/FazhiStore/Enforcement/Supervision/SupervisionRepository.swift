import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Supervision notices (督办) within a scope. A justice bureau issues them to agencies of its subtree and decides on
/// the replies; the agency replies; a notice escalated to the bureau above is handled there. Every query filters by
/// the addressed agency's `org_path`, so nobody sees a notice outside their subtree (a second bureau's included).
public struct SupervisionRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let roles: Set<Role>
    /// The member's own organisation: the agency side may reply only to notices addressed to its own subtree.
    public let memberPath: OrgPath
    let calendar: HolidayCalendar
    let policy: SupervisionPolicy

    public init(
        db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>, memberPath: OrgPath,
        calendar: HolidayCalendar, policy: SupervisionPolicy = .standard
    ) {
        self.db = db
        self.scope = scope
        self.today = today
        self.roles = roles
        self.memberPath = memberPath
        self.calendar = calendar
        self.policy = policy
    }

    /// The roles that issue notices and decide on replies (司法行政, and the administrator).
    public static let supervisors: Set<Role> = [.justice, .admin]
    /// The roles of an agency that reply.
    public static let repliers: Set<Role> = [.officer, .legalUnit, .admin]
    static let notFound = DomainError.notFound("督办不存在，或不在您的管辖范围内")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// One notice, if the scope may see it.
    public func find(_ id: UUID) async throws -> SupervisionNoticeRow {
        guard
            let row = try await sql.raw(
                """
                \(SupervisionNoticeRow.select)
                WHERE n.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("n.org_path", on: sql))
                """
            ).first()
        else { throw Self.notFound }
        return try SupervisionNoticeRow.decode(row)
    }

    /// The notices the scope may see, the latest change first.
    public func list(_ filter: SupervisionFilter) async throws -> (rows: [SupervisionNoticeRow], total: Int) {
        var conditions: [SQLQueryString] = [scope.root.sqlSubtreeRange("n.org_path", on: sql)]
        switch filter.box {
        case .all: break
        case .issued:
            conditions.append(
                "(n.issuer_scope = \(bind: scope.root.value) OR n.supervisor_scope = \(bind: scope.root.value))")
        case .addressed: conditions.append(memberPath.sqlSubtreeRange("n.org_path", on: sql))
        }
        if let stage = filter.stage { conditions.append("n.stage = \(bind: stage.rawValue)") }
        if filter.overdue { conditions.append("n.due_on < \(bind: today.iso)") }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM supervision_notices n WHERE \(condition)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            \(SupervisionNoticeRow.select) WHERE \(condition) ORDER BY n.updated_at DESC, n.id
            LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """
        ).all().map(SupervisionNoticeRow.decode)
        return (rows, total)
    }

    /// The notice's steps, in order.
    public func events(of id: UUID) async throws -> [SupervisionEventRow] {
        _ = try await find(id)
        let decoder = JSONDecoder()
        return try await sql.raw(
            """
            SELECT sequence, action, stage_after, text, files, organisation_name, author_name, on_day, at
            FROM supervision_notice_events WHERE notice_id = \(bind: id) ORDER BY sequence
            """
        ).all().map { row in
            SupervisionEventRow(
                sequence: try row.decode(column: "sequence", as: Int.self),
                action: try row.decode(column: "action", as: String.self),
                stageAfter: SupervisionStage(rawValue: try row.decode(column: "stage_after", as: String.self))
                    ?? .issued,
                text: try row.decode(column: "text", as: String.self),
                files: try decoder.decode(
                    [EvidenceFile].self, from: Data(try row.decode(column: "files", as: String.self).utf8)),
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                authorName: try row.decode(column: "author_name", as: String.self),
                onDay: try row.decode(column: "on_day", as: String.self),
                at: try row.decode(column: "at", as: Date.self))
        }
    }

    /// The alerts a notice was issued from.
    public func alerts(of id: UUID) async throws -> [EnforcementAlertRow] {
        _ = try await find(id)
        return try await sql.raw(
            """
            SELECT a.id, a.case_id, c.reference, o.name AS organisation_name, a.rule, a.title, a.message, a.basis,
                   a.severity, a.raised_on, a.closed_at, a.closed_note
            FROM supervision_notice_alerts l JOIN enforcement_alerts a ON a.id = l.alert_id
            JOIN organisations o ON o.id = a.organisation_id LEFT JOIN enforcement_cases c ON c.id = a.case_id
            WHERE l.notice_id = \(bind: id) ORDER BY a.raised_at, a.id
            """
        ).all().map(EnforcementAlertRepository.decode)
    }

    /// The reply period running on the notice, computed and explained (nil while the bureau has the reply).
    public func deadline(for row: SupervisionNoticeRow) -> Deadline? {
        guard let from = row.dueFrom.flatMap({ CivilDate(iso: $0) }), row.dueOn != nil else { return nil }
        return try? DeadlineCalculator(calendar: calendar).compute(
            policy.replyRule(workingDays: row.replyDays), start: from)
    }

    /// The steps the member may take on the notice now.
    public func availableActions(for row: SupervisionNoticeRow) -> [SupervisionAction] {
        SupervisionAction.allCases.filter { action in
            action.next(from: row.stage) != nil && mayTake(action, on: row)
        }
    }

    /// Whether the member is on the side that takes `action`: the addressed agency's own staff reply; the bureau
    /// handling the notice now decides.
    func mayTake(_ action: SupervisionAction, on row: SupervisionNoticeRow) -> Bool {
        if action.byAgency {
            return !roles.isDisjoint(with: Self.repliers) && row.orgPath.contains(memberPath)
        }
        return !roles.isDisjoint(with: Self.supervisors) && scope.root == row.supervisorScope
    }

    /// The reply period's last day for a period starting on `day`.
    func dueDay(from day: CivilDate, days: Int) throws -> CivilDate {
        guard
            let due = try DeadlineCalculator(calendar: calendar).compute(
                policy.replyRule(workingDays: days), start: day
            ).due
        else { throw DomainError.conflict("无法计算答复期限") }
        return due
    }

    /// The justice bureau of the government at `path`: the one that issues and handles notices for that scope.
    func justiceBureau(of government: OrgPath) async throws -> (id: UUID, name: String, shortName: String)? {
        guard let governmentID = government.ids.last else { return nil }
        guard
            let row = try await sql.raw(
                """
                SELECT id, name, short_name FROM organisations
                WHERE parent_id = \(bind: governmentID) AND kind = \(bind: OrgKind.justiceBureau.rawValue)
                  AND active = \(bind: true)
                ORDER BY path LIMIT 1
                """
            ).first()
        else { return nil }
        return (
            try row.decode(column: "id", as: UUID.self), try row.decode(column: "name", as: String.self),
            try row.decode(column: "short_name", as: String.self)
        )
    }

    /// The nearest government above the one at `path`, if any.
    func governmentAbove(_ government: OrgPath) async throws -> OrgPath? {
        let ancestors = Array(government.ids.dropLast())
        guard !ancestors.isEmpty else { return nil }
        let rows = try await sql.raw(
            """
            SELECT path FROM organisations
            WHERE id IN (\(binds: ancestors)) AND kind = \(bind: OrgKind.government.rawValue)
            """
        ).all().map { OrgPath(value: try $0.decode(column: "path", as: String.self)) }
        return rows.max { $0.depth < $1.depth }
    }
}
