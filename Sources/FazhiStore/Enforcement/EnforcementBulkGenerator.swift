import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Writes millions of synthetic penalty cases straight into the tables, for the scale benchmarks (`fazhi
/// enforcement generate`): the dashboards, the alert sweep and the public search need ten million cases, and
/// through the recorder (`fazhi demo --cases`, every step checked and logged) that would take hours.
///
/// What it writes is what the recorder would hold for such cases — the case row with its facts, stage, running
/// deadline and outcome, the publication (masked, indexed) and the monthly statistics — but no step history, no
/// audit entries and no alerts: the sweep raises those afterwards, as it would for a real backlog. Cases are dated
/// over the ten years up to `today` in order, so publication order is date order. A database it has written is
/// for measuring, not for use: references start with `BULK-`.
public enum EnforcementBulkGenerator {
    public struct Report: Sendable {
        public var cases: Int
        public var publications: Int
        public var seconds: Double
    }

    struct Matter {
        var organisationID: UUID
        var orgPath: String
        var bodyName: String
        var code: String
        var name: String
    }

    /// Generates `count` cases from `seed` against the registered bodies' penalty matters; `progress` hears the
    /// number written after each transaction.
    public static func generate(
        count: Int, seed: UInt64, today: CivilDate, calendar: HolidayCalendar, on db: any Database,
        progress: @Sendable (Int) -> Void = { _ in }
    ) async throws -> Report {
        let started = Date()
        let sql = db as! any SQLDatabase
        let matters = try await sql.raw(
            """
            SELECT m.organisation_id, m.org_path, m.code, m.name, o.name AS body FROM power_matters m
            JOIN organisations o ON o.id = m.organisation_id
            WHERE m.kind = 'penalty' AND m.active = \(bind: true) ORDER BY m.org_path, m.code
            """
        ).all().map { row in
            Matter(
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                orgPath: try row.decode(column: "org_path", as: String.self),
                bodyName: try row.decode(column: "body", as: String.self),
                code: try row.decode(column: "code", as: String.self),
                name: try row.decode(column: "name", as: String.self))
        }
        guard !matters.isEmpty else { throw DomainError.conflict("没有登记行政处罚事项的执法主体，请先载入演示数据或导入权责清单") }

        var random = SplitMix(seed: seed)
        var tallies: [EnforcementStatistics.Key: CaseTally] = [:]
        var written = 0
        var publications = 0
        let firstDay = today.adding(days: -3650)
        let chunk = 20_000
        while written < count {
            let size = min(chunk, count - written)
            var generated: [GeneratedCase] = []
            generated.reserveCapacity(size)
            for index in written..<(written + size) {
                // Spread evenly over the ten years in index order, so the newest cases are written last.
                let filed = firstDay.adding(days: Int(Int64(index) * 3650 / Int64(max(count, 1))))
                generated.append(
                    GeneratedCase.make(
                        index: index, filed: filed, matter: matters[Int(random.next() % UInt64(matters.count))],
                        today: today, calendar: calendar, random: &random))
            }
            let batch = generated
            publications += try await db.writeTransaction { tx in
                let sql = tx as! any SQLDatabase
                // A large page cache keeps the indexes' random inserts (the ids are UUIDs) off the disk.
                if sql.dialect.name == "sqlite" { try await sql.raw("PRAGMA cache_size = -1000000").run() }
                try await insertCases(batch, on: sql)
                return try await insertPublications(batch, on: sql)
            }
            for item in generated {
                for (key, tally) in EnforcementStatistics.delta(
                    from: nil, to: item.facts, organisationID: item.matter.organisationID, orgPath: item.matter.orgPath)
                {
                    tallies[key, default: CaseTally()] = tallies[key, default: CaseTally()] + tally
                }
                if let published = item.publishedOn {
                    let key = EnforcementStatistics.Key(
                        organisationID: item.matter.organisationID, orgPath: item.matter.orgPath,
                        matterCode: item.matter.code, month: StatisticsMonth(published))
                    tallies[key, default: CaseTally()].published += 1
                }
            }
            written += size
            progress(written)
        }
        let sums = tallies
        try await db.writeTransaction { tx in try await EnforcementStatistics.add(sums, on: tx as! any SQLDatabase) }
        return Report(cases: written, publications: publications, seconds: Date().timeIntervalSince(started))
    }

