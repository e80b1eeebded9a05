import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Assessment (考核) within a scope. The office that owns a system or runs a round (its organisation in the scope)
/// sees and decides all of it; a unit sees the rounds it is assessed in, and in them its own scorecard (and, once
/// published, the results of all).
public struct AssessmentRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    /// Whether the user may edit systems, run rounds and review (`Role.supervisoryOffice`), within the scope.
    public let mayAssess: Bool

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.mayAssess = !roles.isDisjoint(with: Role.supervisoryOffice)
    }

    static let notFound = DomainError.notFound("考核或指标体系不存在，或不在您的管辖范围内")
    static let officeOnly = DomainError.forbidden("只有组织考核的法治政府建设办公室或司法行政机关可以进行此操作")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    static func json<T: Encodable>(_ value: T) throws -> String { try AuditChange.canonicalJSON(value) }
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    // MARK: Indicator systems

    /// The systems the scope's offices keep, newest first.
    public func systems() async throws -> [IndicatorSystemRow] {
        try await sql.raw(
            """
            SELECT s.id, s.definition, s.updated_at, o.name FROM indicator_systems s
            JOIN organisations o ON o.id = s.organisation_id
            WHERE \(scope.root.sqlSubtreeRange("s.org_path", on: sql)) ORDER BY s.updated_at DESC
            """
        ).all().map(decodeSystem)
    }

    public func system(_ id: UUID) async throws -> IndicatorSystemRow {
        guard
            let row = try await sql.raw(
                """
                SELECT s.id, s.definition, s.updated_at, o.name FROM indicator_systems s
                JOIN organisations o ON o.id = s.organisation_id
                WHERE s.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("s.org_path", on: sql))
                """
            ).first()
        else { throw Self.notFound }
        return try decodeSystem(row)
    }

    private func decodeSystem(_ row: any SQLRow) throws -> IndicatorSystemRow {
        IndicatorSystemRow(
            id: try row.decode(column: "id", as: UUID.self),
            organisationName: try row.decode(column: "name", as: String.self),
            system: try Self.decode(IndicatorSystem.self, try row.decode(column: "definition", as: String.self)),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    /// Saves a system for the office `office` (new when `id` is nil), after validating all of it.
    public func saveSystem(_ system: IndicatorSystem, id: UUID? = nil, office: UUID, by actor: Actor) async throws
        -> IndicatorSystemRow
    {
        guard mayAssess else { throw Self.officeOnly }
        _ = try system.validated()
        var before: IndicatorSystem?
        if let id { before = try await self.system(id).system }
        let organisation = try await OrganisationRepository(db: db, scope: scope).find(office)
        let id = id ?? UUID()
        let previous = before
        let definition = try Self.json(system)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            if previous == nil {
                try await BulkInsert.run(
                    into: "indicator_systems",
                    columns: ["id", "organisation_id", "org_path", "name", "definition", "updated_at"],
                    rows: [[id, organisation.id, organisation.path.value, system.name, definition, Date()]], on: sql)
            } else {
                try await sql.raw(
                    """
                    UPDATE indicator_systems SET name = \(bind: system.name), definition = \(bind: definition),
                           updated_at = \(bind: Date()) WHERE id = \(bind: id)
                    """
                ).run()
            }
            try await AuditLog.append(
                .of(
                    previous == nil ? "assessment.system.create" : "assessment.system.update", "indicator_system",
                    id: id.uuidString, before: previous, after: system),
                orgPath: organisation.path, by: actor, on: tx)
        }
        return try await self.system(id)
    }
}
