import FazhiCore
import FazhiStore
import Vapor

extension Request {
    /// The complaints (投诉举报) of the member's scope, acting as the member's organisation.
    func complaints(_ member: Accounts.Member) -> ComplaintRepository {
        ComplaintRepository(
            db: db, scope: member.scope, today: today, roles: member.user.roles, memberPath: member.organisation.path,
            calendar: calendar.calendar)
    }

    /// The public complaints desk: no login.
    var complaintDesk: ComplaintDesk { ComplaintDesk(db: db, today: today, calendar: calendar.calendar) }
}

/// The public form as posted (and as re-shown after a refusal).
struct ComplaintForm: Content {
    var bodyID: String?
    var kind: String?
    var narrative: String?
    var decisionNumber: String?
    var name: String?
    var mobile: String?
    var anonymous: String?

    var input: ComplaintInput {
        ComplaintInput(
            bodyID: bodyID, kind: kind, narrative: narrative, decisionNumber: decisionNumber, name: name,
            mobile: mobile, anonymous: anonymous)
    }
}

/// The complainant's view as posted, with the number and code that open the complaint.
struct ComplaintFeedbackForm: Content {
    var number: String?
    var code: String?
    var rating: String?
    var comment: String?

    var input: ComplaintFeedbackInput { ComplaintFeedbackInput(rating: rating, comment: comment) }
}

/// A step as posted from the workbench page.
struct ComplaintStepForm: Content {
    var action: String?
    var text: String?
    var target: String?

    var input: ComplaintStepInput { ComplaintStepInput(action: action, text: text, target: target) }
}
