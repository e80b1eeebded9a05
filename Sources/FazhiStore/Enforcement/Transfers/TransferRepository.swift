import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Transfers of suspected crimes to the police (两法衔接) within a scope. The transferring agency's officers, legal
/// units and administrators report, and record every step (the police's receipt and decisions reach them on paper);
/// the procuratorate (检察监督) reads the transfers of its government and records 立案监督 opinions; everyone else in
/// the scope reads. Every query filters by the agency's `org_path`.
public struct TransferRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let roles: Set<Role>
    /// The member's own organisation: the agency side records steps only on transfers of its own subtree.
    public let memberPath: OrgPath
    public let memberOrganisationID: UUID
    let calendar: HolidayCalendar

    public init(
        db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>, memberPath: OrgPath,
        memberOrganisationID: UUID, calendar: HolidayCalendar
    ) {
        self.db = db
        self.scope = scope
        self.today = today
        self.roles = roles
        self.memberPath = memberPath
        self.memberOrganisationID = memberOrganisationID
        self.calendar = calendar
    }

    /// The roles of an agency that report transfers and record their steps.
    public static let recorders: Set<Role> = [.officer, .legalUnit, .admin]
    static let notFound = DomainError.notFound("移送案件不存在，或不在您的管辖范围内")

    var sql: any SQLDatabase { db as! any SQLDatabase }
    var calculator: DeadlineCalculator { DeadlineCalculator(calendar: calendar) }

    /// The scope of transfers for a member (`Scope.transfers`): a procuratorate's is its government's subtree.
    public static func scope(
        organisation path: OrgPath, roles: Set<Role>, fallback: Scope, on db: any Database
    ) async throws -> Scope {
        guard roles.contains(.procuratorate) else { return fallback }
        let sql = db as! any SQLDatabase
        let chain = try await sql.raw(
            "SELECT path, kind FROM organisations WHERE id IN (\(binds: path.ids))"
        ).all().map { row in
            OrgSummary(
                path: OrgPath(value: try row.decode(column: "path", as: String.self)),
                kind: OrgKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other)
        }.sorted { $0.path.depth < $1.path.depth }
        return Scope.transfers(member: chain, roles: roles) ?? fallback
    }

    /// Whether the member may report transfers at all.
    public var mayReport: Bool { !roles.isDisjoint(with: Self.recorders) }

    /// Whether the member may record 立案监督 opinions.
    public var mayGiveOpinion: Bool { roles.contains(.procuratorate) }

    /// One transfer, if the scope may see it.
    public func find(_ id: UUID) async throws -> TransferRow {
        guard
            let row = try await sql.raw(
                """
                \(TransferRow.select)
                WHERE t.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("t.org_path", on: sql))
                """
            ).first()
        else { throw Self.notFound }
        return try TransferRow.decode(row)
    }

    /// The transfers the scope may see, the latest change first.
    public func list(_ filter: TransferFilter) async throws -> (rows: [TransferRow], total: Int) {
        var conditions: [SQLQueryString] = [scope.root.sqlSubtreeRange("t.org_path", on: sql)]
        if let stage = filter.stage { conditions.append("t.stage = \(bind: stage.rawValue)") }
        if filter.overdue { conditions.append("t.due_on < \(bind: today.iso)") }
        if filter.open {
            let final = TransferStage.allCases.filter(\.isFinal).map(\.rawValue)
            conditions.append("t.stage NOT IN (\(binds: final))")
        }
        if let caseID = filter.caseID { conditions.append("t.case_id = \(bind: caseID)") }
        if let words = filter.words?.trimmingCharacters(in: .whitespaces), !words.isEmpty {
            let like = "%\(words.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: ""))%"
            conditions.append(
                "(t.subject LIKE \(bind: like) OR t.party LIKE \(bind: like) OR t.offence LIKE \(bind: like) OR t.police LIKE \(bind: like))"
            )
        }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM crime_transfers t WHERE \(condition)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            \(TransferRow.select) WHERE \(condition) ORDER BY t.updated_at DESC, t.id
            LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """
        ).all().map(TransferRow.decode)
        return (rows, total)
    }

    /// The transfer's steps and opinions, in order.
    public func events(of id: UUID) async throws -> [TransferEventRow] {
        _ = try await find(id)
        return try await sql.raw(
            """
            SELECT sequence, action, stage_after, on_day, on_time, document, note, late, organisation_name,
                   author_name, at
            FROM crime_transfer_events WHERE transfer_id = \(bind: id) ORDER BY sequence
            """
        ).all().map { row in
            TransferEventRow(
                sequence: try row.decode(column: "sequence", as: Int.self),
                action: try row.decode(column: "action", as: String.self),
                stageAfter: TransferStage(rawValue: try row.decode(column: "stage_after", as: String.self))
                    ?? .reported,
                onDay: try row.decode(column: "on_day", as: String.self),
                onTime: try row.decode(column: "on_time", as: String?.self),
                document: try row.decode(column: "document", as: String.self),
                note: try row.decode(column: "note", as: String.self),
                late: try row.decode(column: "late", as: Bool.self),
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                authorName: try row.decode(column: "author_name", as: String.self),
                at: try row.decode(column: "at", as: Date.self))
        }
    }

    /// The period running on the transfer, computed and explained, or nil when none runs.
    public func deadline(for row: TransferRow) -> Deadline? {
        guard let from = row.dueFrom.flatMap({ CivilDate(iso: $0) }) else { return nil }
        return TransferDeadlines.running(row.stage, since: from, time: row.dueFromTime, calculator: calculator)
    }

    /// Whether the member records steps on `row`: an administrator, or the agency's own officers and legal units.
    public func mayRecord(on row: TransferRow) -> Bool {
        roles.contains(.admin) || (!roles.isDisjoint(with: Self.recorders) && row.orgPath.contains(memberPath))
    }

    /// The steps the member may take on the transfer now.
    public func availableActions(for row: TransferRow) -> [TransferAction] {
        guard mayRecord(on: row) else { return [] }
        return TransferAction.allCases.filter { $0.next(from: row.stage) != nil }
    }
}
