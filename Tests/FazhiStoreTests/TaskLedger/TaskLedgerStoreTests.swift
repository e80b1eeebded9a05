import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

/// A plan written for these tests, for the tree of `Tree`: two units by name, a collective (各县〔区〕 is the
/// county), one name the tree does not know (the user maps it), a task already overdue on `today`.
let ledgerPlanText = """
    测试市2027年法治政府建设工作要点
    为深入推进法治政府建设，结合本市实际，制定本要点。
    一、健全依法行政制度体系
    1.加强行政规范性文件管理。全面清理现行有效的行政规范性文件，2027年6月底前完成。（责任单位：市司法局，各县〔区〕）
    2.推行行政执法三项制度。长期坚持。（牵头单位：市市场监管局；配合单位：市司法局）
    二、强化行政权力制约监督
    3.开展行政执法案卷评查。每季度开展一次评查。（责任单位：市执法监督协调小组）
    4.完成行政复议案件集中审理改革。2026年12月底前完成。（责任单位：市司法局）
    各单位要加强组织领导，确保各项任务落到实处。
    """

@Suite("Task ledger: import, scope, progress")
struct TaskLedgerStoreTests {
    static let today = CivilDate(iso: "2027-01-15")!

    func request(_ tree: Tree, mappings: [String: [UUID]] = [:]) throws -> PlanImportRequest {
        PlanImportRequest(
            document: try PlanParser().parse(ledgerPlanText), sourceName: "要点.txt", sourceSHA256: "ab12",
            referenceYear: nil, organisationID: tree.city.id, mappings: mappings)
    }

    func count(_ store: TestStore, _ table: String) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    @Test("an unresolved unit stops the import and writes nothing; mapped once, it imports and is remembered")
    func allOrNothingAndRemembered() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let importer = PlanImport(db: store.db, scope: .system)
            // when: nobody mapped 市执法监督协调小组
            let refused = await domainError { _ = try await importer.commit(try request(tree), by: store.actor) }
            // then
            #expect(refused?.fields.first?.message.contains("市执法监督协调小组") == true)
            for table in ["plans", "plan_items", "plan_tasks", "plan_task_units", "plan_unit_mappings"] {
                #expect(try await count(store, table) == 0, "\(table) was written")
            }
            #expect(try await store.audit(action: "plan.import").isEmpty)

            // when: mapped to the justice bureau
            let result = try await importer.commit(
                try request(tree, mappings: ["市执法监督协调小组": [tree.justice.id]]), by: store.actor)
            // then: 2 chapters + 4 items, 4 tasks; units: justice+county, market+justice, justice, justice
            #expect(result.items == 6)
            #expect(result.tasks == 4)
            #expect(result.assignments == 6)
            #expect(try await store.audit(action: "plan.import").count == 1)

