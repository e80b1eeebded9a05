import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A new round as the office sets it up.
public struct AssessmentRoundInput: Sendable {
    public var title: String
    public var systemID: String
    public var year: String
    public var unitIDs: [String]

    public init(title: String, systemID: String, year: String, unitIDs: [String]) {
        self.title = title
        self.systemID = systemID
        self.year = year
        self.unitIDs = unitIDs
    }
}

extension AssessmentRepository {
    /// The rounds the scope runs or is assessed in, newest first.
    public func rounds() async throws -> [AssessmentRoundRow] { try await listings(only: nil) }

    public func round(_ id: UUID) async throws -> AssessmentRoundRow {
        guard let round = try await listings(only: id).first else { throw Self.notFound }
        return round
    }

    private func listings(only id: UUID?) async throws -> [AssessmentRoundRow] {
        let owned = scope.root.sqlSubtreeRange("r.org_path", on: sql)
        let one: SQLQueryString = id.map { "r.id = \(bind: $0) AND " } ?? ""
        return try await sql.raw(
            """
            SELECT r.id, r.system_id, r.title, r.period_first, r.period_last, r.status, r.definition, r.created_at,
                   o.name, CASE WHEN \(owned) THEN 1 ELSE 0 END AS own
            FROM assessment_rounds r JOIN organisations o ON o.id = r.organisation_id
            WHERE \(one)(\(owned) OR EXISTS (SELECT 1 FROM assessment_units u WHERE u.round_id = r.id
                                              AND \(scope.root.sqlSubtreeRange("u.org_path", on: sql))))
            ORDER BY r.created_at DESC
            """
        ).all().map { row in
            guard
                let period = AssessmentPeriod(
                    first: try CivilDate.column(row, "period_first"), last: try CivilDate.column(row, "period_last"))
            else { throw Self.notFound }
            return AssessmentRoundRow(
                id: try row.decode(column: "id", as: UUID.self),
                systemID: try row.decode(column: "system_id", as: UUID.self),
                title: try row.decode(column: "title", as: String.self),
                organisationName: try row.decode(column: "name", as: String.self), period: period,
                status: AssessmentRoundStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
                system: try Self.decode(IndicatorSystem.self, try row.decode(column: "definition", as: String.self)),
                createdAt: try row.decode(column: "created_at", as: Date.self),
                ownRound: try row.decode(column: "own", as: Int.self) == 1)
        }
    }

    /// The units of a round the scope may see: all of them for the office (or with `everyUnit`, for published
    /// results), else those in the scope.
    public func units(of round: AssessmentRoundRow, everyUnit: Bool = false) async throws -> [AssessmentUnitRow] {
        let visible: SQLQueryString =
            round.ownRound || everyUnit ? "" : " AND \(scope.root.sqlSubtreeRange("u.org_path", on: sql))"
        return try await sql.raw(
            """
            SELECT u.organisation_id, o.name, u.org_path, u.status, u.submitted_at FROM assessment_units u
            JOIN organisations o ON o.id = u.organisation_id
            WHERE u.round_id = \(bind: round.id)\(visible) ORDER BY u.org_path
            """
        ).all().map { row in
            AssessmentUnitRow(
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                name: try row.decode(column: "name", as: String.self),
                status: UnitAssessmentStatus(rawValue: try row.decode(column: "status", as: String.self))
                    ?? .selfAssessing,
                submittedAt: try row.decode(column: "submitted_at", as: Date?.self),
                inScope: scope.contains(OrgPath(value: try row.decode(column: "org_path", as: String.self))))
        }
    }

