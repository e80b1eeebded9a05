import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// A plan for the demo region: the justice department and 各市 by name, the market regulator leading with the
/// justice department, and a name the tree does not know.
let demoPlanText = """
    自治区2027年法治政府建设工作要点
    一、健全依法行政制度体系
    1.开展行政规范性文件清理。2027年6月底前完成。（责任单位：自治区司法厅，各市）
    2.推行行政执法三项制度。长期坚持。（牵头单位：自治区市场监管局；配合单位：自治区司法厅）
    二、强化监督
    3.开展行政执法案卷评查。2026年11月底前完成。（责任单位：自治区执法监督小组）
    """

@Suite("Task ledger over HTTP")
struct TaskLedgerWebTests {
    static let office = "内蒙古自治区全面依法治区委员会办公室"

    func plans(_ t: TestApp) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM plans").first()!
            .decode(column: "n", as: Int.self)
    }

    /// Imports `demoPlanText` as the office through the review screen, mapping the unknown name to the justice
    /// department; returns the plan's path.
    func importDemoPlan(_ t: TestApp, _ browser: Browser) async throws -> String {
        let office = try await t.org(Self.office)
        let justice = try await t.org("内蒙古自治区司法厅")
        let created = try await browser.post(
            "/plans/import",
            [
                ("text", demoPlanText), ("organisationID", office.id.uuidString), ("year", ""), ("confirm", "1"),
                ("unitName0", "自治区执法监督小组"), ("unitMap0", justice.id.uuidString),
            ])
        #expect(created.status == .seeOther)
        return try #require(created.location)
    }

    @Test("the office reviews a plan, is stopped by an unmapped unit, maps it and gets the ledger in every view")
    func importThroughReview() async throws {
        try await TestApp.with { t in
            let browser = t.browser()
            try await browser.signIn("demo-office")
            let office = try await t.org(Self.office)
            // the demo region comes with one plan
            let plansBefore = try await plans(t)
            let importsBefore = try await AuditEntryModel.query(on: t.db).filter(\.$action == "plan.import").count()
            let form = try await browser.get("/plans/import")
            #expect(form.status == .ok)
            // the review names the unknown unit and offers the tree
            let review = try await browser.post(
                "/plans/import", [("text", demoPlanText), ("organisationID", office.id.uuidString), ("year", "")])
            #expect(review.status == .ok)
            #expect(review.text.contains("有1个名称未能对应到机构"))
            #expect(review.text.contains("自治区执法监督小组"))
            #expect(review.text.contains("name=\"unitMap"))
            // confirming without a mapping is refused and writes nothing
            let refused = try await browser.post(
                "/plans/import",
                [("text", demoPlanText), ("organisationID", office.id.uuidString), ("year", ""), ("confirm", "1")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("尚未对应到机构"))
            #expect(try await plans(t) == plansBefore)
            // mapped: created, and every view answers
            let path = try await importDemoPlan(t, browser)
            let ledger = try await browser.get(path)
            #expect(ledger.status == .ok)
            #expect(ledger.text.contains("自治区2027年法治政府建设工作要点"))
            #expect(ledger.text.contains("完成率 = 已完成任务数"))
            let units = try await browser.get(path + "?view=units")
            #expect(units.text.contains("呼和浩特市人民政府") && units.text.contains("鄂尔多斯市人民政府"))
            let overdue = try await browser.get(path + "?view=deadlines&standing=overdue")
            #expect(overdue.text.contains("共1项任务"))
            let csv = try await browser.get(path + "/export.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(Array(csv.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(csv.text.contains("自治区司法厅"))
            let xlsx = try await browser.get(path + "/export.xlsx")
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
            #expect(
                try await AuditEntryModel.query(on: t.db).filter(\.$action == "plan.import").count() == importsBefore
                    + 1)
        }
    }

    @Test("a city sees only its own task, reports progress, cannot edit the office's fields; others get 404")
    func scopeAndProgress() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let path = try await importDemoPlan(t, office)
            // the city justice bureau supervises the city government, which 各市 names in task 1.1
            let city = t.browser()
            try await city.signIn("demo-justice")
            let cityLedger = try await city.get(path)
            #expect(cityLedger.status == .ok)
            #expect(cityLedger.text.contains("共1项任务"))
            let taskID = try #require(
                cityLedger.text.range(of: #"/plans/tasks/[0-9A-F-]{36}"#, options: .regularExpression).map {
                    String(cityLedger.text[$0])
                })
            let reported = try await city.post(taskID + "/progress", [("body", "已完成清理。"), ("status", "done")])
            #expect(reported.status == .seeOther)
            let task = try await city.get(taskID)
            // the city's 司法局 reports for the city government, the unit the task names
            #expect(task.text.contains("已完成清理。"))
            #expect(task.text.contains(#"<span class="strong">呼和浩特政府</span>"#))
            let edit = try await city.post(taskID + "/edit", [("responsiblePerson", "张三"), ("due", "")])
            #expect(edit.status == .forbidden)
            // a unit the plan assigns nothing sees neither the plan nor its tasks
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get(path).status == .notFound)
            #expect(try await officer.get(taskID).status == .notFound)
            #expect(try await officer.get(path + "/export.csv").status == .notFound)
            #expect(try await officer.get("/plans/import").status == .forbidden)
            // a scanned file of 3 MB is an upload (over the 2 MB of ordinary forms), stored with its hash
            let scan = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            let uploaded = try await city.postMultipart(
                taskID + "/progress", fields: [("body", "附扫描件。"), ("status", "done")],
                file: (name: "files[]", filename: "扫描件.pdf", data: scan))
            #expect(uploaded.status == .seeOther)
            #expect(try await city.get(taskID).text.contains("3000000字节"))
            // bad progress input: 422, nothing recorded
            let before = try await AuditEntryModel.query(on: t.db).filter(\.$action == "plan.task.progress").count()
            let bad = try await city.post(taskID + "/progress", [("body", ""), ("status", "finished")])
            #expect(bad.status == .unprocessableEntity)
            #expect(
                try await AuditEntryModel.query(on: t.db).filter(\.$action == "plan.task.progress").count() == before)
        }
    }

    @Test("a file in the wrong encoding or not text is refused with a clear message, and nothing is written")
    func badFiles() async throws {
        try await TestApp.with { t in
            let browser = t.browser()
            try await browser.signIn("demo-office")
            let office = try await t.org(Self.office)
            let plansBefore = try await plans(t)
            // 「一、加强」 in GBK
            let gbk = Data([0xD2, 0xBB, 0xA1, 0xA2, 0xBC, 0xD3, 0xC7, 0xBF, 0x0A])
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
            for (data, expected) in [(gbk, "不是 UTF-8 编码"), (png, "不是文本")] {
                let response = try await browser.postMultipart(
                    "/plans/import", fields: [("organisationID", office.id.uuidString)],
                    file: (name: "file", filename: "方案.txt", data: data))
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains(expected), "\(response.text.prefix(300))")
            }
            let empty = try await browser.post(
                "/plans/import", [("text", "随便写的一段话，没有编号。"), ("organisationID", office.id.uuidString)])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("没有找到任何编号标题"))
            let badYear = try await browser.post(
                "/plans/import", [("text", demoPlanText), ("organisationID", office.id.uuidString), ("year", "20x7")])
            #expect(badYear.status == .unprocessableEntity)
            #expect(badYear.text.contains("年份应为四位数字"))
            #expect(try await plans(t) == plansBefore)
        }
    }
}

