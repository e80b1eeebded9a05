import FazhiCore
import FazhiStore
import SQLKit
import Vapor

// The enforcement repositories of a request beside `enforcementCases(_:)` and `enforcementPublicity(_:)`
// (Request+Member): the member's scope, or none for the public catalogue.
extension Request {
    /// Alerts (预警) in the member's scope.
    func enforcementAlerts(_ member: Accounts.Member) -> EnforcementAlertRepository {
        EnforcementAlertRepository(db: db, scope: member.scope)
    }

    /// The public catalogue of published penalty decisions (no login).
    var enforcementCatalogue: EnforcementPublicCatalogue { EnforcementPublicCatalogue(db: db as! any SQLDatabase) }
}