    static func insertCases(_ cases: [GeneratedCase], on sql: any SQLDatabase) async throws {
        let now = Date()
        let encoder = JSONEncoder()
        var rows: [[any Encodable & Sendable]] = []
        rows.reserveCapacity(cases.count)
        for item in cases {
            let facts = item.facts
            let due = facts.runningDeadline(calendar: item.calendar).flatMap { deadline in
                deadline.due.map { ($0.iso, deadline.ruleID) }
            }
            rows.append([
                item.id, item.matter.organisationID, item.matter.orgPath, facts.procedure.rawValue, item.reference, now,
                item.matter.code, item.matter.name, facts.party?.kind.rawValue ?? "organisation",
                facts.party?.name ?? "",
                facts.party?.identifier, (facts.stage ?? .investigating).rawValue, facts.filedOn?.iso ?? "",
                facts.decidedOn?.iso, facts.closedOn?.iso, facts.fineFen, due?.0, due?.1, item.publicityDue?.iso,
                item.eventCount, String(decoding: try encoder.encode(facts), as: UTF8.self), facts.outcome, now,
            ])
        }
        try await BulkInsert.run(into: "enforcement_cases", columns: CaseBatch.caseColumns, rows: rows, on: sql)
    }

    static func insertPublications(_ cases: [GeneratedCase], on sql: any SQLDatabase) async throws -> Int {
        var rows: [[any Encodable & Sendable]] = []
        var index: [PublicationSearchIndex.Entry] = []
        for item in cases {
            guard let published = item.publishedOn, let decided = item.facts.decidedOn,
                let party = item.facts.party
            else { continue }
            let id = UUID()
            let shownParty =
                party.kind == .person
                ? PersonalDataMask.name(party.name) : party.name + (party.identifier.map { "（\($0)）" } ?? "")
            let number = item.facts.decisionNumber ?? ""
            rows.append([
                id, item.id, item.matter.organisationID, item.matter.orgPath, item.matter.bodyName, number, shownParty,
                item.matter.name, "经查，当事人存在\(item.matter.name)所列违法行为，依法予以处罚。",
                try AuditChange.canonicalJSON(
                    PenaltyKind.allCases.filter(item.facts.penalties.contains).map(\.label)),
                item.facts.fineFen, decided.iso, published.iso,
            ])
            index.append(
                PublicationSearchIndex.Entry(
                    publicationID: id, rowID: nil,
                    text: PublicationSearchIndex.text(
                        party: shownParty, matter: item.matter.name, body: item.matter.bodyName, decisionNumber: number),
                    publishedOn: published.iso))
        }
        // One writer inside one transaction: the rows take the next rowids in the order given, which the search
        // index is keyed by (PostgreSQL's index is keyed by the id instead).
        let firstRowID =
            sql.dialect.name == "postgresql"
            ? 0
            : try await sql.raw("SELECT COALESCE(MAX(rowid), 0) + 1 AS n FROM enforcement_publications").first()?
                .decode(column: "n", as: Int64.self) ?? 1
        try await BulkInsert.run(
            into: "enforcement_publications",
            columns: [
                "id", "case_id", "organisation_id", "org_path", "body_name", "decision_number", "party", "matter_name",
                "summary", "penalties", "fine_fen", "decided_on", "published_on",
            ], rows: rows, on: sql)
        if sql.dialect.name == "sqlite" {
            for offset in index.indices { index[offset].rowID = firstRowID + Int64(offset) }
        }
        try await PublicationSearchIndex.add(index, on: sql)
        return rows.count
    }
}

/// One synthetic case as the generator makes it: mostly closed long ago; the recent ones at every stage, a few
/// past their limits; most decisions published within days, a few late or not at all.
struct GeneratedCase {
    var id: UUID
    var reference: String
    var matter: EnforcementBulkGenerator.Matter
    var facts: CaseFacts
    var eventCount: Int
    var publishedOn: CivilDate?
    var publicityDue: CivilDate?
    var calendar: HolidayCalendar

