import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Complaints and reports (投诉举报): routing, idempotent feed, scope, steps, views, sweep, region period")
struct ComplaintStoreTests {
    func desk(_ store: TestStore, on day: String = "2026-10-20") -> ComplaintDesk {
        ComplaintDesk(db: store.db, today: CivilDate(iso: day)!, calendar: .official)
    }

    func repository(
        _ store: TestStore, scope: Organisation, member: Organisation? = nil, roles: Set<Role>,
        on day: String = "2026-10-21"
    ) -> ComplaintRepository {
        ComplaintRepository(
            db: store.db, scope: Scope(scope), today: CivilDate(iso: day)!, roles: roles,
            memberPath: (member ?? scope).path, calendar: .official)
    }

    /// The test tree with the city's and the county's market bureaus registered as enforcement bodies.
    func tree(_ store: TestStore) async throws -> Tree {
        let tree = try await Tree.build(in: store)
        for body in [tree.market, tree.countyMarket] {
            try await (store.db as! any SQLDatabase).insert(into: "enforcement_bodies")
                .columns("id", "org_path", "legal_basis", "territory", "status", "updated_at")
                .values(
                    SQLBind(body.id), SQLBind(body.path.value), SQLBind("《中华人民共和国食品安全法》第六条"), SQLBind("本行政区域"),
                    SQLBind("active"), SQLBind(Date())
                ).run()
        }
        return tree
    }

    func input(_ body: Organisation, _ kind: ComplaintKind, anonymous: Bool = false) -> ComplaintInput {
        ComplaintInput(
            bodyID: body.id.uuidString, kind: kind.rawValue, narrative: "执法人员检查时未出示执法证件，当场扣押货物。",
            name: anonymous ? nil : "张三", mobile: anonymous ? nil : "13900001234", anonymous: anonymous ? "1" : nil)
    }

