import FazhiCore
import FazhiStore
import Vapor

/// Review suggestions over the API: sending one and following it by receipt number (public, no token), and the
/// filing body's inbox and answers (token of a 司法行政 user; suggestions addressed within its scope).
struct NormativeSuggestionAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let public_ = routes.grouped("documents", "suggestions")
        public_.post(use: submit)
        public_.get(":receipt", use: track)
        let inbox = routes.grouped("normative", "suggestions")
        inbox.get(use: list)
        inbox.post(":id", "answer", use: answer)
    }

    /// 201 with the receipt number; 404/409 for a document not published/not filed, 422 for the fields.
    @Sendable func submit(req: Request) async throws -> Response {
        let input = try req.json(NormativeSuggestionInput.self)
        let suggestion = try await req.throttledSubmission {
            try await req.normativeSuggestionDesk.submit(input, by: req.actor)
        }
        return try APIResponse.created(
            NormativeSuggestionTrackingDTO(suggestion), at: "/api/v1/documents/suggestions/\(suggestion.receipt)")
    }

    @Sendable func track(req: Request) async throws -> NormativeSuggestionTrackingDTO {
        NormativeSuggestionTrackingDTO(try await req.normativeSuggestionDesk.track(req.receiptParameter))
    }

    /// `?status=received|answered&page`, 100 a page: unanswered first, soonest due first.
    @Sendable func list(req: Request) async throws -> PageDTO<NormativeSuggestionDTO> {
        let member = try req.requireMember(anyOf: .justice)
        var status: NormativeSuggestionStatus?
        if let text = req.query[String.self, at: "status"], !text.isEmpty {
            status = NormativeSuggestionStatus(rawValue: text)
            if status == nil { throw DomainError.invalid("status", "status 应为 received（未答复）或 answered（已答复）") }
        }
        let page = min(max(1, (try? req.query.get(Int.self, at: "page")) ?? 1), 100_000)
        let perPage = NormativeSuggestionInboxPage.perPage
        let result = try await req.normativeSuggestions(member).list(
            status: status, limit: perPage, offset: (page - 1) * perPage)
        return PageDTO(
            items: result.rows.map { NormativeSuggestionDTO($0, today: req.today) }, total: result.total, page: page,
            perPage: perPage)
    }

    /// 200 with the answered suggestion; 409 when it was answered already.
    @Sendable func answer(req: Request) async throws -> NormativeSuggestionDTO {
        let member = try req.requireMember(anyOf: .justice)
        let answered = try await req.normativeSuggestions(member).answer(
            try req.idParameter(), try req.json(NormativeSuggestionAnswerInput.self), by: req.actor)
        return NormativeSuggestionDTO(answered, today: req.today)
    }
}
