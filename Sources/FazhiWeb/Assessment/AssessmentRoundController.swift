import FazhiCore
import FazhiStore
import Vapor

/// One round: its units with their status, scores and ranking; moving it through its stages; a unit's scorecard
/// with its self-assessment and the review; and every automatic figure opened to the records it counts.
struct AssessmentRoundController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let rounds = routes.grouped("assessments", "rounds")
        rounds.get(":id", use: show)
        rounds.post(":id", "status", use: move)
        let unit = rounds.grouped(":id", "units", ":unit")
        unit.get(use: scorecard)
        unit.on(.POST, "self", body: .collect(maxSize: UploadLimit.maximum), use: selfAssess)
        unit.post("submit", use: submit)
        unit.post("review", use: review)
        unit.post("decision", use: decide)
        unit.get("figures", ":code", use: figure)
        unit.get("evidence", ":sha256", use: evidence)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let assessments = req.assessments(member)
        let round = try await assessments.round(try req.idParameter())
        let results = try await assessments.results(of: round)
        let context = PageContext(req)
        return Layout.response(
            AssessmentRoundPage.view(
                round, results: results, mayDecide: assessments.mayAssess && round.ownRound, context),
            context: context)
    }

    @Sendable func move(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let text = (try? req.content.get(String.self, at: "status")) ?? ""
        guard let next = AssessmentRoundStatus(rawValue: text) else { throw DomainError.invalid("status", "未知的考核阶段") }
        _ = try await req.assessments(member).move(id, to: next, by: req.actor)
        return Flash.redirect(req, to: "/assessments/rounds/\(id)", message: "考核已进入「\(next.label)」阶段。")
    }

    private func unitID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("unit").flatMap(UUID.init(uuidString:)) else {
            throw DomainError.notFound("您访问的记录不存在")
        }
        return id
    }

    private func unitPath(_ req: Request) throws -> String {
        "/assessments/rounds/\(try req.idParameter())/units/\(try unitID(req))"
    }

    @Sendable func scorecard(req: Request) async throws -> Response {
        try await render(req, errors: [])
    }

    @Sendable func selfAssess(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let code = (try? req.content.get(String.self, at: "code")) ?? ""
        let files = ((try? req.content.get([File].self, at: "files")) ?? [])
            .filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }
            .map { (name: $0.filename, content: Data(buffer: $0.data)) }
        do {
            _ = try await req.assessments(member).selfAssess(
                try req.idParameter(), unit: try unitID(req), code: code,
                points: (try? req.content.get(String.self, at: "points")) ?? "",
                comment: (try? req.content.get(String.self, at: "comment")) ?? "", files: files, by: req.actor)
            return Flash.redirect(req, to: try unitPath(req) + "#i-\(code)", message: "已保存指标 \(code) 的自评。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let member = try req.requireMember()
        do {
            _ = try await req.assessments(member).submit(try req.idParameter(), unit: try unitID(req), by: req.actor)
            return Flash.redirect(req, to: try unitPath(req), message: "已提交自评，等待审核。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func review(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let code = (try? req.content.get(String.self, at: "code")) ?? ""
        let comment = (try? req.content.get(String.self, at: "comment")) ?? ""
        let pointsText = ((try? req.content.get(String.self, at: "points")) ?? "").trimmingCharacters(in: .whitespaces)
        do {
            let decision: ReviewDecision
            if (try? req.content.get(String.self, at: "notApplicable")) == "1" {
                decision = .notApplicable(comment: comment)
            } else if let points = Points(pointsText) {
                decision = .points(points, comment: comment)
            } else {
                throw DomainError.invalid("\(code).review", "请填写审核得分（最多两位小数），或认定不适用")
            }
            _ = try await req.assessments(member).review(
                try req.idParameter(), unit: try unitID(req), code: code, decision: decision, by: req.actor)
            return Flash.redirect(req, to: try unitPath(req) + "#i-\(code)", message: "已保存指标 \(code) 的审核评分。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let text = (try? req.content.get(String.self, at: "status")) ?? ""
        guard let next = UnitAssessmentStatus(rawValue: text) else { throw DomainError.invalid("status", "未知的单位状态") }
        _ = try await req.assessments(member).decide(try req.idParameter(), unit: try unitID(req), next, by: req.actor)
        return Flash.redirect(req, to: try unitPath(req), message: "单位状态已改为「\(next.label)」。")
    }

    @Sendable func figure(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let code = req.parameters.get("code") ?? ""
        let drill = try await req.assessments(member).figureRecords(
            try req.idParameter(), unit: try unitID(req), code: code)
        let context = PageContext(req)
        return Layout.response(
            AssessmentFigurePage.view(drill.card, code: code, metric: drill.metric, records: drill.records, context),
            context: context)
    }

    @Sendable func evidence(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let sha256 = req.parameters.get("sha256") ?? ""
        let assessments = req.assessments(member)
        let card = try await assessments.scorecard(try req.idParameter(), unit: try unitID(req))
        guard let file = card.entries.values.flatMap(\.evidence).first(where: { $0.sha256 == sha256 }) else {
            throw DomainError.notFound("佐证材料不存在，或不在您的管辖范围内")
        }
        let content = try await assessments.evidenceContent(sha256)
        return Download.response(content, name: file.name, type: "application/octet-stream")
    }

    private func render(_ req: Request, errors: [FieldError], status: HTTPResponseStatus = .ok) async throws -> Response
    {
        let member = try req.requireMember()
        let assessments = req.assessments(member)
        let card = try await assessments.scorecard(try req.idParameter(), unit: try unitID(req))
        let context = PageContext(req)
        return Layout.response(
            AssessmentScorecardPage.view(
                card, mayReview: assessments.mayAssess && card.round.ownRound, errors: errors, context),
            context: context, status: status)
    }
}