            // and the next import of the government resolves the name by itself
            let preview = try await importer.preview(try request(tree))
            #expect(preview.unresolved.isEmpty)
            #expect(preview.units.first { $0.name == "市执法监督协调小组" }?.remembered == true)
            #expect(preview.units.first { $0.name == "各县〔区〕" }?.organisations.map(\.id) == [tree.county.id])
        }
    }

    @Test("a mapping to an organisation outside the government's tree is refused")
    func mappingOutsideTree() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let other = try await store.org("另一市人民政府", kind: .government)
            let error = await domainError {
                _ = try await PlanImport(db: store.db, scope: .system).commit(
                    try request(tree, mappings: ["市执法监督协调小组": [other.id]]), by: store.actor)
            }
            #expect(error?.fields.first?.field == "mappings")
            #expect(try await count(store, "plans") == 0)
        }
    }

    @Test("the office sees every task; a unit sees the plan and only its own tasks; others see nothing")
    func scope() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            _ = try await PlanImport(db: store.db, scope: .system).commit(
                try request(tree, mappings: ["市执法监督协调小组": [tree.justice.id]]), by: store.actor)
            func ledger(_ org: Organisation) -> TaskLedgerRepository {
                TaskLedgerRepository(db: store.db, scope: Scope(org), today: Self.today)
            }
            // the city (its office) sees the whole plan
            let cityPlans = try await ledger(tree.city).plans()
            #expect(cityPlans.count == 1 && cityPlans[0].wholePlan && cityPlans[0].counts.total == 4)
            // the county sees the plan, and only task 1
            let countyPlans = try await ledger(tree.county).plans()
            #expect(countyPlans.count == 1 && !countyPlans[0].wholePlan)
            let countyTasks = try await ledger(tree.county).tasks(of: countyPlans[0], PlanTaskFilter())
            #expect(countyTasks.tasks.map(\.code) == ["1.1"])
            // the market's inspection unit is assigned nothing: no plan, no task
            #expect(try await ledger(tree.marketUnit).plans().isEmpty)
            let all = try await ledger(tree.city).tasks(of: cityPlans[0], PlanTaskFilter()).tasks
            let justiceTask = try #require(all.first { $0.code == "2.4" })
            let hidden = await domainError { _ = try await ledger(tree.county).task(justiceTask.id) }
            #expect(hidden?.message.contains("不在您的管辖范围内") == true)
        }
    }

    @Test("standing: dated tasks past their day are overdue, standing work is 长期推进, by unit and by deadline")
    func standings() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            _ = try await PlanImport(db: store.db, scope: .system).commit(
                try request(tree, mappings: ["市执法监督协调小组": [tree.justice.id]]), by: store.actor)
            let ledger = TaskLedgerRepository(db: store.db, scope: .system, today: Self.today)
            let plan = try #require(try await ledger.plans().first)
            #expect(plan.counts.overdue == 1)  // 2026-12-31 before 2027-01-15
            #expect(plan.counts.ongoing == 2)  // 长期坚持, 每季度
            #expect(plan.counts.notStarted == 1)
            let overdue = try await ledger.tasks(of: plan, PlanTaskFilter(standing: .overdue)).tasks
            #expect(overdue.map(\.code) == ["2.4"])
            let byDeadline = try await ledger.tasks(of: plan, PlanTaskFilter(byDeadline: true)).tasks
            #expect(byDeadline.map(\.due?.iso) == ["2026-12-31", "2027-06-30", nil, nil])
            let units = try await ledger.units(of: plan)
            let justice = try #require(units.first { $0.organisationID == tree.justice.id })
            #expect(justice.counts.total == 4 && justice.counts.overdue == 1 && justice.lead == 0)
            #expect(units.first?.organisationID == tree.justice.id)  // late tasks first
            let market = try #require(units.first { $0.organisationID == tree.market.id })
            #expect(market.lead == 1)
            let chapter = try await ledger.items(of: plan, level: 1).first { $0.kind == .chapter && $0.marker == "二、" }
            let inChapter = try await ledger.tasks(of: plan, PlanTaskFilter(itemID: chapter?.id)).tasks
            #expect(inChapter.map(\.code) == ["2.3", "2.4"])
        }
    }

    @Test("a progress report sets the status, keeps the evidence by hash, and is audited; bad input changes nothing")
    func progress() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            _ = try await PlanImport(db: store.db, scope: .system).commit(
                try request(tree, mappings: ["市执法监督协调小组": [tree.justice.id]]), by: store.actor)
            let county = TaskLedgerRepository(db: store.db, scope: Scope(tree.county), today: Self.today)
            let plan = try #require(try await county.plans().first)
            let task = try #require(try await county.tasks(of: plan, PlanTaskFilter()).tasks.first)
            // bad input
            let bad = await domainError {
                _ = try await county.report(task.id, PlanProgressInput(body: " ", status: "finished"), by: store.actor)
            }
            #expect(Set(bad?.fields.map(\.field) ?? []) == ["body", "status"])
            #expect(try await count(store, "plan_progress") == 0)
            // a real report with a file
            let file = Data("清理目录".utf8)
            let row = try await county.report(
                task.id,
                PlanProgressInput(
                    body: "已完成清理，废止3件。", status: "done", files: [(name: "目录.txt", content: file)]),
                by: store.actor)
            #expect(row.organisationName == "测试县人民政府")
            // sha256sum of the same bytes
            #expect(row.evidence.first?.sha256 == "34ad13f726a14e39ad5b525bab9b93d42bf281e1352aa56f89c9a4ca1bf602d6")
            let after = try await county.task(task.id).task
            #expect(after.status == .done && after.progressCount == 1)
            let audit = try #require(try await store.audit(action: "plan.task.progress").first)
            #expect(audit.after?.contains(row.evidence[0].sha256) == true)
            let stored = try await county.evidence(row.evidence[0].sha256, taskID: task.id)
            #expect(stored.content == file)
            // the office reports from outside the task's units: the report is the plan's organisation's; from inside
            // one of them, that unit's
            let city = TaskLedgerRepository(db: store.db, scope: Scope(tree.city), today: Self.today)
            let byOffice = try await city.report(
                task.id, PlanProgressInput(body: "督办。", status: "done"), by: store.actor, from: tree.city.path)
            #expect(byOffice.organisationName == "测试市人民政府")
            let byJustice = try await city.report(
                task.id, PlanProgressInput(body: "目录已报。", status: "done"), by: store.actor, from: tree.justice.path)
            #expect(byJustice.organisationName == "测试市司法局")
            // the unit may not edit the office's fields; the office may
            let refused = await domainError {
                _ = try await county.edit(task.id, PlanTaskEdit(responsiblePerson: "张三", due: nil), by: store.actor)
            }
            #expect(refused?.message.contains("牵头办公室") == true)
            let edited = try await city.edit(
                task.id, PlanTaskEdit(responsiblePerson: "张三", due: "2027-03-31"), by: store.actor)
            #expect(edited.responsiblePerson == "张三" && edited.due?.iso == "2027-03-31")
            let invalid = await domainError {
                _ = try await city.edit(
                    task.id, PlanTaskEdit(responsiblePerson: nil, due: "2027-02-30"), by: store.actor)
            }
            #expect(invalid?.fields.first?.field == "due")
        }
    }
}