    func count(_ table: String, _ store: TestStore) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    @Test func aReportGoesToTheBodyAndAComplaintToItsGovernmentsJusticeBureau() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await tree(store)
            let audits = try await store.auditCount()
            // when
            let report = try await desk(store).submit(input(tree.market, .report, anonymous: true), by: store.actor)
            let complaint = try await desk(store).submit(input(tree.market, .complaint), by: store.actor)
            // the county has no justice bureau: the city's handles complaints about the county's agencies
            let county = try await desk(store).submit(input(tree.countyMarket, .complaint), by: store.actor)
            // then
            #expect(report.complaint.organisationID == tree.market.id && report.complaint.isAnonymous)
            #expect(complaint.complaint.organisationID == tree.justice.id)
            #expect(complaint.complaint.bodyID == tree.market.id)
            #expect(county.complaint.organisationID == tree.justice.id)
            // 15 working days from Tuesday 2026-10-20
            #expect(complaint.complaint.dueOn == "2026-11-10" && complaint.complaint.stage == .received)
            #expect(complaint.code?.count == 8 && complaint.complaint.number.hasPrefix("TS20261020-"))
            #expect(try await store.auditCount() == audits + 3)
            #expect(try await store.audit(action: "enforcement.complaint.submit").count == 3)
        }
    }

    @Test func badInputAndUnregisteredBodiesChangeNothing() async throws {
        try await TestStore.with { store in
            // given: the justice bureau is an organisation, but not a registered enforcement body
            let tree = try await tree(store)
            var bad = input(tree.market, .complaint)
            bad.mobile = "110"
            // when
            let unregistered = await domainError {
                _ = try await desk(store).submit(input(tree.justice, .report), by: store.actor)
            }
            let invalid = await domainError { _ = try await desk(store).submit(bad, by: store.actor) }
            // then
            #expect(unregistered == .invalid("bodyID", "请从列表中选择已登记的执法机关"))
            #expect(invalid?.fields.map(\.field) == ["mobile"])
            #expect(try await count("complaints", store) == 0)
            #expect(try await count("complaint_events", store) == 0)
        }
    }

    @Test func aFeedResendReturnsTheSameComplaintAndChangesNothing() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await tree(store)
            let first = try await desk(store).submit(
                input(tree.market, .report), source: .hotline, externalID: "12345-0001", submitter: tree.city.path,
                by: store.actor)
            let audits = try await store.auditCount()
            // when: the same work order again, even with other words, and another one
            var changed = input(tree.market, .complaint)
            changed.narrative = "重发时内容不同也不改变已收到的件。"
            let again = try await desk(store).submit(
                changed, source: .hotline, externalID: "12345-0001", submitter: tree.city.path, by: store.actor)
            let other = try await desk(store).submit(
                input(tree.market, .report), source: .hotline, externalID: "12345-0002", by: store.actor)
            // then
            #expect(again.complaint == first.complaint && again.code == nil && first.code != nil)
            #expect(other.complaint.id != first.complaint.id)
            #expect(try await count("complaints", store) == 2)
            #expect(try await store.auditCount() == audits + 1)
        }
    }

    @Test func everyoneSeesOnlyComplaintsRoutedInsideTheirScope() async throws {
        try await TestStore.with { store in
            // given: a report to the market bureau, a complaint about it (to the justice bureau), one in the county
            let tree = try await tree(store)
            let report = try await desk(store).submit(input(tree.market, .report), by: store.actor).complaint
            let complaint = try await desk(store).submit(input(tree.market, .complaint), by: store.actor).complaint
            let county = try await desk(store).submit(input(tree.countyMarket, .report), by: store.actor).complaint
            let bureau = repository(store, scope: tree.city, member: tree.justice, roles: [.justice])
            let market = repository(store, scope: tree.market, roles: [.officer])
            let countyMarket = repository(store, scope: tree.countyMarket, roles: [.officer])
            // when
            let all = try await bureau.list(ComplaintFilter())
            let own = try await market.list(ComplaintFilter())
            let countyOwn = try await countyMarket.list(ComplaintFilter())
            // then: the agency does not see the complaint about itself, nor the county's report
            #expect(Set(all.rows.map(\.id)) == [report.id, complaint.id, county.id])
            #expect(own.rows.map(\.id) == [report.id])
            #expect(countyOwn.rows.map(\.id) == [county.id])
            #expect(await domainError { _ = try await market.find(complaint.id) } == ComplaintRepository.notFound)
            #expect(await domainError { _ = try await countyMarket.find(number: report.number) } != nil)
            #expect(try await bureau.list(ComplaintFilter(kind: .complaint)).total == 1)
        }
    }

    @Test func theHandlerAcceptsAndRepliesAndTheBureauReassigns() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await tree(store)
            let complaint = try await desk(store).submit(input(tree.market, .complaint), by: store.actor).complaint
            let bureau = repository(store, scope: tree.city, member: tree.justice, roles: [.justice])
            let market = repository(store, scope: tree.market, roles: [.officer])
            let county = try await desk(store).submit(input(tree.countyMarket, .complaint), by: store.actor).complaint
            // when: the bureau accepts and replies to one, and reassigns the county's to the county market bureau
            let early = await domainError {
                _ = try await bureau.act(
                    on: complaint.id, ComplaintStepInput(action: "reply", text: "已核实"), by: store.actor)
            }
            _ = try await bureau.act(on: complaint.id, ComplaintStepInput(action: "accept", text: nil), by: store.actor)
            let replied = try await bureau.act(
                on: complaint.id, ComplaintStepInput(action: "reply", text: "经核实，已责令改正。"), by: store.actor)
            let forbidden = await domainError {
                _ = try await market.act(
                    on: county.id, ComplaintStepInput(action: "reassign", text: "x", target: tree.market.id.uuidString),
                    by: store.actor)
            }
            let outside = await domainError {
                _ = try await bureau.act(
                    on: county.id,
                    ComplaintStepInput(action: "reassign", text: "属地", target: UUID().uuidString), by: store.actor)
            }
            let moved = try await bureau.act(
                on: county.id,
                ComplaintStepInput(action: "reassign", text: "由属地查处", target: tree.countyMarket.id.uuidString),
                by: store.actor)
            // then
            #expect(early == .conflict("投诉举报当前处于「待受理」，不能「答复」"))
            #expect(replied.stage == .replied && replied.answer == "经核实，已责令改正。" && replied.dueOn == nil)
            #expect(replied.answeredOn == "2026-10-21" && replied.dueDay == "2026-11-10")
            #expect(forbidden == ComplaintRepository.notFound)
            #expect(outside?.fields.map(\.field) == ["target"])
            #expect(moved.organisationID == tree.countyMarket.id && moved.stage == .received)
            let events = try await bureau.events(of: complaint.id)
            #expect(events.map(\.action) == ["submit", "accept", "reply"])
            #expect(try await store.audit(action: "enforcement.complaint.reassign").count == 1)
            let countyStaff = repository(store, scope: tree.countyMarket, roles: [.officer])
            #expect(countyStaff.availableActions(for: try await countyStaff.find(county.id)) == [.accept, .refuse])
        }
    }

    @Test func theComplainantSeesItWithTheCodeAndGivesTheirViewOnce() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await tree(store)
            let receipt = try await desk(store).submit(input(tree.market, .report), by: store.actor)
            let number = receipt.complaint.number
            let code = try #require(receipt.code)
            let market = repository(store, scope: tree.market, roles: [.officer])
            // when
            let wrong = await domainError { _ = try await desk(store).track(number: number, code: "WRONG234") }
            let early = await domainError {
                _ = try await desk(store).feedback(
                    number: number, code: code, ComplaintFeedbackInput(rating: "satisfied", comment: nil),
                    by: store.actor)
            }
            _ = try await market.act(
                on: receipt.complaint.id, ComplaintStepInput(action: "refuse", text: "不属于本机关职责，请向住建部门反映"),
                by: store.actor)
            let rated = try await desk(store, on: "2026-10-22").feedback(
                number: number.lowercased(), code: code.lowercased(),
                ComplaintFeedbackInput(rating: "dissatisfied", comment: "没有告知具体部门"), by: store.actor)
            let twice = await domainError {
                _ = try await desk(store).feedback(
                    number: number, code: code, ComplaintFeedbackInput(rating: "satisfied", comment: nil),
                    by: store.actor)
            }
            // then
            #expect(wrong == ComplaintDesk.notFound)
            #expect(early == .conflict("收到答复后才能评价"))
            #expect(rated.stage == .refused && rated.rating == .dissatisfied && rated.ratedOn == "2026-10-22")
            #expect(twice == .conflict("已经评价过，不能重复评价"))
            #expect(try await desk(store).events(of: rated.id).map(\.action) == ["submit", "refuse", "feedback"])
            // only the hash of the code is stored
            let stored = try await (store.db as! any SQLDatabase).raw("SELECT code_hash FROM complaints").first()!
                .decode(column: "code_hash", as: String.self)
            #expect(stored == ComplaintCode.hash(code) && stored != code)
        }
    }

    @Test func theSweepRaisesOneAlertPerDueDayAndTheRegionSetsThePeriod() async throws {
        try await TestStore.with { store in
            // given: one complaint answered, one not, past the due day
            let tree = try await tree(store)
            let open = try await desk(store).submit(input(tree.market, .report), by: store.actor).complaint
            let answered = try await desk(store).submit(input(tree.market, .report), by: store.actor).complaint
            let market = repository(store, scope: tree.market, roles: [.officer])
            _ = try await market.act(
                on: answered.id, ComplaintStepInput(action: "refuse", text: "重复举报"), by: store.actor)
            // when
            let raised = try await EnforcementSweep.sweep(today: CivilDate(iso: "2026-11-11")!, on: store.db)
            let again = try await ComplaintSweep.overdueComplaints(today: CivilDate(iso: "2026-11-12")!, on: store.db)
            let bureau = repository(store, scope: tree.city, member: tree.justice, roles: [.justice])
            let refused = await domainError { _ = try await market.setPolicy(replyDays: "10", by: store.actor) }
            let bad = await domainError { _ = try await bureau.setPolicy(replyDays: "0", by: store.actor) }
            _ = try await bureau.setPolicy(replyDays: "10", by: store.actor)
            let later = try await desk(store).submit(input(tree.market, .report), by: store.actor).complaint
            // then
            #expect(raised >= 1 && again == 0)
            let alerts = try await (store.db as! any SQLDatabase).raw(
                "SELECT organisation_id, message FROM enforcement_alerts WHERE rule = 'complaint.overdue'"
            ).all()
            #expect(alerts.count == 1)
            #expect(try alerts[0].decode(column: "message", as: String.self).contains(open.number))
            #expect(refused == .forbidden("设置投诉举报答复期限需要司法行政或管理员角色"))
            #expect(bad?.fields.map(\.field) == ["replyDays"])
            #expect(later.replyDays == 10 && later.dueOn == "2026-11-03")
            #expect(try await bureau.policy() == ComplaintPolicy(replyWorkingDays: 10, isDefault: false))
        }
    }
}