extension Browser {
    /// Posts a multipart form with one file, as a browser's file input does; `_csrf` from the cookie.
    func postMultipart(
        _ path: String, fields: [(String, String)], file: (name: String, filename: String, data: Data)
    ) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/login") }
        let boundary = "----fazhi-test-boundary"
        var body = Data()
        for (name, value) in fields + [("_csrf", csrf ?? "")] {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        body += file.data + Data("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, bytes: ByteBuffer(data: body))
    }
}

@Suite("Task ledger in the demo region")
struct DemoLedgerTests {
    @Test("the demo office's ledger holds the demo plan, every unit resolved, with a progress report")
    func demoPlan() async throws {
        try await TestApp.with { t in
            let browser = t.browser()
            try await browser.signIn("demo-office")
            let list = try await browser.get("/plans")
            #expect(list.text.contains("法治政府建设工作要点（演示）"))
            let office = try await t.member("demo-office")
            let ledger = TaskLedgerRepository(db: t.db, scope: office.scope, today: CivilDate(iso: "2026-12-01")!)
            let plan = try #require(try await ledger.plans().first)
            #expect(plan.counts.total == 8)
            let tasks = try await ledger.tasks(of: plan, PlanTaskFilter()).tasks
            #expect(tasks.allSatisfy { !$0.units.isEmpty })
            #expect(tasks.first?.progressCount == 1)
        }
    }
}

@Suite("Task ledger through the API")
struct TaskLedgerAPITests {
    @Test("parse, import (refused while a name is unmapped, then created), read by unit and task, report, edit")
    func cycle() async throws {
        try await TestApp.with { t in
            let office = APIClient(app: t.app, token: try await t.issueToken(for: "demo-office").secret)
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let owner = try await t.org(TaskLedgerWebTests.office).id
            func body(_ mappings: String) throws -> String {
                let text = String(data: try JSONEncoder().encode(demoPlanText), encoding: .utf8)!
                return #"{"text":\#(text),"organisationID":"\#(owner)","mappings":{\#(mappings)}}"#
            }
            // parse: the tree as the CLI prints it; only importers may
            let parsed = try await office.send(.POST, "/plans/parse", json: try body(""))
            #expect(parsed.status == .ok)
            #expect(parsed.text.contains("自治区执法监督小组"))
            #expect(try await officer.send(.POST, "/plans/parse", json: try body("")).status == .forbidden)
            // import: an unmapped name is a 422 naming it, and nothing is written
            let plans = try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM plans").first()!
                .decode(column: "n", as: Int.self)
            let refused = try await office.send(.POST, "/plans/import", json: try body(""))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.errorFields == ["mappings"])
            #expect(refused.text.contains("自治区执法监督小组"))
            #expect(
                try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM plans").first()!
                    .decode(column: "n", as: Int.self) == plans)
            let justiceDept = try await t.org("内蒙古自治区司法厅").id
            let created = try await office.send(
                .POST, "/plans/import", json: try body(#""自治区执法监督小组":["\#(justiceDept)"]"#))
            #expect(created.status == .created)
            let plan = String(try #require(created.location).dropFirst("/api/v1".count))
            #expect(created.object?["tasks"] as? Int == 3)
            // the plan, by unit, and the tasks a city justice bureau sees (the city's share of 各市)
            let detail = try await office.send(.GET, plan)
            #expect((detail.object?["items"] as? [Any])?.count == 5)
            #expect((try await office.send(.GET, plan + "/units").array?.count ?? 0) >= 3)
            let cityTasks = try await justice.send(.GET, plan + "/tasks")
            #expect(cityTasks.object?["total"] as? Int == 1)
            #expect(try await officer.send(.GET, plan).status == .notFound)
            #expect(try await office.send(.GET, plan + "/tasks?standing=late").status == .unprocessableEntity)
            // the city reports with evidence; the office sets the date; the city may not
            let task = try #require(
                ((cityTasks.object?["items"] as? [[String: Any]])?.first?["id"] as? String).map { "/plans/tasks/\($0)" }
            )
            let evidence = Data("通知".utf8).base64EncodedString()
            let report = try await justice.send(
                .POST, task + "/progress",
                json: #"{"body":"已完成","status":"done","files":[{"name":"通知.pdf","contentBase64":"\#(evidence)"}]}"#)
            #expect(report.status == .ok)
            #expect(report.object?["status"] as? String == "done")
            #expect((report.object?["progress"] as? [Any])?.count == 1)
            #expect(
                try await justice.send(.PATCH, task, json: #"{"responsiblePerson":"张三","due":""}"#).status == .forbidden
            )
            let edited = try await office.send(.PATCH, task, json: #"{"responsiblePerson":"张三","due":"2027-05-31"}"#)
            #expect(edited.object?["due"] as? String == "2027-05-31")
            #expect(
                try await office.send(.PATCH, task, json: #"{"due":"五月底"}"#).errorFields == ["due"])
        }
    }
}
