import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/assessments`: everything the 考核评价 pages do, for systems that integrate, scoped the same way.
struct AssessmentAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let assessments = routes.grouped("assessments")
        assessments.get("metrics", use: metrics)
        assessments.get("systems", use: systems)
        assessments.post("systems", use: createSystem)
        assessments.get("systems", ":id", use: system)
        assessments.put("systems", ":id", use: updateSystem)
        assessments.get("rounds", use: rounds)
        assessments.post("rounds", use: createRound)
        assessments.get("rounds", ":id", use: round)
        assessments.post("rounds", ":id", "status", use: move)
        let unit = assessments.grouped("rounds", ":id", "units", ":unit")
        unit.get(use: scorecard)
        unit.on(.POST, "self", body: .collect(maxSize: UploadLimit.maximum), use: selfAssess)
        unit.post("submit", use: submit)
        unit.post("review", use: review)
        unit.post("decision", use: decide)
        unit.get("figures", ":code", use: figure)
    }

    @Sendable func metrics(req: Request) async throws -> [AssessmentMetricDTO] {
        _ = try req.requireMember()
        return AssessmentMetric.catalogue.map(AssessmentMetricDTO.init)
    }

    @Sendable func systems(req: Request) async throws -> [IndicatorSystemDTO] {
        try await req.assessments(try req.requireMember()).systems().map(IndicatorSystemDTO.init)
    }

    @Sendable func createSystem(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let system = try req.json(IndicatorSystemRequest.self).system()
        let saved = try await req.assessments(member).saveSystem(system, office: member.organisation.id, by: req.actor)
        return try APIResponse.created(IndicatorSystemDTO(saved), at: "/api/v1/assessments/systems/\(saved.id)")
    }

    @Sendable func system(req: Request) async throws -> IndicatorSystemDTO {
        IndicatorSystemDTO(try await req.assessments(try req.requireMember()).system(try req.idParameter()))
    }

    @Sendable func updateSystem(req: Request) async throws -> IndicatorSystemDTO {
        let member = try req.requireMember()
        let system = try req.json(IndicatorSystemRequest.self).system()
        return IndicatorSystemDTO(
            try await req.assessments(member).saveSystem(
                system, id: try req.idParameter(), office: member.organisation.id, by: req.actor))
    }

    @Sendable func rounds(req: Request) async throws -> [AssessmentRoundDTO] {
        try await req.assessments(try req.requireMember()).rounds().map { AssessmentRoundDTO($0) }
    }

    struct RoundRequest: Content {
        let title: String?
        let systemID: String?
        let year: Int?
        let unitIDs: [String]?
    }

    @Sendable func createRound(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let body = try req.json(RoundRequest.self)
        let round = try await req.assessments(member).createRound(
            AssessmentRoundInput(
                title: body.title ?? "", systemID: body.systemID ?? "", year: body.year.map(String.init) ?? "",
                unitIDs: body.unitIDs ?? []), office: member.organisation.id, by: req.actor)
        return try APIResponse.created(AssessmentRoundDTO(round), at: "/api/v1/assessments/rounds/\(round.id)")
    }

    @Sendable func round(req: Request) async throws -> AssessmentRoundDTO {
        let assessments = req.assessments(try req.requireMember())
        let round = try await assessments.round(try req.idParameter())
        return AssessmentRoundDTO(round, results: try await assessments.results(of: round))
    }

    struct StatusRequest: Content { let status: String }

    @Sendable func move(req: Request) async throws -> AssessmentRoundDTO {
        let assessments = req.assessments(try req.requireMember())
        let text = try req.json(StatusRequest.self).status
        guard let next = AssessmentRoundStatus(rawValue: text) else {
            throw DomainError.invalid("status", "未知的考核阶段（self_assessment、review、published）")
        }
        let round = try await assessments.move(try req.idParameter(), to: next, by: req.actor)
        return AssessmentRoundDTO(round, results: try await assessments.results(of: round))
    }

    private func unitID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("unit").flatMap(UUID.init(uuidString:)) else {
            throw DomainError.notFound("您访问的记录不存在")
        }
        return id
    }

    @Sendable func scorecard(req: Request) async throws -> AssessmentScorecardDTO {
        let assessments = req.assessments(try req.requireMember())
        return AssessmentScorecardDTO(try await assessments.scorecard(try req.idParameter(), unit: try unitID(req)))
    }

    struct SelfRequest: Content {
        let code: String
        let points: String?
        let comment: String?
        let files: [Base64File]?
    }

    @Sendable func selfAssess(req: Request) async throws -> AssessmentScorecardDTO {
        let assessments = req.assessments(try req.requireMember())
        let body = try req.json(SelfRequest.self)
        return AssessmentScorecardDTO(
            try await assessments.selfAssess(
                try req.idParameter(), unit: try unitID(req), code: body.code, points: body.points ?? "",
                comment: body.comment ?? "", files: try Base64File.decode(body.files), by: req.actor))
    }

    @Sendable func submit(req: Request) async throws -> AssessmentScorecardDTO {
        let assessments = req.assessments(try req.requireMember())
        return AssessmentScorecardDTO(
            try await assessments.submit(try req.idParameter(), unit: try unitID(req), by: req.actor))
    }

    struct ReviewRequest: Content {
        let code: String
        let points: String?
        let notApplicable: Bool?
        let comment: String?
    }

    @Sendable func review(req: Request) async throws -> AssessmentScorecardDTO {
        let assessments = req.assessments(try req.requireMember())
        let body = try req.json(ReviewRequest.self)
        let decision: ReviewDecision
        if body.notApplicable == true {
            decision = .notApplicable(comment: body.comment ?? "")
        } else if let points = body.points.flatMap({ Points($0) }) {
            decision = .points(points, comment: body.comment ?? "")
        } else {
            throw DomainError.invalid("points", "请填写审核得分（最多两位小数），或认定不适用")
        }
        return AssessmentScorecardDTO(
            try await assessments.review(
                try req.idParameter(), unit: try unitID(req), code: body.code, decision: decision, by: req.actor))
    }

    @Sendable func decide(req: Request) async throws -> AssessmentScorecardDTO {
        let assessments = req.assessments(try req.requireMember())
        let text = try req.json(StatusRequest.self).status
        guard let next = UnitAssessmentStatus(rawValue: text) else {
            throw DomainError.invalid("status", "未知的单位状态（returned、reviewed）")
        }
        return AssessmentScorecardDTO(
            try await assessments.decide(try req.idParameter(), unit: try unitID(req), next, by: req.actor))
    }

    struct FigureDTO: Content {
        struct Record: Content {
            let title: String
            let path: String
            let met: Bool
        }
        let metric: AssessmentMetricDTO
        let value: MetricValue?
        let records: [Record]
    }

    @Sendable func figure(req: Request) async throws -> FigureDTO {
        let assessments = req.assessments(try req.requireMember())
        let code = req.parameters.get("code") ?? ""
        let drill = try await assessments.figureRecords(try req.idParameter(), unit: try unitID(req), code: code)
        return FigureDTO(
            metric: AssessmentMetricDTO(drill.metric), value: drill.card.figures[code]?.value,
            records: drill.records.map { FigureDTO.Record(title: $0.title, path: $0.path, met: $0.met) })
    }
}
