import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A government's annual report as it is shown: the text people wrote (or the first draft, until they do) and the
/// figures counted now.
public struct AnnualReport: Sendable, Equatable {
    public var id: UUID
    public var government: Organisation
    public var year: Int
    public var facts: AnnualReportFacts
    /// The text of each section: what was saved, or the draft made from the facts.
    public var texts: [AnnualReportSection: String]
    public var updatedBy: String
    public var updatedAt: Date
}

/// Annual reports within a scope: a report belongs to a government in the scope; the offices that run
/// inspections and assessment (依法治理办, 司法行政, 管理员) write them, everyone in the scope may read them.
public struct AnnualReportRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let mayWrite: Bool

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.mayWrite = !roles.isDisjoint(with: Role.supervisoryOffice)
    }

    static let notFound = DomainError.notFound("年度报告不存在，或不在您的管辖范围内")
    static let officeOnly = DomainError.forbidden("只有法治政府建设办公室、司法行政机关或管理员可以编写年度报告")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// The reports in scope, newest year first.
    public func list() async throws -> [(id: UUID, government: String, year: Int, updatedAt: Date)] {
        try await sql.raw(
            """
            SELECT r.id, o.name, r.year, r.updated_at FROM annual_reports r JOIN organisations o ON o.id = r.organisation_id
            WHERE \(scope.root.sqlSubtreeRange("r.org_path", on: sql)) ORDER BY r.year DESC, r.org_path
            """
        ).all().map { row in
            (
                id: try row.decode(column: "id", as: UUID.self),
                government: try row.decode(column: "name", as: String.self),
                year: try row.decode(column: "year", as: Int.self),
                updatedAt: try row.decode(column: "updated_at", as: Date.self)
            )
        }
    }

    public func report(_ id: UUID) async throws -> AnnualReport {
        guard
            let row = try await sql.raw(
                """
                SELECT organisation_id, year, texts, updated_by, updated_at FROM annual_reports
                WHERE id = \(bind: id) AND \(scope.root.sqlSubtreeRange("org_path", on: sql))
                """
            ).first()
        else { throw Self.notFound }
        let government = try await OrganisationRepository(db: db, scope: scope).find(
            try row.decode(column: "organisation_id", as: UUID.self))
        let year = try row.decode(column: "year", as: Int.self)
        let facts = try await AnnualReportFigures.facts(for: government, year: year, today: today, on: db)
        let saved = try JSONDecoder().decode(
            [String: String].self, from: Data(try row.decode(column: "texts", as: String.self).utf8))
        var texts: [AnnualReportSection: String] = [:]
        for section in AnnualReportSection.allCases {
            texts[section] = saved[section.rawValue] ?? AnnualReportDraft.text(section, facts)
        }
        return AnnualReport(
            id: id, government: government, year: year, facts: facts, texts: texts,
            updatedBy: try row.decode(column: "updated_by", as: String.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    /// Starts the report of a government in the scope for a year, with the first draft of every section; a
    /// government has one report a year (a second start opens the first).
    public func start(government id: String, year: String, by actor: Actor) async throws -> UUID {
        guard mayWrite else { throw Self.officeOnly }
        var v = Validation()
        let governmentID = UUID(uuidString: id)
        if governmentID == nil { v.add("organisationID", "请选择政府") }
        let year = Int(year.trimmingCharacters(in: .whitespaces)).flatMap { (2000...2100).contains($0) ? $0 : nil }
        if year == nil { v.add("year", "年度应为四位数字，例如 2026") }
        try v.check()
        let government: Organisation
        do {
            government = try await OrganisationRepository(db: db, scope: scope).find(governmentID!)
        } catch DomainError.notFound {
            throw DomainError.invalid("organisationID", "该政府不存在，或不在您的管辖范围内")
        }
        guard government.kind == .government else {
            throw DomainError.invalid("organisationID", "年度报告以政府为单位编写，请选择人民政府")
        }
        if let existing = try await sql.raw(
            "SELECT id FROM annual_reports WHERE organisation_id = \(bind: government.id) AND year = \(bind: year!)"
        ).first() {
            return try existing.decode(column: "id", as: UUID.self)
        }
        let id = UUID()
        try await db.writeTransaction { tx in
            try await BulkInsert.run(
                into: "annual_reports",
                columns: ["id", "organisation_id", "org_path", "year", "texts", "updated_by", "updated_at"],
                rows: [[id, government.id, government.path.value, year!, "{}", actor.name, Date()]],
                on: tx as! any SQLDatabase)
            try await AuditLog.append(
                .of(
                    "report.create", "annual_report", id: id.uuidString, before: nil as [String: Int]?,
                    after: ["year": year!]),
                orgPath: government.path, by: actor, on: tx)
        }
        return id
    }

    /// Saves the sections' text as written.
    public func save(_ id: UUID, texts: [AnnualReportSection: String], by actor: Actor) async throws -> AnnualReport {
        guard mayWrite else { throw Self.officeOnly }
        let before = try await report(id)
        var v = Validation()
        for (section, text) in texts where text.count > 20_000 {
            v.add(section.rawValue, "「\(section.title)」不能超过20000个字")
        }
        try v.check()
        let stored = Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) })
        let json = try AuditChange.canonicalJSON(stored)
        try await db.writeTransaction { tx in
            try await (tx as! any SQLDatabase).raw(
                "UPDATE annual_reports SET texts = \(bind: json), updated_by = \(bind: actor.name), updated_at = \(bind: Date()) WHERE id = \(bind: id)"
            ).run()
            try await AuditLog.append(
                .of(
                    "report.update", "annual_report", id: id.uuidString,
                    before: Dictionary(uniqueKeysWithValues: before.texts.map { ($0.key.rawValue, $0.value) }),
                    after: stored),
                orgPath: before.government.path, by: actor, on: tx)
        }
        return try await report(id)
    }
}
