import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Enforcement supervision (督办): issue, reply, return, accept, escalate, scope")
struct SupervisionStoreTests {
    /// The repository as a member of `org` sees it: a bureau's scope is its government, an agency's its own subtree.
    func repository(
        _ store: TestStore, scope: Organisation, member: Organisation? = nil, roles: Set<Role>, on day: String
    ) -> SupervisionRepository {
        SupervisionRepository(
            db: store.db, scope: Scope(scope), today: CivilDate(iso: day)!, roles: roles,
            memberPath: (member ?? scope).path, calendar: .official)
    }

    func bureau(_ store: TestStore, _ tree: Tree, on day: String = "2026-10-20") -> SupervisionRepository {
        repository(store, scope: tree.city, member: tree.justice, roles: [.justice], on: day)
    }

    func agency(_ store: TestStore, _ org: Organisation, on day: String) -> SupervisionRepository {
        repository(store, scope: org, roles: [.officer], on: day)
    }

    /// An open alert on `org`, as the sweep would raise it.
    func alert(_ store: TestStore, on org: Organisation, title: String = "超期未作出决定") async throws -> UUID {
        let id = UUID()
        try await BulkInsert.run(
            into: "enforcement_alerts",
            columns: [
                "id", "organisation_id", "org_path", "key", "rule", "title", "message", "basis", "severity",
                "raised_on", "raised_at",
            ],
            rows: [
                [
                    id, org.id, org.path.value, "test:\(id)", "stage.overdue", title, "案件超期", "《行政处罚法》第六十条", "high",
                    "2026-10-19", Date(),
                ]
            ], on: store.db as! any SQLDatabase)
        return id
    }

    func count(_ table: String, _ store: TestStore, where condition: String = "1 = 1") async throws -> Int {
        try await (store.db as! any SQLDatabase).raw(
            "SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: condition)"
        ).first()!.decode(column: "n", as: Int.self)
    }

    let correction = SupervisionNoticeInput(
        kind: "correction", findings: "案件超过九十日未作出决定", requirement: "立即作出决定并报告", replyDays: "15")

    @Test func aNoticeGoesFromIssueThroughAReturnToAcceptanceAndClosesItsAlerts() async throws {
        try await TestStore.with { store in
            // given: two open alerts on the city's market bureau
            let tree = try await Tree.build(in: store)
            let first = try await alert(store, on: tree.market)
            let second = try await alert(store, on: tree.market, title: "未按期公示")
            // when: the bureau issues, the agency replies with a file, the bureau returns, the agency replies again,
            // the bureau accepts
            let issued = try await bureau(store, tree).issue(correction, alerts: [first, second], by: store.actor)
            let replied = try await agency(store, tree.market, on: "2026-10-28").act(
                on: issued.id, SupervisionStepInput(action: "reply", text: "已作出决定"),
                files: [(name: "决定书.pdf", content: Data("决定书".utf8))], by: store.actor)
            let returned = try await bureau(store, tree, on: "2026-10-29").act(
                on: issued.id, SupervisionStepInput(action: "return", text: "请附送达回证"), by: store.actor)
            _ = try await agency(store, tree.market, on: "2026-11-02").act(
                on: issued.id, SupervisionStepInput(action: "reply", text: "附送达回证"),
                files: [(name: "送达回证.pdf", content: Data("回证".utf8))], by: store.actor)
            let closed = try await bureau(store, tree, on: "2026-11-03").act(
                on: issued.id, SupervisionStepInput(action: "accept", text: "整改到位"), by: store.actor)
            // then
            #expect(issued.number == "测试市司法局监督〔2026〕1号")
            #expect(issued.stage == .issued && issued.kind == .correction && issued.organisationID == tree.market.id)
            // 15 working days from 2026-10-20 (a Tuesday): 2026-11-10.
            #expect(issued.dueOn == "2026-11-10")
            #expect(replied.stage == .replied && replied.dueOn == nil && replied.repliedOn == "2026-10-28")
            #expect(returned.stage == .returned && returned.dueFrom == "2026-10-29")
            #expect(closed.stage == .closed && closed.closedOn == "2026-11-03")
            let events = try await bureau(store, tree).events(of: issued.id)
            #expect(events.map(\.action) == ["issue", "reply", "return", "reply", "accept"])
            #expect(events[1].files.first?.name == "决定书.pdf" && events[1].files.first?.sha256.count == 64)
            #expect(try await count("evidence_files", store) == 2)
            #expect(try await count("enforcement_alerts", store, where: "closed_note LIKE '督办已办结%'") == 2)
            #expect(try await count("audit_entries", store, where: "action LIKE 'enforcement.supervision.%'") == 5)
            let next = try await bureau(store, tree).issue(
                correction, alerts: [try await alert(store, on: tree.market)], by: store.actor)
            #expect(next.number == "测试市司法局监督〔2026〕2号")
        }
    }

