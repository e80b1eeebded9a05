import FazhiCore
import FazhiStore
import Fluent
import Plot
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
        let page = try await WorkbenchPage.query(for: member, on: req.db)
        return Layout.response(WorkbenchPage.view(page, context), context: context)
    }
}

struct WorkbenchPage {
    let member: Accounts.Member
    let scopeRoot: Organisation
    let organisationCount: Int
    let userCount: Int
    let recentChanges: [AuditEntry]?
    let jobs: [String: Int]?

    static func query(for member: Accounts.Member, on db: any Database) async throws -> WorkbenchPage {
        let summary = try await ScopeSummary.of(member.scope, on: db)
        let seesAudit = member.user.has(.admin) || member.user.has(.justice)
        return WorkbenchPage(
            member: member, scopeRoot: member.scopeRoot, organisationCount: summary.organisations,
            userCount: summary.users,
            recentChanges: seesAudit ? try await AuditRepository(db: db, scope: member.scope).recent(limit: 8) : nil,
            jobs: member.user.has(.admin) ? try await JobQueue(db: db).counts() : nil)
    }

    static func view(_ page: WorkbenchPage, _ context: PageContext) -> HTML {
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
                        .p(.class("muted"), .safe("管辖范围内的账号数")))
                ),
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
}
