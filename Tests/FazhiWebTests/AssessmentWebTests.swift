import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Assessment over HTTP")
struct AssessmentWebTests {
    /// Two scoring indicators: one from the unit's inspection findings, one scored on evidence.
    static let sheet = """
        编号,一级指标,二级指标,分值,评分方式,计算口径,计分规则,无数据时,评分标准,佐证材料
        1,监督整改,,20,,,,,,
        1.1,,督察问题整改,10,自动,inspection.findings.rectified,按比例计分,得满分,,
        1.2,,主要负责人述法,10,人工,,,,述法并公开的得满分,述法报告
        """

    /// The office uploads the sheet and starts a round for the city's market regulator; returns the round's path.
    func round(_ t: TestApp, _ office: Browser) async throws -> String {
        let system = try await office.postMultipart(
            "/assessments/systems", fields: [("name", "测试指标体系")],
            file: (name: "file", filename: "指标.csv", data: Data(Self.sheet.utf8)))
        #expect(system.status == .seeOther)
        let systemPath = try #require(system.location)
        let unit = try await t.org("呼和浩特市市场监督管理局").id
        let created = try await office.post(
            "/assessments/rounds",
            [
                ("title", "2026年度考核"), ("systemID", String(systemPath.split(separator: "/").last!)),
                ("year", "2026"), ("unitIDs[]", unit.uuidString),
            ])
        #expect(created.status == .seeOther)
        return try #require(created.location)
    }

    @Test("sheet to system, round, self-assessment with evidence, review with reasons, ranking, drill-down")
    func cycle() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let path = try await round(t, office)
            let unit = try await t.org("呼和浩特市市场监督管理局").id
            let card = path + "/units/\(unit)"
            #expect(try await office.post(path + "/status", [("status", "self_assessment")]).status == .seeOther)

            let legal = t.browser()
            try await legal.signIn("demo-legal")
            #expect(try await legal.get("/assessments").text.contains("2026年度考核"))
            // submitting without the evidence the indicator requires: refused, naming it
            _ = try await legal.postMultipart(
                card + "/self", fields: [("code", "1.2"), ("points", "9"), ("comment", "已述法")],
                file: (name: "files[]", filename: "", data: Data()))
            let early = try await legal.post(card + "/submit")
            #expect(early.status == .unprocessableEntity)
            #expect(early.text.contains("需要上传佐证材料"))
            let uploaded = try await legal.postMultipart(
                card + "/self", fields: [("code", "1.2"), ("points", ""), ("comment", "")],
                file: (name: "files[]", filename: "述法报告.pdf", data: Data("pdf".utf8)))
            #expect(uploaded.status == .seeOther)
            #expect(try await legal.post(card + "/submit").status == .seeOther)
            // the unit cannot move the round or review itself
            #expect(try await legal.post(path + "/status", [("status", "review")]).status == .forbidden)

            #expect(try await office.post(path + "/status", [("status", "review")]).status == .seeOther)
            let noReason = try await office.post(card + "/review", [("code", "1.2"), ("points", "8"), ("comment", "")])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("请写明扣分理由"))
            #expect(
                try await office.post(card + "/review", [("code", "1.2"), ("points", "8"), ("comment", "未公开")]).status
                    == .seeOther)
            // no findings for the unit in 2026: the automatic indicator scores full by the sheet's rule
            #expect(try await office.post(card + "/decision", [("status", "reviewed")]).status == .seeOther)
            let results = try await office.get(path)
            #expect(results.text.contains("18"))
            #expect(try await office.post(path + "/status", [("status", "published")]).status == .seeOther)
            // the region's annual report words the published result
            let region = try await t.org("内蒙古自治区人民政府").id
            let report = try #require(
                try await office.post("/reports", [("organisationID", region.uuidString), ("year", "2026")]).location)
            #expect(try await office.get(report).text.contains("已公布结果的1个单位平均得分18分"))
            let shown = try await legal.get(card)
            #expect(shown.text.contains("已审核") && shown.text.contains("未公开"))
            // the figure opens its records (none here)
            let figure = try await office.get(card + "/figures/1.1")
            #expect(figure.status == .ok)
            #expect(figure.text.contains("分母"))
            // another unit's officer sees nothing of it
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get(card).status == .notFound)
            #expect(try await officer.get(path).status == .notFound)
        }
    }

    @Test("a system exported to Excel imports back as the same system")
    func excelRoundTrip() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let created = try await office.postMultipart(
                "/assessments/systems", fields: [("name", "原体系"), ("template", "demo")],
                file: (name: "file", filename: "", data: Data()))
            let path = try #require(created.location)
            let xlsx = try await office.get(path + "/export.xlsx")
            let copy = try await office.postMultipart(
                "/assessments/systems", fields: [("name", "导入的体系")],
                file: (name: "file", filename: "指标.xlsx", data: Data(xlsx.body.readableBytesView)))
            #expect(copy.status == .seeOther)
            let member = try await t.member("demo-office")
            let repository = AssessmentRepository(
                db: t.db, scope: member.scope, today: CivilDate(iso: "2026-12-01")!, roles: [.admin])
            func id(_ location: String?) throws -> UUID {
                try #require(location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
            }
            let original = try await repository.system(try id(path))
            let imported = try await repository.system(try id(copy.location))
            #expect(imported.system.indicators == original.system.indicators)
        }
    }

    @Test("a sheet that does not add up is refused with its rows, and nothing is saved")
    func badSheet() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            func systems() async throws -> Int {
                try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM indicator_systems").first()!
                    .decode(column: "n", as: Int.self)
            }
            let before = try await systems()
            let broken = Self.sheet.replacingOccurrences(of: "1,监督整改,,20", with: "1,监督整改,,25")
            let response = try await office.postMultipart(
                "/assessments/systems", fields: [("name", "错误的体系")],
                file: (name: "file", filename: "指标.csv", data: Data(broken.utf8)))
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("第2行"))
            #expect(try await systems() == before)
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let forbidden = try await officer.postMultipart(
                "/assessments/systems", fields: [("name", "体系")],
                file: (name: "file", filename: "指标.csv", data: Data(Self.sheet.utf8)))
            #expect(forbidden.status == .forbidden)
        }
    }
}