    @Test func anEscalatedNoticeIsHandledByTheBureauAbove() async throws {
        try await TestStore.with { store in
            // given: the county's own justice bureau issues to the county market bureau
            let tree = try await Tree.build(in: store)
            let countyJustice = try await store.org("测试县司法局", under: tree.county, kind: .justiceBureau)
            let county = repository(
                store, scope: tree.county, member: countyJustice, roles: [.justice], on: "2026-10-20")
            let issued = try await county.issue(
                correction, alerts: [try await alert(store, on: tree.countyMarket)], by: store.actor)
            // when
            let escalated = try await county.act(
                on: issued.id, SupervisionStepInput(action: "escalate", text: "逾期不整改"), by: store.actor)
            // then: the city's bureau handles it; the county's may no longer decide
            #expect(issued.number == "测试县司法局监督〔2026〕1号")
            #expect(escalated.stage == .escalated && escalated.supervisorID == tree.justice.id)
            #expect(escalated.dueFrom == "2026-10-20")
            let city = bureau(store, tree, on: "2026-10-21")
            #expect(try await city.list(SupervisionFilter(box: .issued)).rows.map(\.id) == [issued.id])
            #expect(try await county.list(SupervisionFilter(box: .issued)).rows.map(\.id) == [issued.id])
            #expect(city.availableActions(for: escalated) == [.accept, .return, .escalate])
            let refused = await domainError {
                _ = try await county.act(
                    on: issued.id, SupervisionStepInput(action: "accept", text: nil), by: store.actor)
            }
            #expect(refused == .forbidden("只有当前承办该督办的司法行政机关可以「审查通过并办结」"))
            // and the city bureau has no government above with a bureau
            let top = await domainError {
                _ = try await city.act(
                    on: issued.id, SupervisionStepInput(action: "escalate", text: "再提请"), by: store.actor)
            }
            #expect(top == .conflict("上级人民政府未登记司法行政机关，无法提请上级督办"))
        }
    }

    @Test func nobodyOutsideTheSubtreeAddressesOrReadsANotice() async throws {
        try await TestStore.with { store in
            // given: a second city with its own bureau and agency
            let tree = try await Tree.build(in: store)
            let other = try await store.org("另一市人民政府", kind: .government)
            let otherJustice = try await store.org("另一市司法局", under: other, kind: .justiceBureau)
            let otherMarket = try await store.org("另一市市场监管局", under: other, kind: .enforcementAgency)
            let outside = try await alert(store, on: otherMarket)
            let issued = try await bureau(store, tree).issue(
                correction, alerts: [try await alert(store, on: tree.market)], by: store.actor)
            let otherBureau = repository(store, scope: other, member: otherJustice, roles: [.justice], on: "2026-10-20")
            // when / then: the city's bureau cannot address the other city's agency
            let addressed = await domainError {
                _ = try await bureau(store, tree).issue(correction, alerts: [outside], by: store.actor)
            }
            #expect(addressed == .notFound("预警不存在，或不在您的管辖范围内"))
            // the other bureau and an agency it is not addressed to cannot read it
            let otherRead = await domainError { _ = try await otherBureau.find(issued.id) }
            #expect(otherRead == SupervisionRepository.notFound)
            #expect(try await otherBureau.list(SupervisionFilter()).total == 0)
            let county = agency(store, tree.countyMarket, on: "2026-10-21")
            let countyRead = await domainError { _ = try await county.find(issued.id) }
            #expect(countyRead == SupervisionRepository.notFound)
            // the addressed agency sees it, and may reply but not decide
            let market = agency(store, tree.market, on: "2026-10-21")
            #expect(try await market.list(SupervisionFilter(box: .addressed)).rows.map(\.id) == [issued.id])
            #expect(market.availableActions(for: issued) == [.reply])
            #expect(bureau(store, tree).availableActions(for: issued) == [.escalate])
            let decided = await domainError {
                _ = try await market.act(
                    on: issued.id, SupervisionStepInput(action: "accept", text: nil), by: store.actor)
            }
            #expect(decided == .forbidden("只有当前承办该督办的司法行政机关可以「审查通过并办结」"))
        }
    }

