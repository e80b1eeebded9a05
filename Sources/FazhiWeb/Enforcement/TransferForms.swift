import FazhiCore
import FazhiStore
import Vapor

extension Request {
    /// The transfers of suspected crimes (两法衔接) of the member's scope — a procuratorate's is its government's
    /// subtree (`Scope.transfers`) —, acting as the member's organisation.
    func transfers(_ member: Accounts.Member) async throws -> TransferRepository {
        let scope = try await TransferRepository.scope(
            organisation: member.organisation.path, roles: member.user.roles, fallback: member.scope, on: db)
        return TransferRepository(
            db: db, scope: scope, today: today, roles: member.user.roles, memberPath: member.organisation.path,
            memberOrganisationID: member.organisation.id, calendar: calendar.calendar)
    }
}

/// The report form as posted: the case it comes from (if any) and the report.
struct TransferReportForm: Content {
    var `case`: String?
    var subject: String?
    var party: String?
    var offence: String?
    var facts: String?
    var police: String?
    var members: String?
    var reportedOn: String?

    var input: TransferInput {
        TransferInput(
            subject: subject, party: party, offence: offence, facts: facts, police: police, members: members,
            reportedOn: reportedOn)
    }

    var caseID: UUID? { `case`.flatMap(UUID.init(uuidString:)) }
}

/// A step as posted.
struct TransferStepForm: Content {
    var action: String?
    var date: String?
    var time: String?
    var document: String?
    var note: String?

    var input: TransferStepInput {
        TransferStepInput(action: action, date: date, time: time, document: document, note: note)
    }
}

/// A procuratorate's opinion as posted.
struct TransferOpinionForm: Content {
    var text: String?
}
