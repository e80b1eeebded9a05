import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Case-file review over HTTP: campaigns, the scoring form, the API")
struct CaseFileReviewWebTests {
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }

    /// The demo campaign of 呼和浩特市司法局 and one of its pending files.
    func demoCampaign(_ t: TestApp) async throws -> (campaign: ReviewCampaignRow, pending: ReviewFileRow) {
        let repository = CaseFileReviewRepository(
            db: t.db, scope: .system, today: today, roles: [.justice], calendar: .official)
        let campaign = try #require(try await repository.list().first)
        let pending = try #require(try await repository.files(of: campaign.id).first { $0.stage == .pending })
        return (campaign, pending)
    }

    @Test("justice opens the campaigns, draws a new one through the form, and bad input is refused beside the fields")
    func campaignPages() async throws {
        try await TestApp.with { t in
            // given
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let before = try await t.snapshot()
            // when
            let list = try await justice.get("/enforcement/reviews")
            let form = try await justice.get("/enforcement/reviews/new")
            let refused = try await justice.post(
                "/enforcement/reviews",
                [
                    ("name", ""), ("periodFrom", "2026-12-01"), ("periodTo", "2026-01-01"), ("sampleMode", "count"),
                    ("sampleSize", "0"),
                ])
            let unchanged = try await t.snapshot()
            let created = try await justice.post(
                "/enforcement/reviews",
                [
                    ("name", "网页评查"), ("periodFrom", today.adding(days: -730).iso), ("periodTo", today.iso),
                    ("sampleMode", "percent"), ("samplePercent", "50"), ("sampleMinimum", "1"),
                ])
            let location = try #require(created.location)
            let page = try await justice.get(location)
            let csv = try await justice.get(location + "/results.csv")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let officerNew = try await officer.get("/enforcement/reviews/new")
            let officerList = try await officer.get("/enforcement/reviews")
            // then
            #expect(list.status == .ok && list.text.contains("案卷评查（演示）") && list.text.contains("发起评查活动"))
            #expect(form.text.contains("抽取案卷") && form.text.contains("参照"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("请填写评查活动名称") && refused.text.contains("截止日不能早于起始日"))
            #expect(refused.text.contains(#"id="f-sampleSize-error""#))
            #expect(unchanged == before)
            #expect(created.status == .seeOther && location.hasPrefix("/enforcement/reviews/"))
            #expect(page.text.contains("网页评查") && page.text.contains("随机种子") && page.text.contains("SHA-256"))
            #expect(page.text.contains("合格率") && page.text.contains("口径") && page.text.contains("已抽取案卷"))
            #expect(csv.status == .ok && csv.text.contains("执法主体"))
            #expect(officerNew.status == .forbidden)
            #expect(!officerList.text.contains("网页评查"))
        }
    }

    @Test("a reviewer scores a file through the form: a departure needs a reason, then it is submitted")
    func scoringForm() async throws {
        try await TestApp.with { t in
            // given
            let (campaign, file) = try await demoCampaign(t)
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let path = "/enforcement/reviews/\(campaign.id)/files/\(file.id)"
            // when
            let form = try await justice.get(path)
            let refused = try await justice.post(
                path, [("veto.veto.officers", "1"), ("deduct.form.cover", "9"), ("action", "submit")])
            // The prefilled outcomes kept as they are (a synthetic case may have been late).
            let kept = ReviewPrefill.initialResults(file.prefill, standard: campaign.standard).flatMap { result in
                result.vetoed
                    ? [("veto.\(result.itemID)", "1"), ("note.\(result.itemID)", result.note)]
                    : [("deduct.\(result.itemID)", "\(result.deduction)"), ("note.\(result.itemID)", result.note)]
            }
            let saved = try await justice.post(
                path, kept + [("deduct.form.cover", "2"), ("note.form.cover", "卷内目录不全"), ("action", "submit")])
            let expected = ReviewScore(
                file.results + [ReviewItemResult(itemID: "form.cover", deduction: 2, note: "卷内目录不全")],
                standard: campaign.standard)
            let after = try await justice.get(path)
            let campaignPage = try await justice.get("/enforcement/reviews/\(campaign.id)")
            // then
            #expect(form.status == .ok && form.text.contains("否决项") && form.text.contains("系统预填"))
            #expect(form.text.contains("办理记录") && form.text.contains(file.caseReference))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("系统预填为「符合」，改判须写明理由") && refused.text.contains("扣分应在0至3分之间"))
            #expect(saved.status == .seeOther)
            #expect(
                after.text.contains(
                    expected.vetoed ? "0（否决）" : "\(expected.total) \(expected.grade.label)")
                    && after.text.contains("已提交"))
            #expect(after.text.contains("已提交评查结果。") && campaignPage.status == .ok)
        }
    }

    @Test("the API lists, reads, scores and refuses; an agency token sees nothing before publication")
    func api() async throws {
        try await TestApp.with { t in
            // given
            let (campaign, file) = try await demoCampaign(t)
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            // when
            let list = try await justice.send(.GET, "/enforcement/reviews")
            let detail = try await justice.send(.GET, "/enforcement/reviews/\(campaign.id)")
            let one = try await justice.send(.GET, "/enforcement/reviews/\(campaign.id)/files/\(file.id)")
            let bad = try await justice.send(
                .POST, "/enforcement/reviews/\(campaign.id)/files/\(file.id)",
                json: #"{"results": [{"itemID": "form.cover", "vetoed": false, "deduction": 7, "note": ""}]}"#)
            let results =
                file.results.filter { $0.itemID != "content.execution" }
                + [ReviewItemResult(itemID: "content.execution", deduction: 4, note: "罚款未缴清即结案")]
            let body = String(
                decoding: try JSONEncoder().encode(ReviewScoreRequest(results: results, submit: true)), as: UTF8.self)
            let scored = try await justice.send(
                .POST, "/enforcement/reviews/\(campaign.id)/files/\(file.id)", json: body)
            let expected = ReviewScore(results, standard: campaign.standard).total
            let early = try await justice.send(.POST, "/enforcement/reviews/\(campaign.id)/publish")
            let hidden = try await officer.send(.GET, "/enforcement/reviews/\(campaign.id)")
            let officerCreate = try await officer.send(
                .POST, "/enforcement/reviews",
                json: #"{"name": "x", "periodFrom": "2025-01-01", "periodTo": "2026-12-31", "size": 1}"#)
            // then
            #expect(list.status == .ok && (list.array?.count ?? 0) >= 1)
            #expect((detail.object?["seed"] as? String)?.count == 64)
            #expect(((detail.object?["results"] as? [Any])?.count ?? 0) > 0)
            #expect(one.object?["stage"] as? String == "pending")
            #expect(bad.status == .unprocessableEntity && bad.errorFields.contains("items.form.cover"))
            #expect(scored.status == .ok && scored.object?["score"] as? Int == expected)
            #expect(early.status == .conflict)
            #expect(hidden.status == .notFound)
            #expect(officerCreate.status == .forbidden)
        }
    }
}
