import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Inspection: campaigns, findings, rectification, scope")
struct InspectionStoreTests {
    static let today = CivilDate(iso: "2027-03-10")!
    static let office: Set<Role> = [.ruleOfLawOffice]

    /// The city's office, with one campaign holding a finding for the justice bureau (due in the future) and one
    /// for the county's market regulator (due already).
    struct Fixture {
        let tree: Tree
        let office: InspectionRepository
        let campaign: InspectionCampaignRow
        let justiceFinding: InspectionFindingRow
        let countyFinding: InspectionFindingRow

        func repository(_ store: TestStore, _ org: Organisation, roles: Set<Role> = [.legalUnit])
            -> InspectionRepository
        {
            InspectionRepository(db: store.db, scope: Scope(org), today: today, roles: roles)
        }
    }

    func fixture(_ store: TestStore) async throws -> Fixture {
        let tree = try await Tree.build(in: store)
        let office = InspectionRepository(db: store.db, scope: Scope(tree.city), today: Self.today, roles: Self.office)
        let campaign = try await office.createCampaign(
            InspectionCampaignInput(title: "2027年法治政府建设专项督察", basis: "工作要点", startedOn: "2027-02-01"),
            office: tree.city.id, by: store.actor)
        let justice = try await office.addFinding(
            to: campaign.id,
            InspectionFindingInput(
                organisationID: tree.justice.id.uuidString, kind: "行政执法", description: "行政执法案卷评查未覆盖全部执法部门",
                requirement: "年内完成全覆盖评查", raisedOn: "2027-02-20", deadline: "2027-04-30"), by: store.actor)
        let county = try await office.addFinding(
            to: campaign.id,
            InspectionFindingInput(
                organisationID: tree.countyMarket.id.uuidString, kind: "rules", description: "规范性文件未按期报备",
                raisedOn: "2027-02-20", deadline: "2027-03-01"), by: store.actor)
        return Fixture(tree: tree, office: office, campaign: campaign, justiceFinding: justice, countyFinding: county)
    }

    func count(_ store: TestStore, _ table: String) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    @Test("findings are numbered in their campaign; the office sees all, a unit only its own, others nothing")
    func scope() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            #expect(f.justiceFinding.number == 1)
            #expect(f.countyFinding.number == 2)
            #expect(f.countyFinding.standing == .overdue)
            #expect(f.justiceFinding.standing == .open)

