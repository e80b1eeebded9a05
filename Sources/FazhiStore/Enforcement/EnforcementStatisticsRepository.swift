import FazhiCore
import Foundation
import SQLKit

/// The enforcement dashboards' figures (`EnforcementMetric`) within a scope, grouped by body, month or matter. The
/// monthly figures are read from `enforcement_case_stats` (a few rows per body and month, however many cases there
/// are); the figures of today are counted from the records through their indexes.
public struct EnforcementStatisticsRepository: Sendable {
    public enum Grouping: String, CaseIterable, Sendable, Codable {
        case agency, month, matter

        public var label: String {
            switch self {
            case .agency: "按执法主体"
            case .month: "按月份"
            case .matter: "按执法事项"
            }
        }
    }

    /// One line of a report. The figures of today are present only when grouping by body (and in the total).
    public struct Line: Sendable, Codable, Equatable {
        /// The body's id, the month ("2026-03") or the matter's code.
        public var key: String
        public var label: String
        public var tally: CaseTally
        public var open: Int64?
        public var overdue: Int64?
        public var openAlerts: Int64?
        public var reviewScore: Double?
        public var reviewedFiles: Int64?

        /// The value of `metric` on this line (nil when the line does not carry it).
        public func value(_ metric: EnforcementMetric) -> Double? {
            switch metric {
            case .open: open.map(Double.init)
            case .overdue: overdue.map(Double.init)
            case .openAlerts: openAlerts.map(Double.init)
            case .reviewScore: reviewScore
            default: tally.value(of: metric).map(Double.init)
            }
        }
    }

    public struct Report: Sendable {
        public var from: StatisticsMonth
        public var to: StatisticsMonth
        public var grouping: Grouping
        public var lines: [Line]
        public var total: Line
    }

    let db: any SQLDatabase
    public let scope: Scope
    public let today: CivilDate

    public init(db: any SQLDatabase, scope: Scope, today: CivilDate) {
        self.db = db
        self.scope = scope
        self.today = today
    }

    var inScope: SQLQueryString { scope.root.sqlSubtreeRange("org_path", on: db) }

    /// The figures from month `from` to month `to` (inclusive) grouped by `grouping`; `current` adds the figures of
    /// today (open, overdue, alerts, review scores) — the public page leaves them out.
    public func report(from: StatisticsMonth, to: StatisticsMonth, grouping: Grouping, current: Bool = true)
        async throws -> Report
    {
        let column =
            switch grouping {
            case .agency: "organisation_id"
            case .month: "month"
            case .matter: "matter_code"
            }
        let sums = try await db.raw(
            """
            SELECT \(unsafeRaw: column) AS k, CAST(SUM(filed) AS BIGINT) AS filed, CAST(SUM(decided) AS BIGINT) AS decided, CAST(SUM(no_penalty) AS BIGINT) AS no_penalty,
                   CAST(SUM(fine_fen) AS BIGINT) AS fine_fen, CAST(SUM(closed) AS BIGINT) AS closed, CAST(SUM(published) AS BIGINT) AS published
            FROM enforcement_case_stats
            WHERE \(inScope) AND month >= \(bind: from.description) AND month <= \(bind: to.description)
            GROUP BY \(unsafeRaw: column)
            """
        ).all()
        var tallies: [String: CaseTally] = [:]
        for row in sums {
            tallies[try key(row)] = CaseTally(
                filed: try int(row, "filed"), decided: try int(row, "decided"), noPenalty: try int(row, "no_penalty"),
                fineFen: try int(row, "fine_fen"), closed: try int(row, "closed"), published: try int(row, "published"))
        }
        var lines: [Line]
        switch grouping {
        case .agency:
            lines = try await bodies().map { Line(key: $0.id, label: $0.name, tally: tallies[$0.id] ?? CaseTally()) }
        case .month:
            var month = from
            lines = []
            while month <= to, lines.count < 240 {
                lines.append(
                    Line(key: month.description, label: month.label, tally: tallies[month.description] ?? CaseTally()))
                month = month.next
            }
        case .matter:
            let names = try await matterNames(Array(tallies.keys))
            lines = tallies.map { Line(key: $0.key, label: names[$0.key] ?? $0.key, tally: $0.value) }
                .sorted { ($0.tally.filed, $0.key) > ($1.tally.filed, $1.key) }
        }
        var total = Line(key: "total", label: "合计", tally: lines.reduce(CaseTally()) { $0 + $1.tally })
        if current {
            let today = try await currentFigures()
            if grouping == .agency {
                for index in lines.indices {
                    let figures = today[lines[index].key] ?? Current()
                    lines[index].open = figures.open
                    lines[index].overdue = figures.overdue
                    lines[index].openAlerts = figures.openAlerts
                    lines[index].reviewScore =
                        figures.reviewFiles > 0 ? figures.reviewSum / Double(figures.reviewFiles) : nil
                    lines[index].reviewedFiles = figures.reviewFiles
                }
            }
            let all = today.values.reduce(Current()) { $0 + $1 }
            total.open = all.open
            total.overdue = all.overdue
            total.openAlerts = all.openAlerts
            total.reviewScore = all.reviewFiles > 0 ? all.reviewSum / Double(all.reviewFiles) : nil
            total.reviewedFiles = all.reviewFiles
        }
        return Report(from: from, to: to, grouping: grouping, lines: lines, total: total)
    }

