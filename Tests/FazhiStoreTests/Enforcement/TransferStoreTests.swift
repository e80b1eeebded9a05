import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Transfers of suspected crimes (两法衔接): steps, periods, alerts, scope and the procuratorate")
struct TransferStoreTests {
    /// The repository as a member of `member` with `roles` sees it, on `day`.
    func repository(
        _ store: TestStore, _ member: Organisation, roles: Set<Role> = [.officer], scope: Scope? = nil,
        on day: String = "2026-03-20"
    ) -> TransferRepository {
        TransferRepository(
            db: store.db, scope: scope ?? Scope(member), today: CivilDate(iso: day)!, roles: roles,
            memberPath: member.path, memberOrganisationID: member.id, calendar: .official)
    }

    func count(_ table: String, _ store: TestStore, where condition: String = "1 = 1") async throws -> Int {
        try await (store.db as! any SQLDatabase).raw(
            "SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: condition)"
        ).first()!.decode(column: "n", as: Int.self)
    }

    func report(on day: String = "2026-03-02") -> TransferInput {
        TransferInput(
            subject: "某公司销售伪劣产品案", party: "某公司", offence: "销售伪劣产品罪", facts: "货值金额五万元以上", police: "测试市公安局",
            members: "王执法、李执法", reportedOn: day)
    }

    func step(_ action: TransferAction, _ day: String, _ time: String? = nil, note: String? = nil)
        -> TransferStepInput
    {
        TransferStepInput(action: action.rawValue, date: day, time: time, document: "文号", note: note ?? "理由")
    }

