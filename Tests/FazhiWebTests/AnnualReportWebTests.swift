import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Annual report over HTTP")
struct AnnualReportWebTests {
    @Test("the office drafts the region's report from the platform's figures, edits it, exports it as .docx")
    func draftEditExport() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let region = try await t.org("内蒙古自治区人民政府")
            let year = CivilDate(chinaTimeAt: Date().timeIntervalSince1970).year
            let started = try await office.post(
                "/reports", [("organisationID", region.id.uuidString), ("year", "\(year)")])
            #expect(started.status == .seeOther)
            let path = try #require(started.location)
            // starting it again opens the same report
            let again = try await office.post(
                "/reports", [("organisationID", region.id.uuidString), ("year", "\(year)")])
            #expect(again.location == path)
            let page = try await office.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("一、履行推进法治建设第一责任人职责情况"))
            // the demo inspection's five findings, one closed, counted with the definition printed beside them
            #expect(page.text.contains("20%（1/5）"))
            #expect(page.text.contains("整改率 = 已销号问题数"))
            // a figure the platform cannot count is shown as missing
            #expect(page.text.contains("暂缺") && page.text.contains("尚未接入平台"))

            let saved = try await office.post(path, [("leadership", "主要负责人带头述法。\n第二段。"), ("problems", "存在不足。")])
            #expect(saved.status == .seeOther)
            let edited = try await office.get(path)
            #expect(edited.text.contains("主要负责人带头述法。") && edited.text.contains("第二段。"))
            #expect(try await AuditEntryModel.query(on: t.db).filter(\.$action == "report.update").count() == 1)

            let docx = try await office.get(path + "/report.docx")
            #expect(docx.headers.contentType?.subType == "vnd.openxmlformats-officedocument.wordprocessingml.document")
            let text = try PlanDocx.text(of: Data(docx.body.readableBytesView))
            #expect(text.contains("内蒙古自治区人民政府\(year)年法治政府建设年度报告"))
            #expect(text.contains("主要负责人带头述法。") && text.contains("督察问题整改率"))
        }
    }

    @Test("bad input is refused with the field; users outside the scope or without the role cannot see or write")
    func refusals() async throws {
        try await TestApp.with { t in
            let office = t.browser()
            try await office.signIn("demo-office")
            let region = try await t.org("内蒙古自治区人民政府")
            let badYear = try await office.post("/reports", [("organisationID", region.id.uuidString), ("year", "明年")])
            #expect(badYear.status == .unprocessableEntity)
            #expect(badYear.text.contains("年度应为四位数字"))
            let department = try await t.org("内蒙古自治区司法厅")
            let notGovernment = try await office.post(
                "/reports", [("organisationID", department.id.uuidString), ("year", "2026")])
            #expect(notGovernment.status == .unprocessableEntity)
            let path = try #require(
                try await office.post("/reports", [("organisationID", region.id.uuidString), ("year", "2026")]).location
            )
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get(path).status == .notFound)
            #expect(try await officer.post(path, [("leadership", "改")]).status == .forbidden)
            #expect(
                try await officer.post("/reports", [("organisationID", region.id.uuidString), ("year", "2026")]).status
                    == .forbidden)
        }
    }
}
