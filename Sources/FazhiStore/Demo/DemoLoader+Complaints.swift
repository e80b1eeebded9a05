import FazhiCore
import Fluent
import Foundation
import SQLKit

extension DemoLoader {
    /// One demo complaint: when it came, about which body (index into the registered bodies of 呼和浩特市), how, and how
    /// far it has gone.
    struct DemoComplaint {
        enum End { case received, accepted, refused, replied, reassigned }
        var daysAgo: Int
        var kind: ComplaintKind
        var source: ComplaintSource
        var body: Int
        var narrative: String
        var anonymous = false
        var end: End
        var answer = ""
        var rating: ComplaintRating? = nil
    }

    static let demoComplaints: [DemoComplaint] = [
        DemoComplaint(
            daysAgo: 30, kind: .complaint, source: .web, body: 0, narrative: "市场监管执法人员到店检查时未出示执法证件，也未告知检查依据。",
            end: .replied, answer: "经核实，两名执法人员检查时未主动出示证件，已责令其所在单位批评教育并整改。", rating: .satisfied),
        DemoComplaint(
            daysAgo: 26, kind: .report, source: .hotline, body: 1, narrative: "某超市长期销售过期乳制品，多次向店家反映无果。", end: .replied,
            answer: "已于接报次日现场检查，查扣过期乳制品12盒，已立案调查。", rating: .dissatisfied),
        DemoComplaint(
            daysAgo: 35, kind: .report, source: .web, body: 1, narrative: "小区门口烧烤摊夜间经营，油烟扰民，占道严重。", anonymous: true,
            end: .accepted),
        DemoComplaint(
            daysAgo: 20, kind: .complaint, source: .hotline, body: 1, narrative: "对罚款决定不服，认为执法人员未听取陈述申辩就作出决定。",
            end: .received),
        DemoComplaint(
            daysAgo: 18, kind: .report, source: .letter, body: 0, narrative: "举报某培训机构虚假宣传“包过”。", end: .refused,
            answer: "所反映的培训机构注册地和经营地均在新城区，已告知向新城区市场监督管理局举报。"),
        DemoComplaint(
            daysAgo: 15, kind: .complaint, source: .web, body: 0, narrative: "执法人员扣押货物后未开具清单，至今未退还。",
            end: .accepted),
        DemoComplaint(
            daysAgo: 10, kind: .report, source: .hotline, body: 2, narrative: "建筑工地夜间施工噪声扰民，持续到凌晨。", end: .received),
        DemoComplaint(
            daysAgo: 8, kind: .report, source: .visit, body: 0, narrative: "某药店无执业药师在岗销售处方药。", end: .reassigned,
            answer: "药店位于新城区，由新城区市场监督管理局核查处理。"),
        DemoComplaint(
            daysAgo: 5, kind: .report, source: .web, body: 1, narrative: "菜市场多个摊位电子秤缺斤短两。", end: .accepted),
        DemoComplaint(
            daysAgo: 3, kind: .complaint, source: .web, body: 2, narrative: "城管执法人员暴力收缴流动摊贩物品。", end: .received),
        DemoComplaint(
            daysAgo: 2, kind: .report, source: .hotline, body: 1, narrative: "餐馆后厨卫生极差，有老鼠出没。", anonymous: true,
            end: .received),
        DemoComplaint(
            daysAgo: 1, kind: .report, source: .web, body: 0, narrative: "举报邻居家装修噪音。", end: .refused,
            answer: "装修噪声不属于市场监管职责，请向所在街道或生态环境部门反映。"),
    ]

    /// A dozen complaints and reports for 呼和浩特市 in every state, through the real desk and repository (routing,
    /// deadlines, audit entries are the platform's own; numbers and codes from a fixed seed).
    static func loadComplaints(today: CivilDate, on db: any Database, by actor: Actor) async throws {
        let sql = db as! any SQLDatabase
        guard
            let government = try await sql.raw(
                """
                SELECT g.path FROM organisations b JOIN organisations g ON g.id = b.parent_id
                WHERE b.name = \(bind: "呼和浩特市司法局") AND b.kind = \(bind: OrgKind.justiceBureau.rawValue)
                """
            ).first().map({ OrgPath(value: try $0.decode(column: "path", as: String.self)) })
        else { return }
        let bodies = try await ComplaintDesk(db: db, today: today, calendar: .official).bodies()
        let names = ["呼和浩特市市场监督管理局", "呼和浩特市新城区市场监督管理局"]
        var chosen = names.compactMap { name in bodies.first { $0.name == name } }
        if let other = bodies.first(where: { $0.name.contains("综合行政执法") && $0.name.hasPrefix("呼和浩特") }) {
            chosen.append(other)
        }
        guard chosen.count >= 2 else { return }
        var generator = SplitMix(seed: 12345)
        for (index, demo) in demoComplaints.enumerated() {
            let received = today.adding(days: -demo.daysAgo)
            let body = chosen[demo.body % chosen.count]
            let receipt = try await ComplaintDesk(db: db, today: received, calendar: .official).submit(
                ComplaintInput(
                    bodyID: body.id.uuidString, kind: demo.kind.rawValue, narrative: demo.narrative,
                    name: demo.anonymous ? nil : "群众\(index + 1)",
                    mobile: demo.anonymous ? nil : "1390000\(1000 + index)",
                    anonymous: demo.anonymous ? "1" : nil),
                source: demo.source, externalID: demo.source == .hotline ? "12345-DEMO-\(index + 1)" : nil,
                submitter: nil, by: actor, using: &generator)
            let complaint = receipt.complaint
            let handler = ComplaintRepository(
                db: db, scope: Scope(root: government), today: received.adding(days: 1), roles: [.admin],
                memberPath: government, calendar: .official)
            switch demo.end {
            case .received: break
            case .accepted:
                _ = try await handler.act(on: complaint.id, ComplaintStepInput(action: "accept", text: nil), by: actor)
            case .refused:
                _ = try await handler.act(
                    on: complaint.id, ComplaintStepInput(action: "refuse", text: demo.answer), by: actor)
            case .replied:
                _ = try await handler.act(on: complaint.id, ComplaintStepInput(action: "accept", text: nil), by: actor)
                let later = ComplaintRepository(
                    db: db, scope: Scope(root: government), today: received.adding(days: 7), roles: [.admin],
                    memberPath: government, calendar: .official)
                _ = try await later.act(
                    on: complaint.id, ComplaintStepInput(action: "reply", text: demo.answer), by: actor)
                if let rating = demo.rating, let code = receipt.code {
                    _ = try await ComplaintDesk(db: db, today: received.adding(days: 8), calendar: .official).feedback(
                        number: complaint.number, code: code,
                        ComplaintFeedbackInput(
                            rating: rating.rawValue, comment: rating == .dissatisfied ? "希望告知处理结果" : nil),
                        by: actor)
                }
            case .reassigned:
                guard let target = chosen.first(where: { $0.id != complaint.organisationID }) else { break }
                _ = try await handler.act(
                    on: complaint.id,
                    ComplaintStepInput(action: "reassign", text: demo.answer, target: target.id.uuidString), by: actor)
            }
        }
    }
}
