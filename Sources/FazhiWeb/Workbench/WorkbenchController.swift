import FazhiCore
import FazhiStore
import Fluent
import Plot
import SQLKit
import Vapor

/// 工作台: the first page after sign-in.
struct WorkbenchController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("workbench", use: workbench)
    }

    /// The user's scope at a glance, recent changes in it, and (for administrators) the job queue.
    @Sendable func workbench(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let context = PageContext(req)
        let calendar = req.calendar.calendar
        let horizon = req.services.config.reminders.horizon
        let page = try await WorkbenchPage.query(
            for: member, today: req.today, until: req.dueSoonUntil, on: req.db)
        return Layout.response(
            WorkbenchPage.view(page, calendar: calendar, horizon: horizon, context), context: context)
    }
}

struct WorkbenchPage {
    let member: Accounts.Member
    let scopeRoot: Organisation
    let organisationCount: Int
    let userCount: Int
    let recentChanges: [AuditSummary]?
    let jobs: [String: Int]?
    /// The user's own deadlines that are overdue or due soon.
    let attention: [DeadlineDue]
    let unreadNotifications: Int
    let today: CivilDate

    static func query(for member: Accounts.Member, today: CivilDate, until: CivilDate, on db: any Database)
        async throws -> WorkbenchPage
    {
        let figures = try await WorkbenchFigures.of(
            member.scope, userID: member.user.id, until: until, withJobs: member.user.has(.admin),
            withAudit: member.user.has(.admin) || member.user.has(.justice), on: db as! any SQLDatabase)
        return WorkbenchPage(
            member: member, scopeRoot: member.scopeRoot, organisationCount: figures.organisations,
            userCount: figures.users, recentChanges: figures.recentChanges, jobs: figures.jobs,
            attention: figures.attention, unreadNotifications: figures.unreadNotifications, today: today)
    }

    static func view(_ page: WorkbenchPage, calendar: HolidayCalendar, horizon: Int, _ context: PageContext) -> PageHTML
    {
        let roles = page.member.user.roles.sorted().map(\.label).joined(separator: "、")
        return Layout.page(
            context, title: "工作台",
            body: .group(
                .h1(.safe("工作台")),
                .p(
                    .class("lead"),
                    .safe("\(page.member.user.displayName)，您好。您属于 \(page.member.organisation.name)，角色：\(roles)。")),
                .div(
                    .class("card-grid"),
                    .div(
                        .class("card"), .h2(.safe("管辖范围")), .p(.class("stat-title"), .safe(page.scopeRoot.name)),
                        .p(.class("muted"), .safe("可查看本机构及其下级的数据"))),
                    .div(
                        .class("card"), .h2(.safe("机构")), .p(.class("stat"), .safe("\(page.organisationCount)")),
                        .p(.class("muted"), .safe("管辖范围内的机构数"))),
                    .div(
                        .class("card"), .h2(.safe("用户")), .p(.class("stat"), .safe("\(page.userCount)")),
                        .p(.class("muted"), .safe("管辖范围内的账号数"))),
                    .div(
                        .class("card"), .h2(.a(.href("/notifications"), .safe("未读通知"))),
                        .p(.class("stat"), .safe("\(page.unreadNotifications)")),
                        .p(.class("muted"), .safe("期限调整、即将届满和逾期提醒")))
                ),
                .h2(.safe("我的待办期限")),
                page.attention.isEmpty
                    ? .p(.class("muted"), .safe("没有逾期或即将届满的期限。"), .a(.href("/deadlines"), .safe("查看全部期限")))
                    : .group(
                        attentionTable(page, calendar: calendar, horizon: horizon),
                        .p(.a(.href("/deadlines"), .safe("查看全部期限")))),
                .unwrap(page.jobs) { jobs in
                    let failed = jobs["failed", default: 0]
                    return .group(
                        .h2(.safe("后台任务")),
                        .p(
                            .safe(
                                "排队 \(jobs["queued", default: 0]) · 执行中 \(jobs["running", default: 0]) · 已完成 \(jobs["done", default: 0]) · "
                            ),
                            .span(.class("badge badge-\(failed > 0 ? "bad" : "good")"), .safe("失败 \(failed)"))))
                },
                .unwrap(page.recentChanges) { changes in
                    .group(
                        .h2(.safe("最近变更")),
                        changes.isEmpty
                            ? .p(.class("muted"), .safe("暂无变更记录。"))
                            : .group(
                                AuditTable.node(entries: changes),
                                .p(.a(.href("/admin/audit"), .safe("查看全部审计日志")))))
                }
            ))
    }

    static func attentionTable(_ page: WorkbenchPage, calendar: HolidayCalendar, horizon: Int) -> Node<
        HTML.BodyContext
    > {
        .table(
            .class("table"),
            .thead(.tr(.th(.safe("事项")), .th(.safe("届满日")), .th(.safe("状态")))),
            .tbody(
                .forEach(page.attention) { d in
                    let (standing, tone) = DeadlineStanding.of(
                        due: d.due, today: page.today, calendar: calendar, horizon: horizon)
                    return .tr(
                        .td(.a(.href("/deadlines/\(d.id)"), .safe(d.subject))),
                        .td(
                            .class("mono"), .safe(d.due?.iso ?? "—"),
                            .if(d.provisional, .span(.class("badge badge-warn"), .safe("暂定")))),
                        .td(.span(.class("badge badge-\(tone.rawValue)"), .safe(standing))))
                }))
    }
}
