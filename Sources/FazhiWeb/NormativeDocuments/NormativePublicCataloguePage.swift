import FazhiCore
import FazhiStore
import Fluent
import Foundation
import Plot

/// `/documents`: the published normative documents and government rules (规范性文件公开目录), filterable by title
/// words, drafting body, status and year of publication.
struct NormativePublicCataloguePage {
    let request: NormativePublicRequest
    let rows: [NormativeDocumentRow]
    let total: Int
    let draftingBodies: [(id: UUID, name: String)]
    let today: CivilDate

    static func query(_ request: NormativePublicRequest, catalogue: NormativePublicCatalogue) async throws
        -> NormativePublicCataloguePage
    {
        let result = try await catalogue.documents(request.filter)
        return NormativePublicCataloguePage(
            request: request, rows: result.rows, total: result.total,
            draftingBodies: try await catalogue.draftingBodies(), today: catalogue.today)
    }

    static func view(_ page: NormativePublicCataloguePage, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "规范性文件") {
            H1("规范性文件")
            Paragraph("本级政府及其部门公布的行政规范性文件和政府规章。效力状态按今天（\(page.today.iso)）计算。").class("lead")
            Paragraph {
                Link("正在征求意见的草案", url: "/documents/drafts")
                Text("　·　")
                Link("备案目录（按季度）", url: "/documents/catalogue")
                Text("　·　")
                Link("查询审查建议办理情况", url: "/documents/suggestions")
            }
            filterForm(page)
            Paragraph("共 \(page.total) 件").class("result-count")
            if page.rows.isEmpty {
                Paragraph(page.request.raw.isEmpty ? "尚未公布规范性文件。" : "没有符合条件的文件。").class("empty")
            } else {
                table(page)
            }
            NormativeComponents.pager(
                page: page.request.page, total: page.total, perPage: NormativePublicRequest.perPage,
                link: { page.request.link(page: $0) })
        }
    }

    private static func filterForm(_ page: NormativePublicCataloguePage) -> Component {
        let raw = page.request.raw
        let errors = page.request.errors
        return Form(url: "/documents", method: .get) {
            ErrorSummary(errors: errors)
            Div {
                FormField(label: "标题关键词", name: "q", value: raw["q"] ?? "", hint: "多个词用空格分开，须同时出现", errors: errors)
                SelectField(
                    label: "制定机关", name: "organisation",
                    options: page.draftingBodies.map { ($0.id.uuidString, $0.name) }, selected: raw["organisation"],
                    errors: errors, emptyTitle: "全部")
                SelectField(
                    label: "效力状态", name: "status", options: LawStatus.allCases.map { ($0.rawValue, $0.rawValue) },
                    selected: raw["status"], errors: errors, emptyTitle: "全部")
                FormField(label: "公布年份", name: "year", value: raw["year"] ?? "", hint: "如 2026", errors: errors)
            }.class("filter-grid")
            Button("筛选").attribute(named: "type", value: "submit").class("button")
        }.class("form filters").attribute(named: "role", value: "search")
    }

    private static func table(_ page: NormativePublicCataloguePage) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("文件名称")
                TableHeaderCell("文号")
                TableHeaderCell("制定机关")
                TableHeaderCell("公布日期")
                TableHeaderCell("施行日期")
                TableHeaderCell("效力状态")
            }
        ) {
            for row in page.rows {
                TableRow {
                    TableCell { Link(row.title, url: "/documents/\(row.id)") }
                    TableCell(NormativeComponents.number(row))
                    TableCell(row.organisationName)
                    TableCell(NormativeComponents.day(row.publishedOn)).class("mono")
                    TableCell(NormativeComponents.day(row.effectiveOn)).class("mono")
                    TableCell { NormativeComponents.status(row.status(on: page.today)) }
                }
            }
        }.class("table")
    }
}
