import FazhiCore
import FazhiStore
import Vapor

extension Request {
    /// The supervision notices (督办) of the member's scope, acting as the member's organisation.
    func supervision(_ member: Accounts.Member) -> SupervisionRepository {
        SupervisionRepository(
            db: db, scope: member.scope, today: today, roles: member.user.roles, memberPath: member.organisation.path,
            calendar: calendar.calendar)
    }
}

/// The issue form as posted: where the notice comes from (alerts or a case) and the notice itself.
struct SupervisionNoticeForm: Content {
    var alert: [String]?
    var `case`: String?
    var kind: String?
    var findings: String?
    var requirement: String?
    var replyDays: String?

    var input: SupervisionNoticeInput {
        SupervisionNoticeInput(kind: kind, findings: findings, requirement: requirement, replyDays: replyDays)
    }

    var alertIDs: [UUID] { (alert ?? []).compactMap(UUID.init(uuidString:)) }
    var caseID: UUID? { `case`.flatMap(UUID.init(uuidString:)) }
}

/// A step as posted (multipart, so a reply carries its files).
struct SupervisionStepForm: Content {
    var action: String?
    var text: String?
    var files: [File]?

    var input: SupervisionStepInput { SupervisionStepInput(action: action, text: text) }

    /// The uploaded files that hold something (a browser sends an empty part for an empty file input).
    var evidence: [(name: String, content: Data)] {
        (files ?? []).filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }
            .map { (name: $0.filename, content: Data(buffer: $0.data)) }
    }
}
