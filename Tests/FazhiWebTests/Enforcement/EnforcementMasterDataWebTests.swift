import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Enforcement master data: pages and API")
struct EnforcementMasterDataWebTests {
    static let hohhot = "呼和浩特市市场监督管理局"

    /// A multipart form with one file.
    static func upload(_ browser: Browser, _ path: String, fields: [(String, String)], file: String, name: String)
        async throws -> TestingHTTPResponse
    {
        let boundary = "fazhi-enforcement-boundary"
        var body = ""
        for (key, value) in fields + [("_csrf", browser.csrf ?? "")] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(file)\r\n--\(boundary)--\r\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await browser.send(.POST, path, headers: headers, body: body)
    }

    @Test("every page renders with the demo's bodies, officers, certificates and matters")
    func pages() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-legal")
            let body = try await t.org(Self.hohhot)
            let matter = try #require(
                try await EnforcementMasterDataRepository(
                    db: t.db, scope: .system, today: CivilDate(iso: "2026-12-01")!, roles: []
                ).matters(PowerMatterFilter(bodyID: body.id, words: "CF-GG-001")).rows.first)
            // when
            let list = try await browser.get("/enforcement/bodies")
            let details = try await browser.get("/enforcement/bodies/\(body.id)")
            let matters = try await browser.get("/enforcement/matters?body=\(body.id)&list=no_penalty")
            let one = try await browser.get("/enforcement/matters/\(matter.id)")
            let new = try await browser.get("/enforcement/matters/new?body=\(body.id)")
            let policy = try await browser.get("/enforcement/policy")
            let workbench = try await browser.get("/workbench")
            // then
            #expect(list.status == .ok && list.text.contains("<h1>执法主体</h1>") && list.text.contains(Self.hohhot))
            #expect(list.text.contains("60日内到期的执法证") && list.text.contains("15010020260003"))
            #expect(details.status == .ok && details.text.contains("15010020260001"))
            #expect(details.text.contains("已过期") && details.text.contains("即将到期") && details.text.contains("监督人员"))
            #expect(details.text.contains("添加执法人员"))
            #expect(matters.status == .ok && matters.text.contains("CF-SP-003") && !matters.text.contains("CF-SP-001"))
            #expect(matters.text.contains("导入权责清单") && matters.text.contains("template.xlsx"))
            #expect(one.status == .ok && one.text.contains("《中华人民共和国广告法》第五十五条第一款"))
            #expect(one.text.contains("1000000元至2000000元"))
            #expect(new.status == .ok && new.text.contains("新增权责事项"))
            #expect(policy.status == .ok && policy.text.contains("参照") && policy.text.contains("5000元"))
            #expect(workbench.text.contains(#"href="/enforcement/bodies""#))
        }
    }

    @Test("an officer reads but is offered no forms and may not post")
    func officerReads() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-officer")
            let body = try await t.org("呼和浩特市新城区市场监督管理局")
            // when
            let page = try await browser.get("/enforcement/bodies/\(body.id)")
            let post = try await browser.post(
                "/enforcement/bodies/\(body.id)/officers", [("name", "某人"), ("certificateNumber", "X0001")])
            let policy = try await browser.post("/enforcement/policy", [("organisationID", body.id.uuidString)])
            // then
            #expect(page.status == .ok && page.text.contains("15010220260001"))
            #expect(!page.text.contains("添加执法人员"))
            #expect(post.status == .forbidden)
            #expect(policy.status == .forbidden)
        }
    }

    @Test("forms: a bad officer is shown back with errors beside the fields; a good one redirects with a flash")
    func officerForm() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-legal")
            let body = try await t.org(Self.hohhot)
            let fields: [(String, String)] = [
                ("name", "新同事"), ("duty", "enforcement"), ("certificateNumber", "15010020260001"),
                ("issuer", "内蒙古自治区人民政府"), ("fields", "市场监管"), ("validFrom", "2026-01-01"), ("validTo", "2025-12-31"),
            ]
            // when
            let bad = try await browser.post("/enforcement/bodies/\(body.id)/officers", fields)
            var fixed = fields
            fixed[2] = ("certificateNumber", "15010020269999")
            fixed[6] = ("validTo", "2030-12-31")
            let good = try await browser.post("/enforcement/bodies/\(body.id)/officers", fixed)
            let shown = try await browser.get("/enforcement/bodies/\(body.id)")
            // then
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("执法证号「15010020260001」已经登记") || bad.text.contains("有效期至不能早于有效期起"))
            #expect(bad.text.contains(#"value="新同事""#))
            #expect(good.status == .seeOther)
            #expect(shown.text.contains("已添加执法人员新同事") && shown.text.contains("15010020269999"))
        }
    }

    @Test("an import with bad cells is refused row by row; a good one upserts and the export reads back")
    func importAndExport() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-legal")
            let body = try await t.org(Self.hohhot)
            let header = "事项编码,事项名称,职权类型,实施依据,裁量情节,适用情形,罚款下限（元）,罚款上限（元）,免罚清单,轻罚清单\n"
            let bad = header + "CF-NEW-1,新事项,行政处罚,依据,一般,,9000,100,否,否\nCF-NEW-2,,处罚,依据\n"
            let good = header + "CF-NEW-1,新事项,行政处罚,某法第一条,一般,,100,9000,否,是\nCF-NEW-1,,,,严重,,9000,20000\n"
            let audit = try await AuditEntryModel.query(on: t.db).count()
            // when
            let refused = try await Self.upload(
                browser, "/enforcement/matters/import", fields: [("body", body.id.uuidString)], file: bad,
                name: "清单.csv")
            let afterRefused = try await AuditEntryModel.query(on: t.db).count()
            let accepted = try await Self.upload(
                browser, "/enforcement/matters/import", fields: [("body", body.id.uuidString)], file: good,
                name: "清单.csv")
            let csv = try await browser.get("/enforcement/matters/export.csv?body=\(body.id)&q=CF-NEW")
            let template = try await browser.get("/enforcement/matters/template.xlsx")
            // then
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("第 2 行：「CF-NEW-1」罚款上限（100元）不能低于下限（9000元）"))
            #expect(refused.text.contains("第 3 行：「CF-NEW-2」请填写事项名称"))
            #expect(afterRefused == audit)
            #expect(accepted.status == .seeOther)
            #expect(try await AuditEntryModel.query(on: t.db).count() == audit + 1)
            let rows = try PowerListTable.parse(
                try SpreadsheetImport.read(Data(csv.body.readableBytesView), fileName: nil))
            #expect(rows.map(\.code) == ["CF-NEW-1"])
            #expect(rows.first?.benchmark.ranges.map(\.maximumFen) == [900_000, 2_000_000])
            #expect(template.status == .ok)
            #expect(template.headers.contentType?.subType.contains("spreadsheetml") == true)
        }
    }

    @Test("the API lists, reads, imports from the request body and sets the policy")
    func api() async throws {
        try await TestApp.with { t in
            // given
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let body = try await t.org(Self.hohhot)
            let city = try await t.org("呼和浩特市人民政府")
            let sheet = "事项编码,事项名称,职权类型,实施依据\nJC-NEW,新检查,行政检查,某法第二条\n"
            // when
            let bodies = try await justice.send(.GET, "/enforcement/bodies")
            let one = try await justice.send(.GET, "/enforcement/bodies/\(body.id)")
            let expiring = try await justice.send(.GET, "/enforcement/bodies/expiring-certificates")
            let matters = try await justice.send(.GET, "/enforcement/matters?body=\(body.id)&kind=inspection")
            let imported = try await legal.send(
                .POST, "/enforcement/matters/import?body=\(body.id)", json: sheet,
                contentType: HTTPMediaType(type: "text", subType: "csv"))
            let badImport = try await legal.send(
                .POST, "/enforcement/matters/import?body=\(body.id)", json: "事项编码,事项名称,职权类型,实施依据\nX,,,\n",
                contentType: HTTPMediaType(type: "text", subType: "csv"))
            let policy = try await justice.send(
                .PUT, "/enforcement/policy/\(city.id)",
                json: #"""
                    {"hearingFinePerson":3000,"hearingFineOrganisation":30000,"legalReviewFinePerson":10000,
                     "legalReviewFineOrganisation":100000,"collectiveFinePerson":50000,"collectiveFineOrganisation":500000,
                     "majorPenalties":["licence_revocation","closure"],"publicityWorkingDays":7,"repeatedInspectionDays":30}
                    """#)
            let byLegal = try await legal.send(.GET, "/enforcement/policy")
            let legalSets = try await legal.send(.PUT, "/enforcement/policy/\(body.id)", json: "{}")
            // then
            #expect(bodies.status == .ok && (bodies.array?.count ?? 0) >= 8)
            let officers = try #require(one.object?["officerList"] as? [[String: Any]])
            #expect(officers.count == 4)
            #expect(expiring.array?.contains { $0["number"] as? String == "15010020260003" } == true)
            #expect(matters.object?["total"] as? Int == 1)
            #expect(imported.status == .ok && imported.object?["created"] as? Int == 1)
            #expect(badImport.status == .unprocessableEntity && badImport.errorFields.contains("row2"))
            #expect(policy.status == .ok && policy.object?["isDefault"] as? Bool == false)
            #expect((byLegal.object?["policy"] as? [String: Any])?["hearingFinePerson"] as? Int == 3000)
            #expect(byLegal.object?["appliedFromName"] as? String == "呼和浩特市人民政府")
            #expect(legalSets.status == .forbidden)
        }
    }
}
