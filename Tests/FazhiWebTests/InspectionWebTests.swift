import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Inspection and rectification over HTTP")
struct InspectionWebTests {
    static let cityMarket = "呼和浩特市市场监督管理局"
    static let districtMarket = "呼和浩特市新城区市场监督管理局"

    func count(_ t: TestApp, _ table: String) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    /// The office starts a campaign and records a finding for the city's and the district's market regulators;
    /// returns the campaign's path.
    func campaign(_ t: TestApp, _ office: Browser) async throws -> String {
        let created = try await office.post(
            "/inspections", [("title", "2026年法治政府建设专项督察"), ("basis", "工作要点"), ("startedOn", "2026-11-01")])
        #expect(created.status == .seeOther)
        let path = try #require(created.location)
        for (unit, text, deadline) in [
            (Self.cityMarket, "行政处罚决定未按期公示", "2036-03-31"), (Self.districtMarket, "执法人员持证率不足", "2026-11-15"),
        ] {
            let added = try await office.post(
                path + "/findings",
                [
                    ("organisationID", try await t.org(unit).id.uuidString), ("kind", "enforcement"),
                    ("description", text), ("requirement", "限期整改"), ("raisedOn", "2026-11-10"), ("deadline", deadline),
                ])
            #expect(added.status == .seeOther)
        }
        return path
    }

    func findingPath(in html: String) throws -> String {
        try #require(
            html.range(of: #"/inspections/findings/[0-9A-F-]{36}"#, options: .regularExpression).map {
                String(html[$0])
            })
    }

    @Test("the office records findings; each unit sees only its own, reports with evidence; the office decides")
    func rectificationCycle() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let path = try await campaign(t, office)
            let page = try await office.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("行政处罚决定未按期公示") && page.text.contains("执法人员持证率不足"))
            #expect(page.text.contains("整改率 = 已销号问题数"))

            // the city regulator's legal officer: the campaign, with its one finding
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let list = try await legal.get("/inspections")
            #expect(list.text.contains("2026年法治政府建设专项督察") && list.text.contains("本单位问题"))
            let own = try await legal.get(path)
            #expect(own.text.contains("行政处罚决定未按期公示") && !own.text.contains("执法人员持证率不足"))
            let finding = try findingPath(in: own.text)
            // the district's officer does not see the city's finding
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get(finding).status == .notFound)
            #expect(
                try await officer.post(finding + "/actions", [("action", "report"), ("body", "x")]).status == .notFound)

            // an empty report is refused with the field named, and nothing is written
            let events = try await count(t, "inspection_events")
            let empty = try await legal.post(finding + "/actions", [("action", "report"), ("body", " ")])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("请填写整改情况"))
            #expect(try await count(t, "inspection_events") == events)
            // the report with evidence
            let reported = try await legal.postMultipart(
                finding + "/actions", fields: [("action", "report"), ("body", "已在门户网站补充公示12件。")],
                file: (name: "files[]", filename: "公示截图.png", data: Data("png".utf8)))
            #expect(reported.status == .seeOther)
            let shown = try await legal.get(finding)
            #expect(shown.text.contains("已在门户网站补充公示12件。") && shown.text.contains("待审核"))
            let evidence = try #require(
                shown.text.range(of: #"/evidence/[0-9a-f]{64}"#, options: .regularExpression).map {
                    finding + String(shown.text[$0])
                })
            #expect(try await legal.get(evidence).body.string == "png")
            #expect(try await officer.get(evidence).status == .notFound)
            // the unit cannot close its own finding
            #expect(
                try await legal.post(finding + "/actions", [("action", "close"), ("body", "")]).status == .forbidden)
            // the office closes it; a second close is a conflict
            let closes = try await AuditEntryModel.query(on: t.db).filter(\.$action == "inspection.finding.close")
                .count()
            #expect(
                try await office.post(finding + "/actions", [("action", "close"), ("body", "同意销号")]).status == .seeOther
            )
            #expect(
                try await office.post(finding + "/actions", [("action", "close"), ("body", "")]).status == .conflict)
            #expect(try await legal.get(finding).text.contains("已销号"))
            #expect(
                try await AuditEntryModel.query(on: t.db).filter(\.$action == "inspection.finding.close").count()
                    == closes + 1)
        }
    }

    @Test("every figure of the statistics leads to a list of as many findings; exports open in Excel")
    func drillDown() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let path = try await campaign(t, office)
            let statistics = try await office.get("/inspections/statistics?year=2026")
            #expect(statistics.status == .ok)
            #expect(statistics.text.contains(Self.districtMarket))
            // the overdue figure of the district's row: one finding, the one due 2026-11-15
            // (the demo region has its own campaign; this one's findings are counted by campaign)
            let id = try #require(UUID(uuidString: String(path.dropFirst("/inspections/".count))))
            let overdue = try await office.get(InspectionLinks.findings(campaign: id, standing: .overdue, year: 2026))
            #expect(overdue.text.contains("共1项"))
            #expect(overdue.text.contains("执法人员持证率不足"))
            let byKind = try await office.get(InspectionLinks.findings(campaign: id, kind: "enforcement", year: 2026))
            #expect(byKind.text.contains("共2项"))
            let csv = try await office.get(path + "/export.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.text.contains("行政处罚决定未按期公示"))
            let xlsx = try await office.get(path + "/export.xlsx")
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
        }
    }

    @Test("bad input and users who do not inspect are refused; nothing changes")
    func refusals() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let path = try await campaign(t, office)
            let findings = try await count(t, "inspection_findings")
            let campaigns = try await count(t, "inspection_campaigns")
            let bad = try await office.post(
                path + "/findings",
                [("organisationID", "x"), ("kind", "weather"), ("description", ""), ("deadline", "明年")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("请选择整改责任单位") && bad.text.contains("请填写整改期限"))
            let noTitle = try await office.post("/inspections", [("title", ""), ("startedOn", "2026-13-01")])
            #expect(noTitle.status == .unprocessableEntity)
            #expect(noTitle.text.contains("请填写督察名称"))
            // an officer neither starts campaigns nor records findings
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(
                try await officer.post("/inspections", [("title", "督察"), ("startedOn", "2026-11-01")]).status
                    == .forbidden)
            // and sees, and exports, only the finding addressed to the district
            let district = try await t.org(Self.districtMarket).id.uuidString
            let added = try await officer.post(
                path + "/findings",
                [("organisationID", district), ("kind", "other"), ("description", "问题"), ("deadline", "2027-01-01")])
            #expect(added.status == .forbidden)
            let export = try await officer.get(path + "/export.csv").text
            #expect(export.contains("执法人员持证率不足") && !export.contains("行政处罚决定未按期公示"))
            #expect(try await count(t, "inspection_findings") == findings)
            #expect(try await count(t, "inspection_campaigns") == campaigns)
        }
    }
}

