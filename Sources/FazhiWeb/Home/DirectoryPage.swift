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

    static func view(_ page: DirectoryPage, _ context: PageContext) -> HTML {
        Layout.page(context, title: "机构名录") {
            H1("机构名录")
            Paragraph("共 \(page.rows.count) 个机构。").class("muted")
            Table(
                header: TableRow {
                    TableHeaderCell("机构名称")
                    TableHeaderCell("层级")
                    TableHeaderCell("类型")
                    TableHeaderCell("统一社会信用代码")
                }
            ) {
                for row in page.rows {
                    TableRow {
                        TableCell(row.org.name).class("depth-\(min(row.depth, 6))")
                        TableCell(page.levels[row.org.id] ?? "—")
                        TableCell(row.org.kind.label)
                        TableCell(row.org.creditCode ?? "—").class("mono")
                    }
                }
            }.class("table tree-table")
        }
    }
}
