import FazhiCore
import FazhiStore
import FazhiWeb
import Fluent
import Foundation
import SQLKit

/// The benchmark's organisation tree: a city government with its rule-of-law office and `units` − 1 departments and
/// district governments, and two users (the office, and one department).
struct PlanBenchRegion {
    let office: UUID
    let sampleUnit: UUID
    /// The names the plan text uses, one per unit.
    let unitNames: [String]

    static func create(units: Int, on db: any Database, config: AppConfig) async throws -> PlanBenchRegion {
        let actor = Actor.system("基准数据")
        let orgs = OrganisationRepository(db: db, scope: .system)
        func org(_ name: String, _ kind: OrgKind, under parent: UUID?) async throws -> Organisation {
            try await orgs.create(
                ValidOrganisationInput(
                    name: name, shortName: name, kind: kind, parentID: parent, creditCode: nil, aliases: []),
                by: actor)
        }
        let city = try await org("基准市人民政府", .government, under: nil)
        let office = try await org("基准市全面依法治市委员会办公室", .ruleOfLawOffice, under: city.id)
        var names: [String] = []
        var sample: UUID?
        var districts: [UUID] = []
        for n in 1..<max(2, units) {
            // One in ten is a district government; the rest are departments, some of them under a district.
            let name: String
            let created: Organisation
            if n % 10 == 0 {
                name = "基准市第\(n)区人民政府"
                created = try await org(name, .government, under: city.id)
                districts.append(created.id)
            } else {
                name = "基准市第\(n)局"
                let parent = n % 3 == 0 && !districts.isEmpty ? districts[n % districts.count] : city.id
                created = try await org(name, .department, under: parent)
            }
            names.append(name)
            if n == 1 { sample = created.id }
        }
        let users = UserRepository(db: db, scope: .system, hasher: .bcrypt(cost: config.bcryptCost))
        _ = try await users.create(
            ValidUserInput(
                username: "bench-office", displayName: "基准依法治市办", organisationID: office.id,
                roles: [.ruleOfLawOffice], password: PlanBenchLedger.password), by: actor)
        _ = try await users.create(
            ValidUserInput(
                username: "bench-unit", displayName: "基准第1局", organisationID: sample!, roles: [.legalUnit],
                password: PlanBenchLedger.password), by: actor)
        return PlanBenchRegion(office: office.id, sampleUnit: sample!, unitNames: names)
    }

    /// Spreads the tasks over the statuses a ledger has in mid-year (benchmark data, set directly): a quarter done,
    /// a quarter in progress, the rest not started; dates fall from January to December, so some are overdue.
    static func spreadStatuses(plan: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.raw(
            """
            UPDATE plan_tasks SET status = CASE WHEN position % 4 = 0 THEN 'done'
                                               WHEN position % 4 = 1 THEN 'in_progress' ELSE status END
            WHERE plan_id = \(bind: plan) AND status <> 'ongoing'
            """
        ).run()
    }
}

/// The text of a benchmark plan: chapters, sections and items, each item one measure with a dated deadline and a lead and
/// two co-operating units named in full, cycling through the units.
enum PlanBenchLedgerText {
    static func plan(_ units: [String], bytes: Int?, tasks: Int?) -> String {
        var text = "基准市2027年法治政府建设工作要点（基准测试）\n为推进法治政府建设，制定本要点。\n"
        var item = 0
        var chapter = 0
        func done() -> Bool {
            if let tasks { return item >= tasks }
            return text.utf8.count >= bytes ?? 0
        }
        // Chapters of 20 sections of up to 50 items, numbered afresh in each section, as long plans are.
        while !done() {
            chapter += 1
            text += "\(PlanMarkerStyle.chinese.canonical(chapter))第\(chapter)方面重点工作\n"
            for section in 1...20 where !done() {
                text += "\(PlanMarkerStyle.parenChinese.canonical(section))第\(chapter)-\(section)项重点\n"
                for number in 1...50 where !done() {
                    item += 1
                    let lead = units[item % units.count]
                    let helpers = [units[(item * 7 + 1) % units.count], units[(item * 13 + 2) % units.count]]
                    let month = item % 12 + 1
                    text +=
                        "\(number).完善第\(item)项工作机制，健全相关制度，规范工作流程，2027年\(month)月底前完成。（牵头单位：\(lead)；配合单位：\(helpers.joined(separator: "、"))）\n"
                }
            }
        }
        return text + "各单位要抓好贯彻落实。\n"
    }
}