@Suite("Inspection through the API")
struct InspectionAPITests {
    @Test("the office records a finding, the unit reports with base64 evidence, the office closes; scope holds")
    func cycle() async throws {
        try await TestApp.with { t in
            let office = APIClient(app: t.app, token: try await t.issueToken(for: "demo-office").secret)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let created = try await office.send(
                .POST, "/inspections", json: #"{"title":"接口督察","startedOn":"2026-11-01"}"#)
            #expect(created.status == .created)
            let campaign = try #require(created.location)
            let unit = try await t.org(InspectionWebTests.cityMarket).id
            // bad input: 422 with the fields named, nothing written
            let bad = try await office.send(
                .POST, String(campaign.dropFirst("/api/v1".count)) + "/findings",
                json: #"{"organisationID":"\#(unit)","kind":"weather","description":"","deadline":"2036-01-01"}"#)
            #expect(bad.status == .unprocessableEntity)
            #expect(Set(bad.errorFields) == ["kind", "description"])
            let finding = try await office.send(
                .POST, String(campaign.dropFirst("/api/v1".count)) + "/findings",
                json:
                    #"{"organisationID":"\#(unit)","kind":"enforcement","description":"公示不及时","deadline":"2036-01-01"}"#
            )
            #expect(finding.status == .created)
            let path = String(try #require(finding.location).dropFirst("/api/v1".count))
            // the district's officer does not see it; the city's legal officer does, and reports
            #expect(try await officer.send(.GET, path).status == .notFound)
            let evidence = Data("扫描件".utf8).base64EncodedString()
            let report = try await legal.send(
                .POST, path + "/actions",
                json: #"{"action":"report","body":"已整改","files":[{"name":"a.pdf","contentBase64":"\#(evidence)"}]}"#)
            #expect(report.status == .ok)
            #expect(report.object?["status"] as? String == "submitted")
            let events = try #require(report.object?["events"] as? [[String: Any]])
            #expect((events.first?["evidence"] as? [[String: Any]])?.first?["size"] as? Int == 9)
            #expect(try await legal.send(.POST, path + "/actions", json: #"{"action":"close"}"#).status == .forbidden)
            let closed = try await office.send(.POST, path + "/actions", json: #"{"action":"close","body":"同意"}"#)
            #expect(closed.object?["standing"] as? String == "closed")
            // statistics with their definitions; a filter that names nothing is a 422
            let id = String(campaign.split(separator: "/").last!)
            let statistics = try await office.send(.GET, "/inspections/statistics?campaign=\(id)")
            #expect((statistics.object?["total"] as? [String: Any])?["closed"] as? Int == 1)
            #expect((statistics.object?["definitions"] as? [String: String])?["rectificationRate"] != nil)
            #expect(try await office.send(.GET, "/inspections/findings?standing=late").status == .unprocessableEntity)
            let list = try await legal.send(.GET, "/inspections/findings?campaign=\(id)")
            #expect(list.object?["total"] as? Int == 1)
        }
    }
}
