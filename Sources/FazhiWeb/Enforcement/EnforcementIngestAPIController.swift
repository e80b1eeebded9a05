import FazhiCore
import FazhiStore
import Vapor

/// `POST /api/v1/enforcement/events`: the data exchange for agencies' own case systems (数据对接). A batch of up to
/// 1,000 events for one body, each answered in order with `applied`, `duplicate` (its event id was recorded before;
/// nothing changed) or `refused` (with the rule that refused it). Only `applied` and `duplicate` events are stored;
/// a sender retries the others after correcting them, and may resend a whole batch safely.
struct EnforcementIngestAPIController: RouteCollection {
    /// 1,000 events of a few hundred bytes each, with room for long facts and evidence lists.
    static let maximumBody: ByteCount = "8mb"

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("enforcement").on(.POST, "events", body: .collect(maxSize: Self.maximumBody), use: ingest)
    }

    @Sendable func ingest(req: Request) async throws -> EnforcementIngestResponse {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let request = try req.json(EnforcementIngestRequest.self)
        let outcomes = try await CaseIngest(cases: req.enforcementCases(member)).ingest(
            body: request.body ?? member.organisation.id, events: request.events, by: req.actor)
        var counts = (applied: 0, duplicates: 0, refused: 0)
        let results = zip(request.events, outcomes).map { event, outcome in
            switch outcome {
            case .applied(let caseID, let sequence, let stage, let alerts):
                counts.applied += 1
                return EnforcementIngestResponse.Result(
                    eventId: event.eventID, status: "applied", caseId: caseID, sequence: sequence,
                    stage: stage.rawValue, alerts: alerts.map(EnforcementFindingDTO.init))
            case .duplicate(let caseID, let sequence):
                counts.duplicates += 1
                return EnforcementIngestResponse.Result(
                    eventId: event.eventID, status: "duplicate", caseId: caseID, sequence: sequence)
            case .refused(let error):
                counts.refused += 1
                let problem = Problem(error)
                return EnforcementIngestResponse.Result(
                    eventId: event.eventID, status: "refused",
                    error: .init(
                        code: problem.code, message: problem.message,
                        fields: problem.fields.isEmpty ? nil : problem.fields))
            }
        }
        return EnforcementIngestResponse(
            results: results, applied: counts.applied, duplicates: counts.duplicates, refused: counts.refused)
    }
}