    @Test func aTransferRunsThroughARefusalAndReconsiderationWithEachPeriod() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let agency = repository(store, tree.market)
            // when
            let reported = try await agency.report(report(), by: store.actor)
            let approved = try await agency.act(on: reported.id, step(.approve, "2026-03-04", "16:00"), by: store.actor)
            let transferred = try await agency.act(
                on: reported.id, step(.handOver, "2026-03-05", "09:00"), by: store.actor)
            let received = try await agency.act(on: reported.id, step(.receive, "2026-03-05"), by: store.actor)
            let refused = try await agency.act(on: reported.id, step(.refuse, "2026-03-06"), by: store.actor)
            let reconsidering = try await agency.act(
                on: reported.id, step(.requestReconsideration, "2026-03-09"), by: store.actor)
            let filed = try await agency.act(on: reported.id, step(.file, "2026-03-11"), by: store.actor)
            let done = try await agency.act(on: reported.id, step(.handOverMaterials, "2026-03-12"), by: store.actor)
            // then
            #expect(reported.stage == .reported && reported.dueOn == "2026-03-05")
            #expect(approved.dueOn == "2026-03-05" && approved.dueTime == "16:00")
            #expect(transferred.dueOn == nil && transferred.transferredOn == "2026-03-05")
            // received Thursday 03-05: the third day is Sunday 03-08, so Monday 03-09
            #expect(received.stage == .received && received.dueOn == "2026-03-09")
            #expect(refused.dueOn == "2026-03-09")
            #expect(reconsidering.dueOn == "2026-03-12")
            #expect(filed.stage == .filed && filed.dueOn == "2026-03-16")
            #expect(done.stage == .handedOver && done.dueOn == nil)
            let events = try await agency.events(of: reported.id)
            #expect(events.map(\.action).first == "report" && events.count == 8 && !events.contains(where: \.late))
            #expect(try await count("audit_entries", store, where: "action LIKE 'enforcement.transfer.%'") == 8)
            #expect(try await count("enforcement_alerts", store) == 0)
        }
    }

    @Test func aLateHandoverIsMarkedAndRaisesAnAlertAndTheSweepRaisesAnOverduePeriodOnce() async throws {
        try await TestStore.with { store in
            // given: approved 03-04 16:00
            let tree = try await Tree.build(in: store)
            let agency = repository(store, tree.market)
            let row = try await agency.report(report(), by: store.actor)
            _ = try await agency.act(on: row.id, step(.approve, "2026-03-04", "16:00"), by: store.actor)
            // when: handed over the next day at 17:00, one hour late; then received and left
            _ = try await agency.act(on: row.id, step(.handOver, "2026-03-05", "17:00"), by: store.actor)
            _ = try await agency.act(on: row.id, step(.receive, "2026-03-06"), by: store.actor)
            let first = try await TransferSweep.overdueTransfers(today: CivilDate(iso: "2026-03-10")!, on: store.db)
            let second = try await TransferSweep.overdueTransfers(today: CivilDate(iso: "2026-03-11")!, on: store.db)
            // then
            let events = try await agency.events(of: row.id)
            #expect(events[2].action == "hand_over" && events[2].late)
            #expect(try await count("enforcement_alerts", store, where: "rule = 'transfer.late'") == 1)
            #expect(first == 1 && second == 0)
            let overdue = try await (store.db as! any SQLDatabase).raw(
                "SELECT title, message, basis FROM enforcement_alerts WHERE rule = 'transfer.overdue'"
            ).first()
            #expect(try overdue?.decode(column: "title", as: String.self) == "公安机关逾期未作决定")
            #expect(try overdue?.decode(column: "basis", as: String.self).contains("第八条") == true)
        }
    }

    @Test func aTransferFromACaseBelongsToTheCasesAgencyAndACaseOutsideIsNotFound() async throws {
        try await TestStore.with { store in
            // given: a case of the county's market bureau
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.countyMarket, on: store.db)
            let opened = try await CaseRepository(
                db: store.db, scope: Scope(tree.countyMarket), today: CivilDate(iso: "2026-10-20")!, roles: [.officer],
                calendar: .official
            ).open(
                body: tree.countyMarket.id, reference: "测县监罚〔2026〕1号", EnforcementFixtures.filing(on: "2026-10-08"),
                by: store.actor)
            // when
            let linked = try await repository(store, tree.countyMarket, on: "2026-10-21").report(
                report(on: "2026-10-20"), caseID: opened.row.id, by: store.actor)
            let before = try await count("crime_transfers", store)
            let outside = await domainError {
                _ = try await repository(store, tree.market, on: "2026-10-21").report(
                    report(on: "2026-10-20"), caseID: opened.row.id, by: store.actor)
            }
            // then
            #expect(linked.caseID == opened.row.id && linked.caseReference == "测县监罚〔2026〕1号")
            #expect(linked.organisationID == tree.countyMarket.id)
            #expect(outside == .notFound("案件不存在，或不在您的管辖范围内"))
            #expect(try await count("crime_transfers", store) == before)
            let listed = try await repository(store, tree.countyMarket, on: "2026-10-21").list(
                TransferFilter(caseID: opened.row.id))
            #expect(listed.rows.map(\.id) == [linked.id])
        }
    }

    @Test func theProcuratorateReadsItsGovernmentsTransfersAndOnlyGivesOpinions() async throws {
        try await TestStore.with { store in
            // given: a procuratorate under the county; transfers of the county's and the city's market bureaus
            let tree = try await Tree.build(in: store)
            let procuratorate = try await store.org("测试县人民检察院", under: tree.county, kind: .other)
            let county = try await repository(store, tree.countyMarket).report(report(), by: store.actor)
            let city = try await repository(store, tree.market).report(report(), by: store.actor)
            let scope = try await TransferRepository.scope(
                organisation: procuratorate.path, roles: [.procuratorate], fallback: Scope(procuratorate),
                on: store.db)
            let procurator = repository(store, procuratorate, roles: [.procuratorate], scope: scope)
            // when
            let listed = try await procurator.list(TransferFilter())
            let hidden = await domainError { _ = try await procurator.find(city.id) }
            let step = await domainError {
                _ = try await procurator.act(on: county.id, self.step(.approve, "2026-03-03", "09:00"), by: store.actor)
            }
            let noted = try await procurator.opinion(
                on: county.id, TransferOpinionInput(text: "请依法及时审批"), by: store.actor)
            let officerOpinion = await domainError {
                _ = try await repository(store, tree.countyMarket).opinion(
                    on: county.id, TransferOpinionInput(text: "意见"), by: store.actor)
            }
            // then
            #expect(scope.root == tree.county.path)
            #expect(listed.rows.map(\.id) == [county.id])
            #expect(hidden == .notFound("移送案件不存在，或不在您的管辖范围内"))
            if case .forbidden = step {
            } else {
                Issue.record("a procuratorate records no step: \(String(describing: step))")
            }
            if case .forbidden = officerOpinion {} else { Issue.record("an officer gives no opinion") }
            #expect(noted.stage == .reported && noted.opinionCount == 1)
            #expect(procurator.availableActions(for: noted).isEmpty)
            let events = try await procurator.events(of: county.id)
            #expect(events.map(\.action) == ["report", "opinion"] && events[1].note == "请依法及时审批")
            #expect(try await count("audit_entries", store, where: "action = 'enforcement.transfer.opinion'") == 1)
        }
    }

    @Test func refusalsChangeNothing() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let agency = repository(store, tree.market)
            let row = try await agency.report(report(), by: store.actor)
            let before = (
                try await count("crime_transfer_events", store), try await count("audit_entries", store),
                try await count("enforcement_alerts", store)
            )
            // when: a step out of order, a missing reason, an earlier day, a sibling agency, a reader, bad report
            let outOfOrder = await domainError {
                _ = try await agency.act(on: row.id, step(.receive, "2026-03-03"), by: store.actor)
            }
            let noReason = await domainError {
                _ = try await agency.act(
                    on: row.id, TransferStepInput(action: "reject", date: "2026-03-03"), by: store.actor)
            }
            let earlier = await domainError {
                _ = try await agency.act(on: row.id, step(.approve, "2026-03-01", "09:00"), by: store.actor)
            }
            let sibling = await domainError {
                _ = try await repository(store, tree.countyMarket).act(
                    on: row.id, step(.approve, "2026-03-03", "09:00"), by: store.actor)
            }
            let reader = await domainError {
                _ = try await repository(store, tree.justice, roles: [.justice], scope: Scope(tree.city)).act(
                    on: row.id, step(.approve, "2026-03-03", "09:00"), by: store.actor)
            }
            let readerReport = await domainError {
                _ = try await repository(store, tree.justice, roles: [.justice], scope: Scope(tree.city)).report(
                    report(), by: store.actor)
            }
            let badReport = await domainError {
                _ = try await agency.report(
                    TransferInput(
                        subject: "", party: "", offence: "", facts: "", police: "", members: "", reportedOn: ""),
                    by: store.actor)
            }
            // then
            #expect(outOfOrder == .conflict("移送当前处于「已报告待审批」，不能「公安机关签收回执」"))
            #expect(noReason?.fields.map(\.field) == ["note"])
            #expect(earlier?.fields.map(\.field) == ["date"])
            #expect(sibling == .notFound("移送案件不存在，或不在您的管辖范围内"))
            if case .forbidden = reader {} else { Issue.record("a justice bureau reads only") }
            if case .forbidden = readerReport {} else { Issue.record("a justice bureau reports nothing") }
            #expect(badReport?.fields.count == 7)
            let after = (
                try await count("crime_transfer_events", store), try await count("audit_entries", store),
                try await count("enforcement_alerts", store)
            )
            #expect(after == before)
            #expect(try await agency.find(row.id) == row)
        }
    }
}
