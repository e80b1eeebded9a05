import FazhiCore
import Fluent
import Foundation
import SQLKit

extension DemoLoader {
    /// Transfers of suspected crimes (两法衔接) for the demo, through the real repository on past days: in 新城区 (which
    /// demo-officer and demo-procurator see) one report awaiting approval, one from a case filed by the police with the
    /// materials to hand over, one refused and under reconsideration with a 立案监督 opinion; in 呼和浩特市 one from a
    /// case completed, and one approved a day late and waiting at the police past its review period (alerts).
    static func loadTransfers(today: CivilDate, on db: any Database, by actor: Actor) async throws {
        let sql = db as! any SQLDatabase
        func agency(_ name: String) async throws -> (id: UUID, path: OrgPath, cases: [UUID])? {
            guard
                let row = try await sql.raw("SELECT id, path FROM organisations WHERE name = \(bind: name)").first()
            else { return nil }
            let id = try row.decode(column: "id", as: UUID.self)
            let cases = try await sql.raw(
                "SELECT id FROM enforcement_cases WHERE organisation_id = \(bind: id) ORDER BY filed_on, id LIMIT 2"
            ).all().map { try $0.decode(column: "id", as: UUID.self) }
            return (id, OrgPath(value: try row.decode(column: "path", as: String.self)), cases)
        }
        func repository(_ agency: (id: UUID, path: OrgPath, cases: [UUID]), roles: Set<Role> = [.admin])
            -> TransferRepository
        {
            TransferRepository(
                db: db, scope: Scope(root: agency.path), today: today, roles: roles, memberPath: agency.path,
                memberOrganisationID: agency.id, calendar: .official)
        }
        func report(
            _ repo: TransferRepository, _ subject: String, party: String, offence: String, police: String,
            daysAgo: Int, case caseID: UUID? = nil
        ) async throws -> UUID {
            try await repo.report(
                TransferInput(
                    subject: subject, party: party, offence: offence,
                    facts: "经调查，\(party)涉嫌\(offence)，涉案金额已达刑事立案追诉标准，证据材料已固定，涉案物品已登记造册。", police: police,
                    members: "王海军、李娜", reportedOn: today.adding(days: -daysAgo).iso),
                caseID: caseID, by: actor
            ).id
        }
        func step(
            _ repo: TransferRepository, _ id: UUID, _ action: TransferAction, daysAgo: Int, time: String? = nil,
            document: String = "", note: String = ""
        ) async throws {
            _ = try await repo.act(
                on: id,
                TransferStepInput(
                    action: action.rawValue, date: today.adding(days: -daysAgo).iso, time: time, document: document,
                    note: note), by: actor)
        }
        if let county = try await agency("呼和浩特市新城区市场监督管理局") {
            let repo = repository(county)
            let police = "呼和浩特市公安局新城区分局"
            _ = try await report(
                repo, "某超市销售假冒注册商标白酒案", party: "呼和浩特市某超市", offence: "销售假冒注册商标的商品罪", police: police, daysAgo: 1)
            let filed = try await report(
                repo, "某公司生产不符合安全标准食品案", party: "内蒙古某食品有限公司", offence: "生产、销售不符合安全标准的食品罪", police: police,
                daysAgo: 6, case: county.cases.first)
            try await step(repo, filed, .approve, daysAgo: 5, time: "10:00")
            try await step(repo, filed, .handOver, daysAgo: 5, time: "15:30", document: "新市监移〔2026〕1号")
            try await step(repo, filed, .receive, daysAgo: 4, document: "回执：张警官签收")
            try await step(repo, filed, .file, daysAgo: 2, document: "新公立字〔2026〕12号")
            let refused = try await report(
                repo, "某药店销售假药案", party: "呼和浩特市某大药房", offence: "销售假药罪", police: police, daysAgo: 12)
            try await step(repo, refused, .approve, daysAgo: 11, time: "09:00")
            try await step(repo, refused, .handOver, daysAgo: 11, time: "14:00", document: "新市监移〔2026〕2号")
            try await step(repo, refused, .receive, daysAgo: 10, document: "回执编号 0032")
            try await step(
                repo, refused, .refuse, daysAgo: 7, document: "新公不立字〔2026〕3号", note: "公安机关认为涉案金额未达追诉标准，不予立案，退回案卷材料。")
            try await step(
                repo, refused, .requestReconsideration, daysAgo: 6, note: "检验报告显示涉案药品为假药，销售假药罪不以金额为要件，依法应当立案。")
            if let procuratorate = try await agency("呼和浩特市新城区人民检察院") {
                _ = try await TransferRepository(
                    db: db, scope: Scope(root: county.path), today: today, roles: [.procuratorate],
                    memberPath: procuratorate.path, memberOrganisationID: procuratorate.id, calendar: .official
                ).opinion(
                    on: refused,
                    TransferOpinionInput(text: "已关注本案复议情况。公安机关复议期限届满仍未作出决定的，本院将依法要求说明不立案理由。"),
                    by: actor)
            }
        }
        if let city = try await agency("呼和浩特市市场监督管理局") {
            let repo = repository(city)
            let police = "呼和浩特市公安局"
            let done = try await report(
                repo, "某加油站销售不合格成品油案", party: "呼和浩特市某加油站", offence: "销售伪劣产品罪", police: police, daysAgo: 40,
                case: city.cases.first)
            try await step(repo, done, .approve, daysAgo: 39, time: "11:00")
            try await step(repo, done, .handOver, daysAgo: 38, time: "09:30", document: "呼市监移〔2026〕5号")
            try await step(repo, done, .receive, daysAgo: 38, document: "回执：刘警官签收")
            try await step(repo, done, .file, daysAgo: 36, document: "呼公立字〔2026〕41号")
            try await step(repo, done, .handOverMaterials, daysAgo: 35, note: "涉案油品及检验报告已移交，办结交接手续。")
            let late = try await report(
                repo, "某公司无证经营危险化学品案", party: "内蒙古某化工贸易有限公司", offence: "非法经营罪", police: police, daysAgo: 20)
            // The head decides on the fifth day: the approval is recorded late and raises an alert.
            try await step(repo, late, .approve, daysAgo: 15, time: "16:00")
            try await step(repo, late, .handOver, daysAgo: 14, time: "10:00", document: "呼市监移〔2026〕7号")
            try await step(repo, late, .receive, daysAgo: 14, document: "回执编号 0107")
        }
        try await TransferSweep.overdueTransfers(today: today, on: db)
    }
}
