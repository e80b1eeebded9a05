import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("执法公示 over HTTP: publishing from the case page, the public pages, withdrawal")
struct EnforcementPublicWebTests {
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }
    static let idNumber = "150102199003071237"

    @Test("a penalty on the spot against a person is published masked, found by the public, then withdrawn")
    func publishAndWithdraw() async throws {
        try await TestApp.with { t in
            // given: 当场处罚 of a natural person through the opening form
            let body = try await EnforcementFixture.register(t, CaseWebTests.xincheng, prefix: "XC-")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let opened = try await officer.post(
                "/enforcement",
                [
                    ("action", "decide_on_spot"), ("bodyID", body.organisation.id.uuidString), ("date", today.iso),
                    ("officers", body.certificates[0]), ("matterCode", EnforcementFixture.matterCode),
                    ("partyKind", "person"), ("partyName", "张三"), ("partyID", Self.idNumber),
                    ("partyAddress", "内蒙古自治区呼和浩特市新城区某街道8号"), ("violationOn", today.iso),
                    ("penalties[]", "warning"), ("penalties[]", "fine"), ("fine", "200"), ("circumstance", "轻微"),
                    ("decisionNumber", "新市监简罚〔\(today.year)〕5号"),
                ])
            #expect(opened.status == .seeOther, "\(opened.text.prefix(3000))")
            let path = try #require(opened.location)
            let casePage = try await officer.get(path)
            #expect(casePage.text.contains("已当场处罚。") && casePage.text.contains("简易程序"))
            #expect(casePage.text.contains("公示处罚决定"))

            // when: a summary left empty is refused beside the field; then published
            let empty = try await officer.post(path + "/publication", [("summary", "")])
            let published = try await officer.post(
                path + "/publication",
                [("summary", "张三（身份证号\(Self.idNumber)）于内蒙古自治区呼和浩特市新城区某街道8号销售过期食品。")])
            let after = try await officer.get(path)
            // then
            #expect(empty.status == .unprocessableEntity && empty.text.contains(#"id="f-summary-error""#))
            #expect(published.status == .seeOther)
            #expect(after.text.contains("已公示处罚决定。") && after.text.contains("查看公开页面"))
            let link = try #require(
                after.text.range(of: #"/publicity/[0-9A-Fa-f-]{36}"#, options: .regularExpression).map {
                    String(after.text[$0])
                })

            // when: the public, without signing in
            let visitor = t.browser()
            let list = try await visitor.get("/publicity")
            let found = try await visitor.get("/publicity?q=%E7%AE%80%E7%BD%9A&year=\(today.year)")
            let lastYear = try await visitor.get("/publicity?year=\(today.year - 1)")
            let badYear = try await visitor.get("/publicity?year=twenty")
            let decision = try await visitor.get(link)
            // then
            #expect(list.status == .ok && list.text.contains("<h1>行政处罚决定公示</h1>"))
            #expect(list.text.contains(#"aria-current="page">执法公示</a>"#))
            for page in [list, decision] {
                #expect(page.text.contains("张*"))
                #expect(!page.text.contains("张三") && !page.text.contains(Self.idNumber))
            }
            #expect(decision.text.contains("150102***********7") && !decision.text.contains("某街道8号"))
            #expect(decision.text.contains("警告、通报批评；罚款（200元）") && decision.text.contains(EnforcementFixture.matterName))
            #expect(found.text.contains("新市监简罚〔\(today.year)〕5号"))
            #expect(!lastYear.text.contains("新市监简罚"))
            #expect(badYear.status == .unprocessableEntity && badYear.text.contains(#"id="f-year-error""#))
            #expect(try await visitor.get("/publicity/\(UUID())").status == .notFound)

            // when: the decision is revoked and the publication withdrawn
            let noReason = try await officer.post(
                path + "/publication/withdraw", [("changedOn", today.iso), ("reason", "")])
            let withdrawn = try await officer.post(
                path + "/publication/withdraw", [("changedOn", today.iso), ("reason", "复议决定撤销原处罚决定")])
            let gone = try await visitor.get("/publicity")
            let notice = try await visitor.get(link)
            // then
            #expect(noReason.status == .unprocessableEntity && noReason.text.contains(#"id="f-reason-error""#))
            #expect(withdrawn.status == .seeOther)
            #expect(!gone.text.contains("新市监简罚"))
            #expect(notice.status == .ok && notice.text.contains("本公示信息已撤回"))
            #expect(notice.text.contains("复议决定撤销原处罚决定") && !notice.text.contains("张*"))
            #expect(try await officer.get(path).text.contains("公示信息已于\(today.iso)撤回"))
        }
    }

    @Test("the justice bureau reads the publicity block but cannot publish")
    func readersCannotPublish() async throws {
        try await TestApp.with { t in
            // given
            let body = try await EnforcementFixture.register(t, CaseWebTests.xincheng, prefix: "XC-")
            let id = try await EnforcementFixture.openCase(t, in: body, reference: "公示权限案")
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            // when
            let page = try await justice.get("/enforcement/\(id)")
            let attempt = try await justice.post("/enforcement/\(id)/publication", [("summary", "摘要")])
            // then
            #expect(page.text.contains("作出行政处罚决定后公示"))
            #expect(attempt.status == .forbidden)
        }
    }
}
