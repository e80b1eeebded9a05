import FazhiCore
import FazhiStore
import SQLKit
import Vapor

// The enforcement repositories of a request, built like `normative(_:)`: the member's scope and roles, today in
// Beijing, and the working-day calendar in force.
extension Request {
    /// Penalty cases (行政处罚案件) in the member's scope.
    func cases(_ member: Accounts.Member) -> CaseRepository {
        CaseRepository(db: db, scope: member.scope, today: today, roles: member.user.roles, calendar: calendar.calendar)
    }

    /// Alerts (预警) in the member's scope.
    func enforcementAlerts(_ member: Accounts.Member) -> EnforcementAlertRepository {
        EnforcementAlertRepository(db: db, scope: member.scope)
    }

    /// Publishing and withdrawing the decisions of cases in the member's scope (执法公示).
    func enforcementPublicity(_ member: Accounts.Member) -> EnforcementPublicity {
        EnforcementPublicity(db: db, scope: member.scope, today: today, calendar: calendar.calendar)
    }

    /// The public catalogue of published penalty decisions (no login).
    var enforcementCatalogue: EnforcementPublicCatalogue { EnforcementPublicCatalogue(db: db as! any SQLDatabase) }
}
