import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A year's figures by drafting body, with a total row.
public struct NormativeStatistics: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// nil for the total.
        public var organisationID: UUID?
        public var name: String
        public var counts: [NormativeStatisticsFigure: Int]

        public func count(_ figure: NormativeStatisticsFigure) -> Int { counts[figure] ?? 0 }

        /// 按时报备率 in percent, nil when nothing was due.
        public var onTimeRate: Double? {
            let due = count(.due)
            return due == 0 ? nil : Double(count(.filedOnTime)) * 100 / Double(due)
        }
    }

    public var year: Int
    public var rows: [Row]
    public var total: Row
}

/// The yearly statistics of the documents drafted in a scope, and the documents behind each figure.
public struct NormativeStatisticsRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate

    public init(db: any Database, scope: Scope, today: CivilDate) {
        self.db = db
        self.scope = scope
        self.today = today
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// One row per drafting body with any figure above zero, in tree order, and the total.
    public func statistics(year: Int) async throws -> NormativeStatistics {
        let figures = NormativeStatisticsFigure.allCases
        let sums = figures.map { figure -> SQLQueryString in
            "SUM(CASE WHEN \(figure.condition(year: year, today: today)) THEN 1 ELSE 0 END) AS \(unsafeRaw: figure.rawValue)"
        }.joined(separator: ", ")
        let any = figures.map { "(\($0.condition(year: year, today: today)))" as SQLQueryString }
            .joined(separator: " OR ")
        let rows = try await sql.raw(
            """
            SELECT d.organisation_id, o.name, MIN(o.path) AS path, \(sums)
            FROM normative_documents d JOIN organisations o ON o.id = d.organisation_id
            WHERE \(scope.root.sqlSubtreeRange("d.org_path", on: sql)) AND (\(any))
            GROUP BY d.organisation_id, o.name ORDER BY path
            """
        ).all().map { row in
            NormativeStatistics.Row(
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                name: try row.decode(column: "name", as: String.self),
                counts: Dictionary(
                    uniqueKeysWithValues: try figures.map {
                        ($0, try row.decode(column: $0.rawValue, as: Int?.self) ?? 0)
                    }))
        }
        var total = NormativeStatistics.Row(organisationID: nil, name: "合计", counts: [:])
        for figure in figures { total.counts[figure] = rows.reduce(0) { $0 + $1.count(figure) } }
        return NormativeStatistics(year: year, rows: rows, total: total)
    }

    /// The documents behind a figure: of one drafting body (in the scope), or of the whole scope.
    public func records(_ figure: NormativeStatisticsFigure, year: Int, organisationID: UUID?) async throws
        -> [NormativeDocumentRow]
    {
        let body: SQLQueryString = organisationID.map { " AND d.organisation_id = \(bind: $0)" } ?? ""
        return try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false))
            WHERE \(scope.root.sqlSubtreeRange("d.org_path", on: sql)) AND (\(figure.condition(year: year, today: today)))\(body)
            ORDER BY d.org_path, d.published_on, d.title, d.id
            """
        ).all().map(NormativeDocumentRow.decode)
    }
}
