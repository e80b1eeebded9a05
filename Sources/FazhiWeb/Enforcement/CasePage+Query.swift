import FazhiCore
import FazhiStore
import Vapor

extension CasePage.Model {
    /// The case of the request's `:id` as the member may see it: 404 outside the scope.
    static func query(_ req: Request, posted: Posted) async throws -> CasePage.Model {
        let member = try req.requireMember()
        let repository = req.enforcementCases(member)
        let row = try await repository.find(try req.idParameter())
        let deadline = row.facts.runningDeadline(calendar: req.calendar.calendar)
        return CasePage.Model(
            row: row, events: try await repository.events(of: row.id), deadline: deadline,
            actions: repository.availableActions(for: row),
            alerts: try await req.enforcementAlerts(member).list(
                EnforcementAlertFilter(open: nil, caseID: row.id, limit: 100)
            ).rows,
            publication: try await req.enforcementPublicity(member).publication(ofCase: row.id),
            handles: !member.user.roles.isDisjoint(with: CaseRepository.handlers),
            supervises: !member.user.roles.isDisjoint(with: SupervisionRepository.supervisors),
            transfers: try await req.transfers(member).list(TransferFilter(caseID: row.id, limit: 20)).rows,
            today: req.today,
            posted: posted)
    }
}
