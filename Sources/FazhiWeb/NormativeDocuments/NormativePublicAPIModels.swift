import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// A published document as the public API returns it; `body` only for one document.
struct NormativePublicDocumentDTO: Content {
    let id: UUID
    let kind: String
    let kindLabel: String
    let title: String
    let documentNumber: String?
    let draftingBodyID: UUID
    let draftingBody: String
    let publishedOn: CivilDate?
    let effectiveOn: CivilDate?
    let expiresOn: CivilDate?
    /// 效力状态 today (有效, 尚未生效, 失效, 已废止).
    let status: String?
    let filingBody: String?
    /// Where filing and filing review stand, in plain words.
    let filingStatus: String
    let filedOn: CivilDate?
    let registeredOn: CivilDate?
    /// Whether review suggestions are taken (the document is filed).
    let acceptsSuggestions: Bool
    /// The document's entry in the law library (`/api/v1/laws/{lawWorkID}`), once it has one.
    let lawWorkID: Int?
    let body: String?

    init(_ d: NormativeDocumentRow, today: CivilDate, withBody: Bool = false) {
        (id, kind, kindLabel, title, documentNumber) = (d.id, d.kind.rawValue, d.kind.label, d.title, d.documentNumber)
        (draftingBodyID, draftingBody) = (d.organisationID, d.organisationName)
        (publishedOn, effectiveOn, expiresOn) = (d.publishedOn, d.effectiveOn, d.expiresOn)
        status = d.status(on: today)?.rawValue
        (filingBody, filingStatus, filedOn, registeredOn) = (
            d.filingOrganisationName, d.publicFilingStatus, d.filedOn, d.registeredOn
        )
        (acceptsSuggestions, lawWorkID) = (d.stage.isFiled, d.lawWorkID)
        body = withBody ? d.body : nil
    }
}

/// 备案目录 of a quarter.
struct NormativePublicCatalogueDTO: Content {
    let year: Int
    let quarter: Int
    let label: String
    let from: CivilDate
    let to: CivilDate
    let items: [NormativePublicDocumentDTO]
}

/// A draft open for comment (or just closed); `body` only for one draft.
struct NormativePublicDraftDTO: Content {
    let id: UUID
    let title: String
    let draftingBody: String
    let commentOpensOn: CivilDate?
    let commentClosesOn: CivilDate?
    let open: Bool
    /// Days after today still open (0: today is the last day); null when closed.
    let daysLeft: Int?
    let body: String?

    init(_ d: NormativeDocumentRow, today: CivilDate, withBody: Bool = false) {
        (id, title, draftingBody, commentOpensOn, commentClosesOn) = (
            d.id, d.title, d.organisationName, d.commentOpensOn, d.commentClosesOn
        )
        if case .open(_, let days) = d.publicCommentState(on: today) {
            (open, daysLeft) = (true, days)
        } else {
            (open, daysLeft) = (false, nil)
        }
        body = withBody ? d.body : nil
    }
}

/// The answer to a comment: stored, and how many the draft has received.
struct NormativePublicCommentReceiptDTO: Content {
    let documentID: UUID
    let count: Int
}
