import FazhiCore
import Fluent
import Foundation
import SQLKit

extension EnforcementMasterDataRepository {
    /// Adds a matter to a body's powers list; its code must be new to the body.
    @discardableResult
    public func createMatter(_ input: PowerMatterInput, body bodyID: UUID, by actor: Actor) async throws
        -> PowerMatterRow
    {
        try requireEditor()
        let valid = try input.validated()
        let body = try await self.body(bodyID)
        let id = UUID()
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            if try await Self.matterID(code: valid.code, body: body.id, on: sql) != nil {
                throw DomainError.invalid("code", "「\(body.name)」的权责清单中已有编码为「\(valid.code)」的事项")
            }
            try await Self.insertMatter(valid, id: id, body: body, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.matter.create", "power_matter", id: id.uuidString, before: nil as MatterRecord?,
                    after: MatterRecord(valid, active: true)),
                orgPath: body.path, by: actor, on: tx)
        }
        return try await matter(id)
    }

    /// Changes a matter in the scope (its code too, if no other matter of the body has the new one); a changed
    /// matter is active again.
    @discardableResult
    public func updateMatter(_ id: UUID, _ input: PowerMatterInput, by actor: Actor) async throws -> PowerMatterRow {
        try requireEditor()
        let valid = try input.validated()
        let current = try await matter(id)
        let body = try await self.body(current.organisationID)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            if let other = try await Self.matterID(code: valid.code, body: body.id, on: sql), other != id {
                throw DomainError.invalid("code", "「\(body.name)」的权责清单中已有编码为「\(valid.code)」的事项")
            }
            try await Self.updateMatter(id, valid, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.matter.update", "power_matter", id: id.uuidString, before: MatterRecord(current),
                    after: MatterRecord(valid, active: true)),
                orgPath: body.path, by: actor, on: tx)
        }
        return try await matter(id)
    }

    /// Takes a matter in the scope off the list (cases already filed under it keep its code and name).
    public func deactivateMatter(_ id: UUID, by actor: Actor) async throws {
        try requireEditor()
        let current = try await matter(id)
        guard current.active else { return }
        let body = try await self.body(current.organisationID)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw(
                "UPDATE power_matters SET active = \(bind: false), updated_at = \(bind: Date()) WHERE id = \(bind: id)"
            ).run()
            var after = MatterRecord(current)
            after.active = false
            try await AuditLog.append(
                .of(
                    "enforcement.matter.deactivate", "power_matter", id: id.uuidString, before: MatterRecord(current),
                    after: after),
                orgPath: body.path, by: actor, on: tx)
        }
    }

    /// The matters the filter selects in the scope, by body and code, and how many there are in all.
    public func matters(_ filter: PowerMatterFilter) async throws -> (rows: [PowerMatterRow], total: Int) {
        var conditions: [SQLQueryString] = [scope.root.sqlSubtreeRange("m.org_path", on: sql)]
        if let body = filter.bodyID { conditions.append("m.organisation_id = \(bind: body)") }
        if let kind = filter.kind { conditions.append("m.kind = \(bind: kind.rawValue)") }
        if !filter.includeInactive { conditions.append("m.active = \(bind: true)") }
        switch filter.list {
        case .noPenalty: conditions.append("m.no_penalty = \(bind: true)")
        case .lightPenalty: conditions.append("m.light_penalty = \(bind: true)")
        case nil: break
        }
        for word in (filter.words ?? "").split(whereSeparator: \.isWhitespace).prefix(5) {
            let pattern = "%" + Self.likeEscaped(String(word)) + "%"
            conditions.append(
                """
                (m.code LIKE \(bind: pattern) ESCAPE '\\' OR m.name LIKE \(bind: pattern) ESCAPE '\\'
                 OR m.legal_basis LIKE \(bind: pattern) ESCAPE '\\')
                """)
        }
        let condition = conditions.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM power_matters m WHERE \(condition)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        let rows = try await matterRows(
            "\(condition) ORDER BY m.org_path, m.code LIMIT \(unsafeRaw: String(max(0, filter.limit))) OFFSET \(unsafeRaw: String(max(0, filter.offset)))"
        )
        return (rows, total)
    }

    /// One matter in the scope.
    public func matter(_ id: UUID) async throws -> PowerMatterRow {
        guard
            let matter = try await matterRows(
                "m.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("m.org_path", on: sql))"
            ).first
        else { throw Self.notFound }
        return matter
    }

    private func matterRows(_ tail: SQLQueryString) async throws -> [PowerMatterRow] {
        let rows = try await sql.raw(
            """
            SELECT m.id, m.organisation_id, o.name AS body_name, m.code, m.name, m.kind, m.legal_basis, m.benchmark,
                   m.no_penalty, m.light_penalty, m.active, m.updated_at
            FROM power_matters m JOIN organisations o ON o.id = m.organisation_id
            WHERE \(tail)
            """
        ).all()
        return try rows.map { row in
            PowerMatterRow(
                id: try row.decode(column: "id", as: UUID.self),
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                bodyName: try row.decode(column: "body_name", as: String.self),
                code: try row.decode(column: "code", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                kind: PowerKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
                legalBasis: try row.decode(column: "legal_basis", as: String.self),
                benchmark: try JSONDecoder().decode(
                    DiscretionBenchmark.self, from: Data(try row.decode(column: "benchmark", as: String.self).utf8)),
                noPenalty: try row.decode(column: "no_penalty", as: Bool.self),
                lightPenalty: try row.decode(column: "light_penalty", as: Bool.self),
                active: try row.decode(column: "active", as: Bool.self),
                updatedAt: try row.decode(column: "updated_at", as: Date.self))
        }
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static func matterID(code: String, body: UUID, on sql: any SQLDatabase) async throws -> UUID? {
        try await sql.raw(
            "SELECT id FROM power_matters WHERE organisation_id = \(bind: body) AND code = \(bind: code)\(sql.forUpdate)"
        ).first()?.decode(column: "id", as: UUID.self)
    }

    static func insertMatter(
        _ matter: PowerMatterInput.Valid, id: UUID, body: EnforcementBodyRow, on sql: any SQLDatabase
    ) async throws {
        try await sql.insert(into: "power_matters")
            .columns(
                "id", "organisation_id", "org_path", "code", "name", "kind", "legal_basis", "benchmark", "no_penalty",
                "light_penalty", "active", "updated_at"
            )
            .values(
                SQLBind(id), SQLBind(body.id), SQLBind(body.path.value), SQLBind(matter.code), SQLBind(matter.name),
                SQLBind(matter.kind.rawValue), SQLBind(matter.legalBasis),
                SQLBind(try AuditChange.canonicalJSON(matter.benchmark)), SQLBind(matter.noPenalty),
                SQLBind(matter.lightPenalty), SQLBind(true), SQLBind(Date())
            ).run()
    }

    static func updateMatter(_ id: UUID, _ matter: PowerMatterInput.Valid, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE power_matters SET code = \(bind: matter.code), name = \(bind: matter.name),
                   kind = \(bind: matter.kind.rawValue), legal_basis = \(bind: matter.legalBasis),
                   benchmark = \(bind: try AuditChange.canonicalJSON(matter.benchmark)),
                   no_penalty = \(bind: matter.noPenalty), light_penalty = \(bind: matter.lightPenalty),
                   active = \(bind: true), updated_at = \(bind: Date())
            WHERE id = \(bind: id)
            """
        ).run()
    }
}

/// A matter as the audit trail records it.
struct MatterRecord: Codable, Equatable {
    var code: String
    var name: String
    var kind: String
    var legalBasis: String
    var benchmark: DiscretionBenchmark
    var noPenalty: Bool
    var lightPenalty: Bool
    var active: Bool

    init(_ valid: PowerMatterInput.Valid, active: Bool) {
        code = valid.code
        name = valid.name
        kind = valid.kind.rawValue
        legalBasis = valid.legalBasis
        benchmark = valid.benchmark
        noPenalty = valid.noPenalty
        lightPenalty = valid.lightPenalty
        self.active = active
    }

    init(_ row: PowerMatterRow) {
        code = row.code
        name = row.name
        kind = row.kind.rawValue
        legalBasis = row.legalBasis
        benchmark = row.benchmark
        noPenalty = row.noPenalty
        lightPenalty = row.lightPenalty
        active = row.active
    }
}