@Suite("Assessment and annual report through the API")
struct AssessmentAPITests {
    @Test("a system as sheet rows, a round through its stages, a unit's scorecard; a report with its figures")
    func cycle() async throws {
        try await TestApp.with { t in
            let office = APIClient(app: t.app, token: try await t.issueToken(for: "demo-office").secret)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let rows = AssessmentWebTests.sheet.split(separator: "\n").map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).map { "\"\($0)\"" }.joined(separator: ",")
            }.map { "[\($0)]" }.joined(separator: ",")
            let bad = try await office.send(.POST, "/assessments/systems", json: #"{"name":"","rows":[\#(rows)]}"#)
            #expect(bad.errorFields == ["name"])
            let system = try await office.send(
                .POST, "/assessments/systems", json: #"{"name":"接口体系","rows":[\#(rows)]}"#)
            #expect(system.status == .created)
            #expect(system.object?["total"] as? String == "20")
            #expect(
                try await legal.send(.POST, "/assessments/systems", json: #"{"name":"x","rows":[\#(rows)]}"#).status
                    == .forbidden)
            let systemID = try #require(system.object?["id"] as? String)
            let unit = try await t.org("呼和浩特市市场监督管理局").id
            let round = try await office.send(
                .POST, "/assessments/rounds",
                json: #"{"title":"接口考核","systemID":"\#(systemID)","year":2026,"unitIDs":["\#(unit)"]}"#)
            #expect(round.status == .created)
            let path = String(try #require(round.location).dropFirst("/api/v1".count))
            let moved = try await office.send(.POST, path + "/status", json: #"{"status":"self_assessment"}"#)
            #expect(moved.object?["status"] as? String == "self_assessment")
            #expect(
                try await office.send(.POST, path + "/status", json: #"{"status":"published"}"#).status == .conflict)
            let card = path + "/units/\(unit)"
            let evidence = Data("述法".utf8).base64EncodedString()
            let assessed = try await legal.send(
                .POST, card + "/self",
                json: #"{"code":"1.2","points":"9","files":[{"name":"述法.pdf","contentBase64":"\#(evidence)"}]}"#)
            #expect(assessed.status == .ok)
            let submitted = try await legal.send(.POST, card + "/submit")
            #expect(submitted.object?["status"] as? String == "submitted")
            let lines = try #require(submitted.object?["lines"] as? [[String: Any]])
            #expect(lines.first { $0["code"] as? String == "1.2" }?["selfPoints"] as? String == "9")
            #expect((try await legal.send(.GET, card + "/figures/1.1")).object?["records"] as? [Any] != nil)
            #expect((try await office.send(.GET, "/assessments/metrics")).array?.isEmpty == false)

            // the annual report of the region
            let region = try await t.org("内蒙古自治区人民政府").id
            let report = try await office.send(.POST, "/reports", json: #"{"organisationID":"\#(region)","year":2026}"#)
            #expect(report.status == .created)
            let reportPath = String(try #require(report.location).dropFirst("/api/v1".count))
            let sections = try #require(report.object?["sections"] as? [[String: Any]])
            #expect(sections.count == 9)
            let figures = sections.flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            #expect(figures.contains { $0["value"] == nil && $0["missingReason"] != nil })
            let saved = try await office.send(.PUT, reportPath, json: #"{"texts":{"problems":"存在不足。"}}"#)
            #expect(
                (saved.object?["sections"] as? [[String: Any]])?.first { $0["code"] as? String == "problems" }?["text"]
                    as? String == "存在不足。")
            #expect(
                try await office.send(.PUT, reportPath, json: #"{"texts":{"nonsense":"x"}}"#).status
                    == .unprocessableEntity)
        }
    }
}
