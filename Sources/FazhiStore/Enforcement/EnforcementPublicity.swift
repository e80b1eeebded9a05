import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Publishing penalty decisions (执法公示) and withdrawing them when a decision is changed or revoked
/// (行政处罚法 第四十八条). What is published is masked when it is written (`PersonalDataMask`), so no later query can
/// leak a natural person's name, identity number, phone or address.
public struct EnforcementPublicity: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    let calendar: HolidayCalendar

    public init(db: any Database, scope: Scope, today: CivilDate, calendar: HolidayCalendar) {
        self.db = db
        self.scope = scope
        self.today = today
        self.calendar = calendar
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }
    var cases: CaseRepository { CaseRepository(db: db, scope: scope, today: today, roles: [], calendar: calendar) }

    /// The case's publication, if it has one.
    public func publication(ofCase caseID: UUID) async throws -> PublicationRow? {
        _ = try await cases.find(caseID)
        return try await sql.raw("\(PublicationRow.select) WHERE case_id = \(bind: caseID)").first()
            .map(PublicationRow.decode)
    }

    /// Publishes the decision of case `caseID` with `summary` (the facts and reasons in brief). Late publication is
    /// allowed and raises an alert.
    @discardableResult
    public func publish(caseID: UUID, summary: String, by actor: Actor) async throws -> PublicationRow {
        let row = try await cases.find(caseID)
        var check = Validation()
        let summary = check.text("summary", summary, label: "公示摘要（违法事实与处罚理由）", maxLength: 2000)
        try check.check()
        let facts = row.facts
        guard let decidedOn = facts.decidedOn, !facts.noPenalty, !facts.penalties.isEmpty else {
            throw DomainError.conflict("案件尚未作出行政处罚决定，不能公示")
        }
        let party = facts.party ?? CaseParty(kind: .organisation, name: row.partyName, identifier: nil, address: nil)
        let isPerson = party.kind == .person
        let publication = PublicationRow(
            id: UUID(), caseID: caseID, bodyName: row.organisationName, decisionNumber: facts.decisionNumber ?? "",
            party: isPerson
                ? PersonalDataMask.name(party.name) : party.name + (party.identifier.map { "（\($0)）" } ?? ""),
            matterName: row.matterName,
            summary: PersonalDataMask.text(
                summary, names: isPerson ? [party.name] : [],
                addresses: isPerson ? [party.address].compactMap { $0 } : []),
            penalties: PenaltyKind.allCases.filter(facts.penalties.contains).map(\.label), fineFen: facts.fineFen,
            decidedOn: decidedOn.iso, publishedOn: today.iso, withdrawnOn: nil, withdrawReason: nil)
        let late = row.publicityDue.flatMap(CivilDate.init(iso:)).map { today > $0 } ?? false
        let policy = try await EnforcementPolicies.applied(to: row.orgPath, on: db).policy
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let existing = try await sql.raw(
                "SELECT id FROM enforcement_publications WHERE case_id = \(bind: caseID)\(sql.forUpdate)"
            ).first()
            guard existing == nil else { throw DomainError.conflict("该案件的处罚决定已经公示") }
            try await sql.insert(into: "enforcement_publications")
                .columns(
                    "id", "case_id", "organisation_id", "org_path", "body_name", "decision_number", "party",
                    "matter_name", "summary", "penalties", "fine_fen", "decided_on", "published_on"
                )
                .values(
                    SQLBind(publication.id), SQLBind(caseID), SQLBind(row.organisationID), SQLBind(row.orgPath.value),
                    SQLBind(publication.bodyName), SQLBind(publication.decisionNumber), SQLBind(publication.party),
                    SQLBind(publication.matterName), SQLBind(publication.summary),
                    SQLBind(try AuditChange.canonicalJSON(publication.penalties)), SQLBind(publication.fineFen),
                    SQLBind(publication.decidedOn), SQLBind(publication.publishedOn)
                ).run()
            try await sql.raw("UPDATE enforcement_cases SET publicity_due = NULL WHERE id = \(bind: caseID)").run()
            try await PublicationSearchIndex.add(
                [
                    PublicationSearchIndex.Entry(
                        publicationID: publication.id, rowID: nil,
                        text: PublicationSearchIndex.text(
                            party: publication.party, matter: publication.matterName, body: publication.bodyName,
                            decisionNumber: publication.decisionNumber),
                        publishedOn: publication.publishedOn)
                ], on: sql)
            try await EnforcementStatistics.add(
                [
                    EnforcementStatistics.Key(
                        organisationID: row.organisationID, orgPath: row.orgPath.value, matterCode: row.matterCode,
                        month: StatisticsMonth(today)): CaseTally(published: 1)
                ], on: sql)
            if late, let due = row.publicityDue {
                try await Self.raise(
                    CaseFinding(
                        rule: "publicity.late", title: "超期公示", message: "处罚决定应于\(due)前公示，于\(today.iso)公示",
                        basis: policy.publicityRule.basis, severity: .medium),
                    case: row, on: today, in: sql)
            }
            try await AuditLog.append(
                .of(
                    "enforcement.publish", "enforcement_publication", id: publication.id.uuidString,
                    before: nil as PublicationRow?, after: publication),
                orgPath: row.orgPath, by: actor, on: tx)
        }
        return publication
    }

    /// Withdraws the case's publication because the decision was changed, revoked, or found unlawful or void on
    /// `changedOn`; due within 3 working days of it (第四十八条第二款), later raises an alert.
    public func withdraw(caseID: UUID, changedOn: String, reason: String, by actor: Actor) async throws {
        let row = try await cases.find(caseID)
        var check = Validation()
        let changed = check.date("changedOn", changedOn, label: "决定被变更、撤销或确认违法、无效的日期")
        if let changed, changed > today { check.add("changedOn", "日期不能晚于今天（\(today.iso)）") }
        let reason = check.text("reason", reason, label: "撤回理由", maxLength: 1000)
        try check.check()
        guard let publication = try await publication(ofCase: caseID), publication.withdrawnOn == nil else {
            throw DomainError.conflict("该案件没有可撤回的公示信息")
        }
        let due = try DeadlineCalculator(calendar: calendar).compute(CaseLimits.withdrawPublicity, start: changed!).due
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw(
                """
                UPDATE enforcement_publications SET withdrawn_on = \(bind: today.iso), withdraw_reason = \(bind: reason)
                WHERE id = \(bind: publication.id) AND withdrawn_on IS NULL
                """
            ).run()
            try await PublicationSearchIndex.remove(publicationID: publication.id, on: sql)
            if let due, today > due {
                try await Self.raise(
                    CaseFinding(
                        rule: "publicity.withdraw-late", title: "超期撤回公示",
                        message: "决定于\(changed!.iso)被变更或撤销，应于\(due.iso)前撤回公示，于\(today.iso)撤回",
                        basis: CaseLimits.withdrawPublicity.basis, severity: .medium),
                    case: row, on: today, in: sql)
            }
            var after = publication
            after.withdrawnOn = today.iso
            after.withdrawReason = reason
            try await AuditLog.append(
                .of(
                    "enforcement.publication.withdraw", "enforcement_publication", id: publication.id.uuidString,
                    before: publication, after: after),
                orgPath: row.orgPath, by: actor, on: tx)
        }
    }

    static func raise(_ finding: CaseFinding, case row: CaseRow, on day: CivilDate, in sql: any SQLDatabase)
        async throws
    {
        try await NewAlert.insert(
            [
                NewAlert(
                    organisationID: row.organisationID, orgPath: row.orgPath.value, caseID: row.id, finding: finding,
                    raisedOn: day)
            ], on: sql)
    }
}
