import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/reviews`: case-file review campaigns, their files and scores, as the pages offer them.
struct CaseFileReviewAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reviews = routes.grouped("enforcement", "reviews")
        reviews.get(use: list)
        reviews.post(use: create)
        reviews.get(":id", use: show)
        reviews.post(":id", "publish", use: publish)
        reviews.get(":id", "files", ":fileID", use: file)
        reviews.post(":id", "files", ":fileID", use: score)
    }

    /// The campaigns the caller may see.
    @Sendable func list(req: Request) async throws -> [ReviewCampaignDTO] {
        let member = try req.requireMember()
        return try await req.caseFileReviews(member).list().map { ReviewCampaignDTO($0, files: nil, results: nil) }
    }

    /// Draws a campaign over the caller's scope (司法行政, administrators); 201 with the campaign.
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .admin)
        let input = try req.json(ReviewCampaignRequest.self)
        let repository = req.caseFileReviews(member)
        let campaign = try await repository.create(input.input, organiser: member.organisation, by: req.actor)
        return try await Self.detail(repository, campaign).encodeResponse(status: .created, for: req)
    }

    /// One campaign: the seed, the eligible lists, the files and the results by agency.
    @Sendable func show(req: Request) async throws -> ReviewCampaignDTO {
        let member = try req.requireMember()
        let repository = req.caseFileReviews(member)
        return try await Self.detail(repository, try await repository.find(try req.idParameter()))
    }

    /// Publishes the results (every file submitted).
    @Sendable func publish(req: Request) async throws -> ReviewCampaignDTO {
        let member = try req.requireMember(anyOf: .justice, .admin)
        let repository = req.caseFileReviews(member)
        return try await Self.detail(repository, try await repository.publish(try req.idParameter(), by: req.actor))
    }

    /// One file with its prefill and results.
    @Sendable func file(req: Request) async throws -> ReviewFileDTO {
        let member = try req.requireMember()
        let (_, file) = try await req.caseFileReviews(member).file(
            try req.uuidParameter("fileID"), in: try req.idParameter())
        return ReviewFileDTO(file)
    }

    /// Records results on a file: `submit` false keeps a draft.
    @Sendable func score(req: Request) async throws -> ReviewFileDTO {
        let member = try req.requireMember(anyOf: .justice, .legalUnit, .admin)
        let input = try req.json(ReviewScoreRequest.self)
        let file = try await req.caseFileReviews(member).score(
            try req.uuidParameter("fileID"), in: try req.idParameter(), results: input.results,
            submit: input.submit ?? false, reviewer: member.user.id, by: req.actor)
        return ReviewFileDTO(file)
    }

    static func detail(_ repository: CaseFileReviewRepository, _ campaign: ReviewCampaignRow) async throws
        -> ReviewCampaignDTO
    {
        let files = try await repository.files(of: campaign.id)
        return ReviewCampaignDTO(
            campaign, files: files.map(ReviewFileDTO.init),
            results: ReviewAgencyResult.of(files, scale: campaign.standard.grades).map(ReviewAgencyResultDTO.init))
    }
}

/// A new campaign: the period of closed cases and the sample (`size`, or `percent` with `minimum`).
struct ReviewCampaignRequest: Content {
    let name: String
    let periodFrom: String
    let periodTo: String
    let size: Int?
    let percent: Int?
    let minimum: Int?

    var input: ReviewCampaignInput {
        ReviewCampaignInput(
            name: name, periodFrom: periodFrom, periodTo: periodTo,
            sampleSize: percent.map { .percent($0, minimum: minimum ?? 0) } ?? .count(size ?? 0))
    }
}

struct ReviewScoreRequest: Content {
    let results: [ReviewItemResult]
    let submit: Bool?
}

struct ReviewCampaignDTO: Content {
    let id: UUID
    let name: String
    let organiser: String
    let periodFrom: String
    let periodTo: String
    let sample: String
    let seed: String
    let eligible: [String: [String]]
    let standard: ReviewStandard
    let status: String
    let files: [ReviewFileDTO]?
    let results: [ReviewAgencyResultDTO]?

    init(_ row: ReviewCampaignRow, files: [ReviewFileDTO]?, results: [ReviewAgencyResultDTO]?) {
        id = row.id
        name = row.name
        organiser = row.organisationName
        periodFrom = row.periodFrom
        periodTo = row.periodTo
        sample = row.sampleSize.text
        seed = row.seed
        eligible = row.eligible
        standard = row.standard
        status = row.status.rawValue
        self.files = files
        self.results = results
    }
}

struct ReviewFileDTO: Content {
    let id: UUID
    let caseID: UUID
    let caseReference: String
    let agencyID: UUID
    let agency: String
    let position: Int
    let stage: String
    let reviewer: String?
    let prefill: [ReviewPrefill]
    let results: [ReviewItemResult]
    let vetoed: Bool
    let score: Int?
    let grade: String?

    init(_ row: ReviewFileRow) {
        id = row.id
        caseID = row.caseID
        caseReference = row.caseReference
        agencyID = row.organisationID
        agency = row.organisationName
        position = row.position
        stage = row.stage.rawValue
        reviewer = row.reviewerName
        prefill = row.prefill
        results = row.results
        vetoed = row.vetoed
        score = row.stage == .pending ? nil : row.score
        grade = row.stage == .pending ? nil : row.grade?.label
    }
}

struct ReviewAgencyResultDTO: Content {
    let agencyID: UUID
    let agency: String
    let files: Int
    let submitted: Int
    let averageScore: Double?
    let passRate: Double?
    let vetoed: Int

    init(_ result: ReviewAgencyResult) {
        agencyID = result.organisationID
        agency = result.organisationName
        files = result.files
        submitted = result.submitted
        averageScore = result.averageScore
        passRate = result.passRate
        vetoed = result.vetoed
    }
}
