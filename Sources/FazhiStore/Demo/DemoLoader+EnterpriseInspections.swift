import FazhiCore
import Fluent
import Foundation
import SQLKit

extension DemoLoader {
    /// Inspections of enterprises (涉企检查) for the demo, through the real repository: the first two registered bodies
    /// in 呼和浩特市 with an inspection matter inspect a few synthetic enterprises, and one enterprise three times within
    /// 30 days (twice by the first body, once by the second), which raises the repeated-inspection alert (参照: more
    /// than two within 30 days). Bodies come in the order of their names (`EnforcementSynthesis.material`).
    static func loadEnterpriseInspections(today: CivilDate, on db: any Database, by actor: Actor) async throws {
        let sql = db as! any SQLDatabase
        var bodies: [(id: UUID, officers: [String], matter: String)] = []
        for item in try await EnforcementSynthesis.material(on: today, db: db)
        where item.body.name.hasPrefix("呼和浩特市") {
            let matter = try await sql.raw(
                """
                SELECT code FROM power_matters WHERE organisation_id = \(bind: item.body.id) AND kind = 'inspection'
                  AND active = \(bind: true) ORDER BY code LIMIT 1
                """
            ).first()?.decode(column: "code", as: String.self)
            if let matter { bodies.append((item.body.id, Array(item.officers.prefix(2)), matter)) }
            if bodies.count == 2 { break }
        }
        guard bodies.count == 2 else { return }
        let repository = EnterpriseInspectionRepository(db: db, scope: .system, today: today, roles: [.admin])
        let enterprises = [
            ("91150100MA0DEM001", "呼和浩特市某某乳业有限公司"), ("91150100MA0DEM002", "呼和浩特市某某餐饮管理有限公司"),
            ("91150100MA0DEM003", "内蒙古某某商贸有限公司"),
        ]
        // (body, enterprise, days ago, kind, result)
        let plan: [(Int, Int, Int, EnterpriseInspectionKind, String)] = [
            (0, 0, 24, .random, "未发现问题"), (0, 0, 12, .special, "责令限期改正标签标识问题"),
            (1, 0, 3, .complaint, "投诉反映问题不属实"), (0, 1, 40, .random, "未发现问题"),
            (1, 2, 15, .special, "发现过期食品，已立案调查"),
        ]
        for (index, item) in plan.enumerated() {
            let body = bodies[item.0]
            let (body17, name) = enterprises[item.1]
            let record = EnterpriseInspectionInput(
                clientID: "DEMO-INS-\(index + 1)", matterCode: body.matter,
                creditCode: CreditCode.completing(body17), enterpriseName: name,
                date: today.adding(days: -item.2).iso, officers: body.officers, kind: item.3.rawValue, result: item.4)
            _ = try await repository.record(body: body.id, [record], source: "page", by: actor)
        }
    }
}
