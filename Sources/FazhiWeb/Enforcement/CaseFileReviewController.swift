import FazhiCore
import FazhiStore
import Vapor

/// `/enforcement/reviews`: case-file review campaigns (案卷评查). 司法行政 and administrators draw a campaign over
/// their scope; reviewers score each drawn file; the results by agency are exported and published.
struct CaseFileReviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reviews = routes.grouped("enforcement", "reviews")
        reviews.get(use: list)
        reviews.get("new", use: new)
        reviews.post(use: create)
        reviews.get(":id", use: show)
        reviews.get(":id", "results.csv", use: export)
        reviews.get(":id", "results.xlsx", use: export)
        reviews.post(":id", "publish", use: publish)
        reviews.get(":id", "files", ":fileID", use: file)
        reviews.post(":id", "files", ":fileID", use: score)
    }

    /// The campaigns the member may see.
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let repository = req.caseFileReviews(member)
        let context = PageContext(req)
        return Layout.response(
            CaseFileReviewListPage.view(try await repository.list(), mayOrganise: repository.mayOrganise, context),
            context: context)
    }

    /// The form for a new campaign (司法行政, administrators).
    @Sendable func new(req: Request) async throws -> Response {
        _ = try req.requireMember(anyOf: .justice, .admin)
        let context = PageContext(req)
        return Layout.response(CaseFileReviewNewPage.view(CaseFileReviewForm(), errors: [], context), context: context)
    }

    /// Draws the campaign and shows it; field errors re-render the form (422).
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .admin)
        let form = try req.content.decode(CaseFileReviewForm.self)
        do {
            let campaign = try await req.caseFileReviews(member).create(
                form.input, organiser: member.organisation, by: req.actor)
            return Flash.redirect(
                req, to: "/enforcement/reviews/\(campaign.id)", message: "已抽取案卷，随机种子已记录。")
        } catch let error as DomainError where !error.fields.isEmpty {
            let context = PageContext(req)
            return Layout.response(
                CaseFileReviewNewPage.view(form, errors: error.fields, context), context: context,
                status: .unprocessableEntity)
        }
    }

    /// The campaign: its draw and how to verify it, progress, results by agency, and its files (`?agency=`,
    /// `?filter=vetoed|passed|failed` drill down from a figure).
    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let model = try await CaseFileReviewPage.Model.query(req, member)
        let context = PageContext(req)
        return Layout.response(CaseFileReviewPage.view(model, context), context: context)
    }

    /// The results by agency and the files as `.csv` or `.xlsx`.
    @Sendable func export(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let repository = req.caseFileReviews(member)
        let campaign = try await repository.find(try req.idParameter())
        let files = try await repository.files(of: campaign.id)
        return try Download.table(
            CaseFileReviewExport.table(campaign, files: files), as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    /// Publishes the results (司法行政, administrators of the organising scope; every file submitted).
    @Sendable func publish(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .admin)
        let id = try req.idParameter()
        _ = try await req.caseFileReviews(member).publish(id, by: req.actor)
        return Flash.redirect(req, to: "/enforcement/reviews/\(id)", message: "已发布评查结果，各执法主体可查看本单位的结果。")
    }

    /// The scoring form beside the case's facts and history.
    @Sendable func file(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let model = try await CaseFileReviewFilePage.Model.query(req, member)
        let context = PageContext(req)
        return Layout.response(CaseFileReviewFilePage.view(model, context), context: context)
    }

    /// Saves a draft (`action=draft`) or submits (`action=submit`); field errors re-render the form (422).
    @Sendable func score(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .legalUnit, .admin)
        let campaignID = try req.idParameter()
        let fileID = try req.uuidParameter("fileID")
        let fields = try req.content.decode([String: String].self)
        let repository = req.caseFileReviews(member)
        let (campaign, _) = try await repository.file(fileID, in: campaignID)
        let results = CaseFileReviewScoreForm.results(fields, standard: campaign.standard)
        let submit = fields["action"] == "submit"
        do {
            _ = try await repository.score(
                fileID, in: campaignID, results: results, submit: submit, reviewer: member.user.id, by: req.actor)
            return Flash.redirect(
                req, to: "/enforcement/reviews/\(campaignID)", message: submit ? "已提交评查结果。" : "已保存草稿。")
        } catch let error as DomainError where !error.fields.isEmpty {
            var model = try await CaseFileReviewFilePage.Model.query(req, member)
            model.entered = results
            model.errors = error.fields
            let context = PageContext(req)
            return Layout.response(
                CaseFileReviewFilePage.view(model, context), context: context, status: .unprocessableEntity)
        }
    }
}

/// The new-campaign form as posted.
struct CaseFileReviewForm: Content {
    var name: String?
    var periodFrom: String?
    var periodTo: String?
    /// `count` or `percent`.
    var sampleMode: String?
    var sampleSize: String?
    var samplePercent: String?
    var sampleMinimum: String?

    init() {}

    var input: ReviewCampaignInput {
        let number = { (text: String?) in Int(text?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0 }
        let size: ReviewSampleSize =
            sampleMode == "percent"
            ? .percent(number(samplePercent), minimum: number(sampleMinimum)) : .count(number(sampleSize))
        return ReviewCampaignInput(
            name: name ?? "", periodFrom: periodFrom ?? "", periodTo: periodTo ?? "", sampleSize: size)
    }
}

/// Reads the scoring form: `veto.<item>` (checked: the veto item fails), `deduct.<item>` (points), `note.<item>`.
enum CaseFileReviewScoreForm {
    static func results(_ fields: [String: String], standard: ReviewStandard) -> [ReviewItemResult] {
        standard.items.map { item in
            let note = fields["note.\(item.id)"] ?? ""
            if item.part == .veto {
                return ReviewItemResult(itemID: item.id, vetoed: fields["veto.\(item.id)"] != nil, note: note)
            }
            let text = fields["deduct.\(item.id)"]?.trimmingCharacters(in: .whitespaces) ?? ""
            // Text that is not a whole number is refused by the range check, not read as 0.
            let deduction = text.isEmpty ? 0 : Int(text) ?? -1
            return ReviewItemResult(itemID: item.id, deduction: deduction, note: note)
        }
    }
}
