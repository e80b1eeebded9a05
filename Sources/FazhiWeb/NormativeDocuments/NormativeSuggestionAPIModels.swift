import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// A review suggestion as its receipt number shows it: never who sent it.
struct NormativeSuggestionTrackingDTO: Content {
    let receipt: String
    /// The page where it can be followed.
    let trackingURL: String
    let documentID: UUID
    let documentTitle: String
    let documentNumber: String?
    let filingBody: String?
    let receivedOn: CivilDate
    let dueOn: CivilDate
    let status: String
    let statusLabel: String
    let answer: String?
    let answeredOn: CivilDate?

    init(_ t: NormativeSuggestionTracking) {
        (receipt, trackingURL) = (t.receipt, "/documents/suggestions/\(t.receipt)")
        (documentID, documentTitle, documentNumber, filingBody) = (
            t.documentID, t.documentTitle, t.documentNumber, t.filingBodyName
        )
        (receivedOn, dueOn, status, statusLabel) = (t.receivedOn, t.dueOn, t.status.rawValue, t.status.label)
        (answer, answeredOn) = (t.answer, t.answeredOn)
    }
}

/// A review suggestion as the filing body reads it, with the sender's name and contact.
struct NormativeSuggestionDTO: Content {
    let id: UUID
    let tracking: NormativeSuggestionTrackingDTO
    let submittedAt: Date
    let name: String?
    let contact: String?
    let body: String
    let overdue: Bool
    let answeredBy: String?

    init(_ s: NormativeSuggestionRow, today: CivilDate) {
        (id, tracking, submittedAt) = (s.id, NormativeSuggestionTrackingDTO(s.tracking), s.submittedAt)
        (name, contact, body) = (s.name, s.contact, s.body)
        (overdue, answeredBy) = (s.isOverdue(on: today), s.answeredByName)
    }
}
