import FazhiCore
import FazhiStore
import SQLKit
import Vapor

extension Request {
    private struct MemberKey: StorageKey { typealias Value = Accounts.Member }
    private struct SessionTokenKey: StorageKey { typealias Value = String }
    private struct CookiesKey: StorageKey { typealias Value = HTTPCookies }

    /// The request's cookies, parsed once: Vapor parses the header again on every `cookies` access, and the
    /// CSRF check, the session lookup and the flash message each read them.
    var parsedCookies: HTTPCookies {
        if let cookies = storage[CookiesKey.self] { return cookies }
        let cookies = self.cookies
        storage[CookiesKey.self] = cookies
        return cookies
    }

    /// The signed-in user, their organisation and scope, resolved once by `AuthenticationMiddleware`.
    var member: Accounts.Member? {
        get { storage[MemberKey.self] }
        set { storage[MemberKey.self] = newValue }
    }

    /// The cookie token of the current browser session, if any.
    var sessionToken: String? {
        get { storage[SessionTokenKey.self] }
        set { storage[SessionTokenKey.self] = newValue }
    }

    /// The signed-in user, or a 401 (pages: a redirect to the login page).
    func requireMember() throws -> Accounts.Member {
        guard let member else { throw DomainError.unauthenticated("请先登录") }
        return member
    }

    /// The signed-in user holding at least one of `roles`, or a 403.
    func requireMember(anyOf roles: Role...) throws -> Accounts.Member {
        let member = try requireMember()
        guard roles.contains(where: member.user.has) else {
            throw DomainError.forbidden("您的角色无权执行此操作（需要：\(roles.map(\.label).joined(separator: "或"))）")
        }
        return member
    }

    /// Who the audit trail names for writes made by this request.
    var actor: Actor {
        Actor(userID: member?.user.id, name: member?.user.displayName ?? "匿名", requestID: requestID)
    }

    var services: AppServices { application.services }

    var accounts: Accounts { Accounts(db: db, hasher: services.hasher) }
    var sessions: SessionStore { SessionStore(db: db) }

    // Repositories are built with the member's scope, so no query can leave it.
    func organisations(_ member: Accounts.Member) -> OrganisationRepository {
        OrganisationRepository(db: db, scope: member.scope)
    }
    func users(_ member: Accounts.Member) -> UserRepository {
        UserRepository(db: db, scope: member.scope, hasher: services.hasher)
    }
    func audit(_ member: Accounts.Member) -> AuditRepository { AuditRepository(db: db, scope: member.scope) }
    func tokens(_ member: Accounts.Member) -> ApiTokenRepository { ApiTokenRepository(db: db, scope: member.scope) }
    func deadlines(_ member: Accounts.Member) -> DeadlineRepository { DeadlineRepository(db: db, scope: member.scope) }
    func notifications(_ member: Accounts.Member) -> Notifications { Notifications(db: db, userID: member.user.id) }
    func taskLedger(_ member: Accounts.Member) -> TaskLedgerRepository {
        TaskLedgerRepository(db: db, scope: member.scope, today: today)
    }
    func annualReports(_ member: Accounts.Member) -> AnnualReportRepository {
        AnnualReportRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }
    func assessments(_ member: Accounts.Member) -> AssessmentRepository {
        AssessmentRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }
    func inspections(_ member: Accounts.Member) -> InspectionRepository {
        InspectionRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }
    func normativeSuggestions(_ member: Accounts.Member) -> NormativeSuggestionRepository {
        NormativeSuggestionRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }
    func normativeComments(_ member: Accounts.Member) -> NormativePublicCommentRepository {
        NormativePublicCommentRepository(db: db, scope: member.scope)
    }
    func normativeLocalRules(_ member: Accounts.Member) -> NormativeLocalRulesRepository {
        NormativeLocalRulesRepository(db: db, scope: member.scope, roles: member.user.roles)
    }
    func normativeExpiry(_ member: Accounts.Member) -> NormativeExpiryRepository {
        NormativeExpiryRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }
    func normativeCleanups(_ member: Accounts.Member) -> NormativeCleanupRepository {
        NormativeCleanupRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }
    func normativeStatistics(_ member: Accounts.Member) -> NormativeStatisticsRepository {
        NormativeStatisticsRepository(db: db, scope: member.scope, today: today)
    }

    /// The working-day calendar in force for this request.
    var calendar: VersionedCalendar { services.calendars.current }

    /// Today in China: statutory days are Beijing days.
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }

    /// The last day that counts as "due soon" today: the widest reminder lead time, in working days.
    var dueSoonUntil: CivilDate {
        calendar.calendar.addWorkdays(services.config.reminders.horizon, to: today)
    }

    /// Whether this request is for the JSON API (errors as JSON, token authentication).
    var isAPI: Bool { url.path.hasPrefix("/api/") }
}

extension Request {
    /// The `:id` path parameter; an id that is not a UUID names nothing, so it is a 404.
    func idParameter() throws -> UUID {
        guard let id = parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw DomainError.notFound("您访问的记录不存在")
        }
        return id
    }
}

extension Request {
    func normative(_ member: Accounts.Member) -> NormativeRepository {
        NormativeRepository(
            db: db, scope: member.scope, today: today, roles: member.user.roles, calendar: calendar.calendar)
    }
}

extension Request {
    func enforcementStatistics(_ member: Accounts.Member) -> EnforcementStatisticsRepository {
        EnforcementStatisticsRepository(db: db as! any SQLDatabase, scope: member.scope, today: today)
    }

    /// The region-wide figures the public statistics page shows.
    var publicEnforcementStatistics: EnforcementStatisticsRepository {
        EnforcementStatisticsRepository(db: db as! any SQLDatabase, scope: .system, today: today)
    }

    /// Inspections of enterprises (涉企检查) in the member's scope.
    func enterpriseInspections(_ member: Accounts.Member) -> EnterpriseInspectionRepository {
        EnterpriseInspectionRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }

    func enforcementCases(_ member: Accounts.Member) -> CaseRepository {
        CaseRepository(
            db: db, scope: member.scope, today: today, roles: member.user.roles, calendar: calendar.calendar)
    }

    func caseFileReviews(_ member: Accounts.Member) -> CaseFileReviewRepository {
        CaseFileReviewRepository(
            db: db, scope: member.scope, today: today, roles: member.user.roles, calendar: calendar.calendar)
    }

    func enforcementPublicity(_ member: Accounts.Member) -> EnforcementPublicity {
        EnforcementPublicity(db: db, scope: member.scope, today: today, calendar: calendar.calendar)
    }
}