    /// The bodies registered in the scope, by their place in the tree.
    func bodies() async throws -> [(id: String, name: String)] {
        try await db.raw(
            """
            SELECT o.id, o.name FROM enforcement_bodies b JOIN organisations o ON o.id = b.id
            WHERE \(scope.root.sqlSubtreeRange("o.path", on: db)) ORDER BY o.path
            """
        ).all().map {
            (try $0.decode(column: "id", as: UUID.self).uuidString, try $0.decode(column: "name", as: String.self))
        }
    }

    func matterNames(_ codes: [String]) async throws -> [String: String] {
        var names: [String: String] = [:]
        for chunk in codes.chunked(by: 500) {
            for row in try await db.raw(
                "SELECT code, MIN(name) AS name FROM power_matters WHERE code IN (\(binds: Array(chunk))) GROUP BY code"
            ).all() {
                names[try row.decode(column: "code", as: String.self)] = try row.decode(column: "name", as: String.self)
            }
        }
        return names
    }

    struct Current {
        var open: Int64 = 0
        var overdue: Int64 = 0
        var openAlerts: Int64 = 0
        var reviewSum: Double = 0
        var reviewFiles: Int64 = 0

        static func + (lhs: Current, rhs: Current) -> Current {
            Current(
                open: lhs.open + rhs.open, overdue: lhs.overdue + rhs.overdue,
                openAlerts: lhs.openAlerts + rhs.openAlerts, reviewSum: lhs.reviewSum + rhs.reviewSum,
                reviewFiles: lhs.reviewFiles + rhs.reviewFiles)
        }
    }

    /// Today's figures per body: open cases (all filed minus all ended, from the sums), overdue cases (a running
    /// deadline before today), open alerts and submitted review scores.
    func currentFigures() async throws -> [String: Current] {
        var figures: [String: Current] = [:]
        for row in try await db.raw(
            """
            SELECT organisation_id AS k, CAST(SUM(filed) - SUM(ended) AS BIGINT) AS n FROM enforcement_case_stats WHERE \(inScope)
            GROUP BY organisation_id
            """
        ).all() {
            figures[try key(row), default: Current()].open = try int(row, "n")
        }
        // Overdue cases and open alerts are few beside all cases: they are counted from their own indexes alone
        // (`(due_on, alerted_due, organisation_id)`, `(closed_at, organisation_id)`) for the whole region and kept
        // for the scope's organisations here. With a range on `org_path`, or left to choose, SQLite's planner reads
        // every case instead, in the order of an index that starts with the body (12 s at a million cases).
        let organisations = try await organisationsInScope()
        for row in try await db.raw(
            """
            SELECT organisation_id AS k, COUNT(*) AS n FROM enforcement_cases\(db.indexedBy("enforcement_cases_due"))
            WHERE due_on < \(bind: today.iso) GROUP BY organisation_id
            """
        ).all() where organisations.contains(try key(row)) {
            figures[try key(row), default: Current()].overdue = try int(row, "n")
        }
        for row in try await db.raw(
            """
            SELECT organisation_id AS k, COUNT(*) AS n FROM enforcement_alerts
            WHERE closed_at IS NULL GROUP BY organisation_id
            """
        ).all() where organisations.contains(try key(row)) {
            figures[try key(row), default: Current()].openAlerts = try int(row, "n")
        }
        for row in try await db.raw(
            """
            SELECT organisation_id AS k, CAST(SUM(score) AS BIGINT) AS total, COUNT(*) AS n FROM review_files
            WHERE stage = 'submitted' AND score IS NOT NULL AND \(inScope) GROUP BY organisation_id
            """
        ).all() {
            let k = try key(row)
            figures[k, default: Current()].reviewSum = Double(try int(row, "total"))
            figures[k, default: Current()].reviewFiles = try int(row, "n")
        }
        return figures
    }

    /// The ids of the organisations in the scope (the organisation tree is small beside the cases).
    func organisationsInScope() async throws -> Set<String> {
        let range = scope.root.sqlSubtreeRange("path", on: db)
        return Set(
            try await db.raw("SELECT id FROM organisations WHERE \(range)").all().map {
                try $0.decode(column: "id", as: UUID.self).uuidString
            })
    }

    private func key(_ row: any SQLRow) throws -> String {
        if let id = try? row.decode(column: "k", as: UUID.self) { return id.uuidString }
        return try row.decode(column: "k", as: String.self)
    }

    private func int(_ row: any SQLRow, _ column: String) throws -> Int64 {
        // Sums are cast to BIGINT (PostgreSQL's SUM of BIGINT is NUMERIC); a sum over no rows is NULL.
        try row.decode(column: column, as: Int64?.self) ?? 0
    }
}