            // the office
            #expect(try await f.office.findings(InspectionFindingFilter()).total == 2)
            #expect(try await f.office.campaign(f.campaign.id).figures.total == 2)
            // the county's regulator: the campaign, with only its finding
            let county = f.repository(store, f.tree.countyMarket)
            let seen = try await county.campaigns()
            #expect(seen.map(\.id) == [f.campaign.id])
            #expect(seen.first?.wholeCampaign == false)
            #expect(seen.first?.figures.total == 1)
            #expect(try await county.findings(InspectionFindingFilter()).rows.map(\.id) == [f.countyFinding.id])
            let hidden = await domainError { _ = try await county.finding(f.justiceFinding.id) }
            #expect(hidden == InspectionRepository.notFound)
            // the city's market regulator answers nothing, so sees nothing
            let market = f.repository(store, f.tree.market)
            #expect(try await market.campaigns().isEmpty)
            #expect(await domainError { _ = try await market.campaign(f.campaign.id) } == InspectionRepository.notFound)
        }
    }

    @Test("report, send back, report, close, reopen: each step audited, each wrong step refused and writes nothing")
    func rectification() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let justice = f.repository(store, f.tree.justice)
            let id = f.justiceFinding.id

            // a unit cannot close its own finding
            let selfClose = await domainError {
                try await justice.act(on: id, InspectionActionInput(action: "close", body: ""), by: store.actor)
            }
            #expect(selfClose == InspectionRepository.officeOnly)
            // the unit reports with evidence
            let reported = try await justice.act(
                on: id,
                InspectionActionInput(
                    action: "report", body: "已完成8个部门的案卷评查", files: [(name: "评查报告.pdf", content: Data("pdf".utf8))]),
                by: store.actor)
            #expect(reported.status == .submitted)
            #expect(reported.reportedOn == Self.today)
            // reporting twice is refused and writes nothing
            let events = try await count(store, "inspection_events")
            let twice = await domainError {
                try await justice.act(on: id, InspectionActionInput(action: "report", body: "再报"), by: store.actor)
            }
            #expect(twice == .conflict(InspectionAction.report.refusal(for: .submitted)))
            #expect(try await count(store, "inspection_events") == events)
            // sending back needs a reason
            let noReason = await domainError {
                try await f.office.act(on: id, InspectionActionInput(action: "send_back", body: " "), by: store.actor)
            }
            #expect(noReason?.fields.map(\.field) == ["body"])
            let sentBack = try await f.office.act(
                on: id, InspectionActionInput(action: "send_back", body: "未覆盖县级部门"), by: store.actor)
            #expect(sentBack.status == .open)
            #expect(sentBack.reportedOn == nil)
            _ = try await justice.act(on: id, InspectionActionInput(action: "report", body: "已补充"), by: store.actor)
            let closed = try await f.office.act(
                on: id, InspectionActionInput(action: "close", body: ""), by: store.actor)
            #expect(closed.status == .closed)
            #expect(closed.closedOn == Self.today)
            let reopened = try await f.office.act(
                on: id, InspectionActionInput(action: "reopen", body: "回头看发现问题反弹"), by: store.actor)
            #expect(reopened.status == .open)
            #expect(reopened.reopenedCount == 1)
            #expect(reopened.closedOn == nil)

            let history = try await justice.events(of: id).map(\.action)
            #expect(history == [.report, .sendBack, .report, .close, .reopen])
            #expect(try await justice.events(of: id).first?.organisationName == "测试市司法局")
            for action in ["report", "send_back", "close", "reopen"] {
                #expect(try await !store.audit(action: "inspection.finding.\(action)").isEmpty, "\(action)")
            }
            // the evidence is the unit's and the office's to read, by its hash
            let sha = try await justice.events(of: id).first!.evidence.first!.sha256
            #expect(try await f.office.evidence(sha, findingID: id).content == Data("pdf".utf8))
            let other = f.repository(store, f.tree.countyMarket)
            #expect(await domainError { _ = try await other.evidence(sha, findingID: id) } != nil)
        }
    }

    @Test("bad input, a unit outside the scope, or a user who does not inspect: refused, nothing written")
    func refusals() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let before = try await count(store, "inspection_findings")
            let audit = try await store.auditCount()
            let invalid = await domainError {
                _ = try await f.office.addFinding(
                    to: f.campaign.id,
                    InspectionFindingInput(
                        organisationID: "nonsense", kind: "天气", description: "", raisedOn: "2027-03-01",
                        deadline: "2027-02-01"), by: store.actor)
            }
            #expect(Set(invalid?.fields.map(\.field) ?? []) == ["organisationID", "kind", "description", "deadline"])
            let backwards = await domainError {
                _ = try await f.office.addFinding(
                    to: f.campaign.id,
                    InspectionFindingInput(
                        organisationID: f.tree.justice.id.uuidString, kind: "其他", description: "问题",
                        raisedOn: "2027-03-01", deadline: "2027-02-01"), by: store.actor)
            }
            #expect(backwards?.fields.map(\.field) == ["deadline"])
            // the county's office cannot address the city's justice bureau, nor add to the city's campaign
            let countyOffice = f.repository(store, f.tree.county, roles: Self.office)
            let outside = await domainError {
                _ = try await countyOffice.addFinding(
                    to: f.campaign.id,
                    InspectionFindingInput(
                        organisationID: f.tree.countyMarket.id.uuidString, kind: "其他", description: "问题",
                        deadline: "2027-06-01"), by: store.actor)
            }
            #expect(outside == InspectionRepository.officeOnly)
            let foreignUnit = await domainError {
                let campaign = try await countyOffice.createCampaign(
                    InspectionCampaignInput(title: "县督察", startedOn: "2027-03-01"), office: f.tree.county.id,
                    by: store.actor)
                _ = try await countyOffice.addFinding(
                    to: campaign.id,
                    InspectionFindingInput(
                        organisationID: f.tree.justice.id.uuidString, kind: "其他", description: "问题",
                        deadline: "2027-06-01"), by: store.actor)
            }
            #expect(foreignUnit?.fields.map(\.field) == ["organisationID"])
            // a legal officer of the city does not run inspections
            let legal = f.repository(store, f.tree.city, roles: [.legalUnit])
            let notInspector = await domainError {
                _ = try await legal.createCampaign(
                    InspectionCampaignInput(title: "督察", startedOn: "2027-03-01"), office: f.tree.city.id,
                    by: store.actor)
            }
            #expect(notInspector == InspectionRepository.officeOnly)
            // an extension must move the deadline later
            let earlier = await domainError {
                try await f.office.act(
                    on: f.countyFinding.id, InspectionActionInput(action: "extend", body: "理由", deadline: "2027-02-01"),
                    by: store.actor)
            }
            #expect(earlier?.fields.map(\.field) == ["deadline"])
            #expect(try await count(store, "inspection_findings") == before)
            // one campaign (the county's) was created on the way; nothing else
            #expect(try await store.auditCount() == audit + 1)
        }
    }

    @Test("statistics by unit and kind reconcile with the findings lists behind them; on time follows the report")
    func statistics() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let county = f.repository(store, f.tree.countyMarket)
            let justice = f.repository(store, f.tree.justice)
            // the county reports late (deadline 03-01, today 03-10), the justice bureau in time; both closed
            _ = try await county.act(on: f.countyFinding.id, .init(action: "report", body: "已报备"), by: store.actor)
            _ = try await justice.act(on: f.justiceFinding.id, .init(action: "report", body: "已评查"), by: store.actor)
            for id in [f.countyFinding.id, f.justiceFinding.id] {
                _ = try await f.office.act(on: id, .init(action: "close", body: ""), by: store.actor)
            }
            // a third finding, extended, still open
            let third = try await f.office.addFinding(
                to: f.campaign.id,
                InspectionFindingInput(
                    organisationID: f.tree.justice.id.uuidString, kind: "行政执法", description: "执法证件管理不规范",
                    raisedOn: "2026-12-20", deadline: "2027-03-05"), by: store.actor)
            #expect(third.standing == .overdue)
            let extended = try await f.office.act(
                on: third.id, .init(action: "extend", body: "涉及多部门", deadline: "2027-05-31"), by: store.actor)
            #expect(extended.standing == .open)
            #expect(extended.extendedCount == 1)

            let stats = try await f.office.statistics(InspectionFindingFilter())
            #expect(stats.total == RectificationFigures(total: 3, closed: 2, closedOnTime: 1, overdue: 0, submitted: 0))
            #expect(stats.total.rectificationRate.map { ($0 * 10).rounded() } == 667)
            #expect(stats.byKind.map(\.name) == ["依法行政制度建设", "行政执法"])
            #expect(Set(stats.byUnit.map(\.name)) == ["测试市司法局", "测试县市场监管局"])
            // every group's total is the length of its drill-down list
            for group in stats.byUnit {
                let list = try await f.office.findings(
                    InspectionFindingFilter(organisationID: UUID(uuidString: group.key!)))
                #expect(list.total == group.figures.total)
            }
            for group in stats.byKind {
                let list = try await f.office.findings(InspectionFindingFilter(kind: .init(rawValue: group.key!)))
                #expect(list.total == group.figures.total)
            }
            // the year is the year the finding was raised
            #expect(try await f.office.statistics(InspectionFindingFilter(year: 2026)).total.total == 1)
            #expect(try await f.office.findings(InspectionFindingFilter(standing: .closed)).total == 2)
            // the unit's statistics are its own
            #expect(try await county.statistics(InspectionFindingFilter()).total.total == 1)
        }
    }

    @Test("reminders: before the deadline and once it passed, the office told of the late one; never twice")
    func reminders() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let justice = try await store.user("justice-clerk", in: f.tree.justice)
            let county = try await store.user("county-clerk", in: f.tree.countyMarket)
            let office = try await store.user("city-clerk", in: f.tree.city)
            func kinds(_ user: User) async throws -> [String] {
                try await Notifications(db: store.db, userID: user.id).list().map(\.kind).sorted()
            }
            // today 2027-03-10: the county's finding (deadline 03-01) is late; the justice bureau's (04-30) is not
            // within the horizon yet
            #expect(try await InspectionReminders.sweep(today: Self.today, calendar: .official, on: store.db) == 1)
            #expect(try await kinds(county) == ["inspection.overdue"])
            #expect(try await kinds(office) == ["inspection.escalated"])
            #expect(try await kinds(justice).isEmpty)
            #expect(try await InspectionReminders.sweep(today: Self.today, calendar: .official, on: store.db) == 0)
            // a day before the justice bureau's deadline it is reminded; once reported, nothing more
            let dayBefore = CivilDate(iso: "2027-04-29")!
            #expect(try await InspectionReminders.sweep(today: dayBefore, calendar: .official, on: store.db) == 1)
            #expect(try await kinds(justice) == ["inspection.due_soon"])
            _ = try await f.repository(store, f.tree.justice).act(
                on: f.justiceFinding.id, .init(action: "report", body: "已整改"), by: store.actor)
            let after = CivilDate(iso: "2027-05-10")!
            #expect(try await InspectionReminders.sweep(today: after, calendar: .official, on: store.db) == 0)
        }
    }
}
