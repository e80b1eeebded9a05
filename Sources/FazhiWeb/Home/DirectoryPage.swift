import FazhiCore
import FazhiStore
import Fluent
import Plot

/// 机构名录: the public list of active organisations, as a tree.
struct DirectoryPage {
    let rows: [(org: Organisation, depth: Int)]
    let levels: [Organisation.ID: String]

    static func query(on db: any Database, preset: LevelPreset) async throws -> DirectoryPage {
        let orgs = try await OrganisationRepository(db: db, scope: .system).list(includeInactive: false)
        return DirectoryPage(
            rows: OrganisationTree.sorted(orgs), levels: OrganisationTree.levelNames(orgs, preset: preset))
    }

    static func view(_ page: DirectoryPage, _ context: PageContext) -> PageHTML {
        Layout.page(
            context, title: "机构名录",
            body: .group(
                .h1(.safe("机构名录")),
                .p(.class("muted"), .safe("共 \(page.rows.count) 个机构。")),
                .table(
                    .class("table tree-table"),
                    .thead(.tr(.th(.safe("机构名称")), .th(.safe("层级")), .th(.safe("类型")), .th(.safe("统一社会信用代码")))),
                    .tbody(
                        .forEach(page.rows) { row in
                            .tr(
                                .td(.class("depth-\(min(row.depth, 6))"), .safe(row.org.name)),
                                .td(.safe(page.levels[row.org.id] ?? "—")),
                                .td(.safe(row.org.kind.label)),
                                .td(.class("mono"), .safe(row.org.creditCode ?? "—")))
                        }))
            ))
    }
}
