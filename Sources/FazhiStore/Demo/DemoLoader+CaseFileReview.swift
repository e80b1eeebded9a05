import FazhiCore
import Fluent
import Foundation

extension DemoLoader {
    /// The 呼和浩特市司法局's case-file review over its government's subtree: two closed cases drawn per agency
    /// (a fresh seed, recorded), three files scored — two submitted, one left as a draft — so the campaign page
    /// shows progress, results and drill-downs.
    static func loadCaseFileReview(
        today: CivilDate, organisations: [String: UUID], on db: any Database, by actor: Actor
    ) async throws {
        guard let bureauID = organisations["呼和浩特市司法局"] else { return }
        let orgs = OrganisationRepository(db: db, scope: .system)
        let bureau = try await orgs.find(bureauID)
        // The bureau supervises its government's subtree: the government is its parent.
        var root = bureau.path
        if let parent = bureau.parentID { root = try await orgs.find(parent).path }
        let reviews = CaseFileReviewRepository(
            db: db, scope: Scope(root: root), today: today, roles: [.justice], calendar: .official)
        let input = ReviewCampaignInput(
            name: "\(today.year)年度行政处罚案卷评查（演示）", periodFrom: today.adding(days: -730).iso, periodTo: today.iso,
            sampleSize: .count(2))
        guard let campaign = try? await reviews.create(input, organiser: bureau, by: actor) else { return }
        let files = try await reviews.files(of: campaign.id)
        for (index, file) in files.prefix(3).enumerated() {
            var results = file.results
            if index == 1 {
                results.removeAll { $0.itemID == "form.signatures" || $0.itemID == "content.evidence" }
                results.append(ReviewItemResult(itemID: "form.signatures", deduction: 2, note: "询问笔录缺当事人签名日期"))
                results.append(ReviewItemResult(itemID: "content.evidence", deduction: 4, note: "现场照片未注明拍摄时间、地点"))
            }
            // Keep the prefilled outcomes, adding the note a departure would need (none here).
            _ = try? await reviews.score(
                file.id, in: campaign.id, results: results, submit: index < 2, reviewer: nil, by: actor)
        }
    }
}