    static func make(
        index: Int, filed: CivilDate, matter: EnforcementBulkGenerator.Matter, today: CivilDate,
        calendar: HolidayCalendar, random: inout SplitMix
    ) -> GeneratedCase {
        func roll(_ n: UInt64) -> Int { Int(random.next() % n) }
        let person = roll(10) < 3
        let party =
            person
            ? CaseParty(
                kind: .person, name: SyntheticCases.personName(&random), identifier: SyntheticCases.idNumber(&random),
                address: nil)
            : CaseParty(
                kind: .organisation, name: SyntheticCases.companyName(&random),
                identifier: SyntheticCases.creditCode(&random), address: nil)
        let simplified = roll(5) == 0
        var facts = CaseFacts(procedure: simplified ? .simplified : .general)
        facts.party = party
        facts.matterCode = matter.code
        facts.violationOn = filed.adding(days: -roll(30))
        facts.filedOn = filed
        let number = "\(matter.code.prefix(6))罚〔\(filed.year)〕\(index + 1)号"
        var events = 1
        var published: CivilDate?
        var publicityDue: CivilDate?
        if simplified {
            facts.decidedOn = filed
            facts.servedOn = filed
            facts.closedOn = filed
            facts.penalties = roll(2) == 0 ? [.warning] : [.fine]
            facts.fineFen = facts.penalties.contains(.fine) ? Int64(50 + roll(person ? 150 : 2950)) * 100 : 0
            facts.decisionNumber = number
            facts.stage = .closed
            facts.lastOn = filed
        } else {
            let age = today.dayNumber - filed.dayNumber
            let notice = filed.adding(days: 20 + roll(40))
            let decided = notice.adding(days: 5 + roll(20))
            let served = decided.adding(days: 1 + roll(5))
            let closed = served.adding(days: 10 + roll(50))
            let noPenalty = roll(10) == 0
            // 3 in 100 recent cases stall in investigation past the 90 days (第六十条), for the sweep to find.
            let stalls = roll(100) < 3
            func decide() {
                facts.noticeOn = notice
                facts.hearingRightGiven = true
                facts.decidedOn = decided
                facts.noPenalty = noPenalty
                facts.penalties = noPenalty ? [] : [.fine]
                facts.fineFen = noPenalty ? 0 : Int64(1 + roll(200)) * 500_00
                facts.decisionNumber = number
                events += 2
            }
            if stalls && age < 200 || today < notice {
                facts.stage = .investigating
                facts.lastOn = filed
            } else if today < decided {
                facts.noticeOn = notice
                facts.hearingRightGiven = true
                facts.stage = .notified
                facts.lastOn = notice
                events += 1
            } else {
                decide()
                if noPenalty {
                    facts.stage = .closed
                    facts.closedOn = decided
                    facts.lastOn = decided
                } else if today < served {
                    facts.stage = .decided
                    facts.lastOn = decided
                } else if today < closed {
                    facts.servedOn = served
                    facts.stage = .served
                    facts.lastOn = served
                    events += 1
                } else {
                    facts.servedOn = served
                    facts.closedOn = closed
                    facts.stage = .closed
                    facts.lastOn = closed
                    events += 3
                }
                if !noPenalty {
                    // 97 in 100 published within 1–8 days of the decision; the rest are left for the sweep.
                    let day = decided.adding(days: 1 + roll(8))
                    if roll(100) < 97, day <= today {
                        published = day
                    } else {
                        publicityDue = try? DeadlineCalculator(calendar: calendar).compute(
                            EnforcementPolicy.standard.publicityRule, start: decided
                        ).due
                    }
                }
            }
        }
        return GeneratedCase(
            id: UUID(), reference: "BULK-\(index + 1)", matter: matter, facts: facts, eventCount: events,
            publishedOn: published, publicityDue: publicityDue, calendar: calendar)
    }
}