    @Test func badInputChangesNothing() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let open = try await alert(store, on: tree.market)
            let audits = try await store.auditCount()
            // when: empty fields, an agency issuing, a step not allowed
            let invalid = await domainError {
                _ = try await bureau(store, tree).issue(
                    SupervisionNoticeInput(kind: "opinion", findings: "", requirement: "x", replyDays: "99"),
                    alerts: [open], by: store.actor)
            }
            let agencyIssuing = await domainError {
                _ = try await agency(store, tree.market, on: "2026-10-20").issue(
                    correction, alerts: [open], by: store.actor)
            }
            let issued = try await bureau(store, tree).issue(correction, alerts: [open], by: store.actor)
            let early = await domainError {
                _ = try await bureau(store, tree).act(
                    on: issued.id, SupervisionStepInput(action: "accept", text: nil), by: store.actor)
            }
            let emptyReply = await domainError {
                _ = try await agency(store, tree.market, on: "2026-10-21").act(
                    on: issued.id, SupervisionStepInput(action: "reply", text: " "), by: store.actor)
            }
            // then
            #expect(invalid?.fields.map(\.field) == ["findings", "replyDays"])
            #expect(agencyIssuing == .forbidden("发出督办、审查答复需要司法行政或管理员角色"))
            #expect(early == .conflict("督办当前处于「待答复」，不能「审查通过并办结」"))
            #expect(emptyReply == .invalid("text", "请填写答复内容（整改情况）"))
            #expect(try await count("supervision_notices", store) == 1)
            #expect(try await count("supervision_notice_events", store) == 1)
            #expect(try await store.auditCount() == audits + 1)
            #expect(try await bureau(store, tree).find(issued.id).stage == .issued)
        }
    }

    @Test func anOverdueNoticeAndALateReplyRaiseAlertsOnce() async throws {
        try await TestStore.with { store in
            // given: a notice due 2026-11-10
            let tree = try await Tree.build(in: store)
            let issued = try await bureau(store, tree).issue(
                correction, alerts: [try await alert(store, on: tree.market)], by: store.actor)
            // when: the sweep runs twice after the due day, then the agency replies late
            let raised = try await EnforcementSweep.sweep(today: CivilDate(iso: "2026-11-11")!, on: store.db)
            let again = try await SupervisionSweep.overdueNotices(today: CivilDate(iso: "2026-11-12")!, on: store.db)
            _ = try await agency(store, tree.market, on: "2026-11-12").act(
                on: issued.id, SupervisionStepInput(action: "reply", text: "已整改"), by: store.actor)
            // then
            #expect(raised >= 1 && again == 0)
            #expect(try await count("enforcement_alerts", store, where: "rule = 'supervision.overdue'") == 2)
            #expect(try await count("enforcement_alerts", store, where: "title = '逾期答复督办'") == 1)
            #expect(try await SupervisionSweep.overdueNotices(today: CivilDate(iso: "2026-11-20")!, on: store.db) == 0)
        }
    }
}
