import FazhiCore
import Foundation
import Vapor

/// The inspection record form as posted: every field as typed, so that a refused record is shown back as it was.
/// `clientId` is drawn when the form is shown, so that posting the same form twice records one inspection.
struct EnterpriseInspectionForm: Content {
    var body: String?
    var clientId: String?
    var matterCode: String?
    var creditCode: String?
    var enterpriseName: String?
    var date: String?
    /// Certificate numbers separated by commas, spaces or new lines.
    var officers: String?
    var kind: String?
    var result: String?

    /// An empty form for `body`, dated `today`, with a fresh client id.
    static func blank(body: UUID?, today: CivilDate) -> Self {
        Self(
            body: body?.uuidString, clientId: UUID().uuidString.lowercased(), matterCode: nil, creditCode: nil,
            enterpriseName: nil, date: today.iso, officers: nil, kind: EnterpriseInspectionKind.random.rawValue,
            result: nil)
    }

    var input: EnterpriseInspectionInput {
        EnterpriseInspectionInput(
            clientID: clientId, matterCode: matterCode, creditCode: creditCode, enterpriseName: enterpriseName,
            date: date,
            officers: (officers ?? "").split(whereSeparator: { ",，、; \n\r\t".contains($0) }).map(String.init),
            kind: kind, result: result)
    }
}
