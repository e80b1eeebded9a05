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
        let page = try await WorkbenchPage.query(for: member, on: req.db, hasher: req.services.hasher)
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

    static func query(for member: Accounts.Member, on db: any Database, hasher: PasswordHashing) async throws
        -> WorkbenchPage
    {
        let orgs = OrganisationRepository(db: db, scope: member.scope)
        let root = try await OrganisationRepository(db: db, scope: .system).find(member.scope.root.ids.last!)
        let seesAudit = member.user.has(.admin) || member.user.has(.justice)
        return WorkbenchPage(
            member: member, scopeRoot: root, organisationCount: try await orgs.count(),
            userCount: try await UserRepository(db: db, scope: member.scope, hasher: hasher).count(),
            recentChanges: seesAudit
                ? try await AuditRepository(db: db, scope: member.scope).list(perPage: 8).entries : nil,
            jobs: member.user.has(.admin) ? try await JobQueue(db: db).counts() : nil)
    }

    static func view(_ page: WorkbenchPage, _ context: PageContext) -> HTML {
        Layout.page(context, title: "工作台") {
            H1("工作台")
            Paragraph {
                Text("\(page.member.user.displayName)，您好。您属于 \(page.member.organisation.name)，角色：")
                Text(page.member.user.roles.sorted().map(\.label).joined(separator: "、"))
                Text("。")
            }.class("lead")
            Div {
                Div {
                    H2("管辖范围")
                    Paragraph(page.scopeRoot.name).class("stat-title")
                    Paragraph("可查看本机构及其下级的数据").class("muted")
                }.class("card")
                Div {
                    H2("机构")
                    Paragraph("\(page.organisationCount)").class("stat")
                    Paragraph("管辖范围内的机构数").class("muted")
                }.class("card")
                Div {
                    H2("用户")
                    Paragraph("\(page.userCount)").class("stat")
                    Paragraph("管辖范围内的账号数").class("muted")
                }.class("card")
            }.class("card-grid")
            if let jobs = page.jobs {
                H2("后台任务")
                Paragraph {
                    Text(
                        "排队 \(jobs["queued", default: 0]) · 执行中 \(jobs["running", default: 0]) · 已完成 \(jobs["done", default: 0]) · "
                    )
                    Badge(text: "失败 \(jobs["failed", default: 0])", tone: jobs["failed", default: 0] > 0 ? .bad : .good)
                }
            }
            if let changes = page.recentChanges {
                H2("最近变更")
                if changes.isEmpty {
                    Paragraph("暂无变更记录。").class("muted")
                } else {
                    AuditTable(entries: changes)
                    Paragraph { Link("查看全部审计日志", url: "/admin/audit") }
                }
            }
        }
    }
}
