import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Counts `AnnualReportFacts` for a government's subtree and a year from the records. Each count's definition is
/// the one `AnnualReportDraft` prints beside it; where a comparison needs the Beijing day of a stored moment
/// (a task completed, a deadline closed), the rows are read and compared here rather than in two SQL dialects.
enum AnnualReportFigures {
    static func facts(for government: Organisation, year: Int, today: CivilDate, on db: any Database) async throws
        -> AnnualReportFacts
    {
        let sql = db as! any SQLDatabase
        var f = AnnualReportFacts(government: government.name, year: year)
        let root = government.path
        let first = "\(year)-01-01", last = "\(year)-12-31"
        let (start, end) = (
            CivilDate(year: year, month: 1, day: 1)!.startInChina,
            CivilDate(year: year + 1, month: 1, day: 1)!.startInChina
        )
        func count(_ query: SQLQueryString) async throws -> Int {
            try await sql.raw(query).first()?.decode(column: "n", as: Int?.self) ?? 0
        }

        f.plans = try await count(
            """
            SELECT COUNT(*) AS n FROM plans WHERE \(root.sqlSubtreeRange("org_path", on: sql))
            AND imported_at >= \(bind: start) AND imported_at < \(bind: end)
            """)
        let tasks = try await sql.raw(
            """
            SELECT t.due_date, t.status, t.completed_at FROM plan_tasks t JOIN plans p ON p.id = t.plan_id
            WHERE \(root.sqlSubtreeRange("p.org_path", on: sql)) AND t.status <> 'ongoing'
            AND t.due_date >= \(bind: first) AND t.due_date <= \(bind: "\(year + 1)-12-31")
            """
        ).all()
        for row in tasks {
            guard let due = CivilDate(iso: try row.decode(column: "due_date", as: String.self)) else { continue }
            if due.year == year + 1 {
                f.tasksNextYear += 1
                continue
            }
            let status = try row.decode(column: "status", as: String.self)
            f.tasksDue += 1
            if status == PlanTaskStatus.done.rawValue {
                f.tasksDone += 1
                if let done = try row.decode(column: "completed_at", as: Date?.self).map(CivilDate.init(chinaDayOf:)),
                    done <= due
                {
                    f.tasksDoneOnTime += 1
                }
            } else if due < today {
                f.tasksOverdue += 1
            }
        }

        // Findings of the subtree's own campaigns, summed as the inspection pages sum them.
        let inspections = InspectionRepository(db: db, scope: Scope(root: root), today: today, roles: [])
        if let row = try await sql.raw(
            """
            SELECT \(inspections.figureColumns("f")), COUNT(DISTINCT f.campaign_id) AS campaigns
            FROM inspection_findings f WHERE \(root.sqlSubtreeRange("f.campaign_path", on: sql))
            AND f.raised_on >= \(bind: first) AND f.raised_on <= \(bind: last)
            """
        ).first() {
            let figures = try inspections.decodeFigures(row)
            (f.findings, f.findingsClosed, f.findingsClosedOnTime) = (
                figures.total, figures.closed, figures.closedOnTime
            )
            f.findingsOverdue = figures.overdue
            f.campaigns = try row.decode(column: "campaigns", as: Int?.self) ?? 0
        }

        let rounds: SQLQueryString = """
            FROM assessment_rounds r WHERE \(root.sqlSubtreeRange("r.org_path", on: sql))
            AND r.period_first >= \(bind: first) AND r.period_first <= \(bind: last)
            """
        f.assessmentRounds = try await count("SELECT COUNT(*) AS n \(rounds)")
        f.assessedUnits = try await count(
            "SELECT COUNT(*) AS n FROM assessment_units u WHERE u.round_id IN (SELECT r.id \(rounds))")

        // The published rounds' results, counted by the assessment's own scorecards.
        let assessments = AssessmentRepository(db: db, scope: Scope(root: root), today: today, roles: [])
        for round in try await assessments.rounds()
        where round.ownRound && round.status == .published && round.period.first.year == year {
            for result in try await assessments.results(of: round) {
                if let score = result.card.final {
                    f.publishedResults.append(PublishedResult(unit: result.unit.name, score: score))
                }
            }
        }
        f.publishedResults.sort { $0.score > $1.score }

        let deadlines = try await sql.raw(
            """
            SELECT d.due_date, d.status, d.closed_at FROM deadlines d JOIN organisations o ON o.id = d.organisation_id
            WHERE \(root.sqlSubtreeRange("o.path", on: sql)) AND d.due_date >= \(bind: first) AND d.due_date <= \(bind: last)
            """
        ).all()
        for row in deadlines {
            guard let due = CivilDate(iso: try row.decode(column: "due_date", as: String.self)) else { continue }
            f.deadlinesDue += 1
            if try row.decode(column: "status", as: String.self) == "closed",
                let closed = try row.decode(column: "closed_at", as: Date?.self).map(CivilDate.init(chinaDayOf:)),
                closed <= due
            {
                f.deadlinesMet += 1
            }
        }

        f.enforcementAgencies = try await count(
            """
            SELECT COUNT(*) AS n FROM organisations WHERE \(root.sqlSubtreeRange("path", on: sql))
            AND kind = \(bind: OrgKind.enforcementAgency.rawValue) AND active = \(bind: true)
            """)
        let audit = try await sql.raw(
            """
            SELECT COUNT(*) AS total, SUM(CASE WHEN ledger_index IS NOT NULL THEN 1 ELSE 0 END) AS logged
            FROM audit_entries WHERE org_path LIKE \(bind: root.value + "%") AND at >= \(bind: start) AND at < \(bind: end)
            """
        ).first()
        f.auditRecords = try audit?.decode(column: "total", as: Int?.self) ?? 0
        f.ledgerRecords = try audit?.decode(column: "logged", as: Int?.self) ?? 0
        return f
    }
}
