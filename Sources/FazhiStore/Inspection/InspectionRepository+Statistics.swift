import FazhiCore
import Fluent
import Foundation
import SQLKit

extension InspectionRepository {
    /// The rectification figures of the findings `filter` selects (its paging aside): in all, by unit and by kind.
    /// Units come in path order (a subtree together). Each group's figures are counts of the same rows the findings list shows with the group as its filter, so a
    /// figure and the list behind it always agree.
    public func statistics(_ filter: InspectionFindingFilter) async throws -> RectificationStatistics {
        let whereClause = conditions(filter)
        let total =
            try await sql.raw(
                "SELECT \(figureColumns("f")) FROM inspection_findings f WHERE \(whereClause)"
            ).first().map(decodeFigures) ?? RectificationFigures()
        let byUnit = try await sql.raw(
            """
            SELECT f.organisation_id AS k, o.name, MIN(o.path) AS path, \(figureColumns("f"))
            FROM inspection_findings f JOIN organisations o ON o.id = f.organisation_id
            WHERE \(whereClause) GROUP BY f.organisation_id, o.name ORDER BY path
            """
        ).all().map { row in
            RectificationGroup(
                key: try row.decode(column: "k", as: UUID.self).uuidString,
                name: try row.decode(column: "name", as: String.self), figures: try decodeFigures(row))
        }
        let kinds = try await sql.raw(
            "SELECT f.kind AS k, \(figureColumns("f")) FROM inspection_findings f WHERE \(whereClause) GROUP BY f.kind"
        ).all().map { row in (try row.decode(column: "k", as: String.self), try decodeFigures(row)) }
        let figuresByKind = Dictionary(kinds, uniquingKeysWith: { first, _ in first })
        // Kinds in their fixed order, so that reports of different years line up.
        let byKind = InspectionFindingKind.allCases.compactMap { kind in
            figuresByKind[kind.rawValue].map { RectificationGroup(key: kind.rawValue, name: kind.label, figures: $0) }
        }
        return RectificationStatistics(total: total, byUnit: byUnit, byKind: byKind)
    }
}