    /// Creates a round of a system the scope keeps, for a year, over units in the scope; it starts in 准备.
    public func createRound(_ input: AssessmentRoundInput, office: UUID, by actor: Actor) async throws
        -> AssessmentRoundRow
    {
        guard mayAssess else { throw Self.officeOnly }
        var v = Validation()
        let title = v.text("title", input.title, label: "考核名称", maxLength: 200)
        let systemID = UUID(uuidString: input.systemID)
        if systemID == nil { v.add("systemID", "请选择指标体系") }
        let period = Int(input.year.trimmingCharacters(in: .whitespaces)).flatMap {
            (2000...2100).contains($0) ? $0 : nil
        }
        .flatMap(AssessmentPeriod.year)
        if period == nil { v.add("year", "考核年度应为四位数字，例如 2026") }
        let unitIDs = Set(input.unitIDs.compactMap(UUID.init(uuidString:)))
        if unitIDs.isEmpty { v.add("unitIDs", "请选择至少一个被考核单位") }
        try v.check()
        let system = try await self.system(systemID!)
        let organisations = OrganisationRepository(db: db, scope: scope)
        let office = try await organisations.find(office)
        var units: [Organisation] = []
        for id in unitIDs {
            do {
                units.append(try await organisations.find(id))
            } catch DomainError.notFound {
                throw DomainError.invalid("unitIDs", "被考核单位不存在，或不在您的管辖范围内")
            }
        }
        let id = UUID()
        let definition = try Self.json(system.system)
        let members = units
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await BulkInsert.run(
                into: "assessment_rounds",
                columns: [
                    "id", "system_id", "organisation_id", "org_path", "title", "period_first", "period_last", "status",
                    "definition", "created_at",
                ],
                rows: [
                    [
                        id, system.id, office.id, office.path.value, title, period!.first.iso, period!.last.iso,
                        AssessmentRoundStatus.draft.rawValue, definition, Date(),
                    ]
                ], on: sql)
            try await BulkInsert.run(
                into: "assessment_units", columns: ["round_id", "organisation_id", "org_path", "status"],
                rows: members.map { [id, $0.id, $0.path.value, UnitAssessmentStatus.selfAssessing.rawValue] }, on: sql)
            try await AuditLog.append(
                .of(
                    "assessment.round.create", "assessment_round", id: id.uuidString, before: nil as RoundRecord?,
                    after: RoundRecord(
                        title: title, system: system.system.name, period: period!.text, status: "draft",
                        units: members.map(\.name).sorted())),
                orgPath: office.path, by: actor, on: tx)
        }
        return try await round(id)
    }

    /// Moves a round the scope runs to its next status (自评, 审核, 已公布, or back to 自评 from 审核).
    public func move(_ roundID: UUID, to next: AssessmentRoundStatus, by actor: Actor) async throws
        -> AssessmentRoundRow
    {
        let round = try await round(roundID)
        guard mayAssess, round.ownRound else { throw Self.officeOnly }
        _ = try round.status.moving(to: next)
        if next == .published {
            let results = try await results(of: round)
            let pending = results.filter { $0.unit.status != .reviewed || !$0.card.isComplete }.map(\.unit.name)
            if !pending.isEmpty {
                throw DomainError.conflict("以下单位尚未审核完毕，不能公布结果：\(pending.joined(separator: "、"))")
            }
        }
        let path = try await ownerPath(round.id)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let current = try await sql.raw(
                "SELECT status FROM assessment_rounds WHERE id = \(bind: roundID)\(sql.forUpdate)"
            ).first()?
            .decode(column: "status", as: String.self)
            guard current == round.status.rawValue else {
                throw DomainError.conflict("考核的阶段刚刚已被他人更改，请刷新页面后再操作")
            }
            try await sql.raw(
                "UPDATE assessment_rounds SET status = \(bind: next.rawValue) WHERE id = \(bind: roundID)"
            )
            .run()
            if next == .selfAssessment && round.status == .review {
                // Self-assessment reopens for every unit; reviews already made stay on their entries.
                try await sql.raw(
                    "UPDATE assessment_units SET status = 'returned' WHERE round_id = \(bind: roundID) AND status <> 'self_assessing'"
                ).run()
            }
            try await AuditLog.append(
                .of(
                    "assessment.round.\(next.rawValue)", "assessment_round", id: roundID.uuidString,
                    before: ["status": round.status.rawValue], after: ["status": next.rawValue]),
                orgPath: path, by: actor, on: tx)
        }
        return try await self.round(roundID)
    }

    func ownerPath(_ roundID: UUID) async throws -> OrgPath {
        guard
            let path = try await sql.raw("SELECT org_path FROM assessment_rounds WHERE id = \(bind: roundID)").first()?
                .decode(column: "org_path", as: String.self)
        else { throw Self.notFound }
        return OrgPath(value: path)
    }
}

struct RoundRecord: Codable {
    var title: String
    var system: String
    var period: String
    var status: String
    var units: [String]
}
