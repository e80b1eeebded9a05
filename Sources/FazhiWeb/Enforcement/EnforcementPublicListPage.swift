import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/publicity`: the published penalty decisions (行政处罚决定公示), newest first, searchable by words and year.
enum EnforcementPublicListPage {
    /// The query string: `q`, `year`, `page`; a year that is not one is a field error.
    struct Query {
        var words: String?
        var yearText: String?
        var year: Int?
        /// The words as search terms (each at least two characters; see `LawSearchQuery`).
        var terms: LawSearchQuery?
        var page = 1
        var errors: [FieldError] = []

        init(_ req: Request) {
            words = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespaces)
            if words?.isEmpty == true { words = nil }
            words = words.map { String($0.prefix(100)) }
            if let words {
                do {
                    terms = try LawSearchQuery(parsing: words)
                } catch {
                    errors += error.fields
                }
            }
            yearText = (try? req.query.get(String.self, at: "year"))?.trimmingCharacters(in: .whitespaces)
            if let text = yearText, !text.isEmpty {
                if let year = Int(text), (1949...9999).contains(year) {
                    self.year = year
                } else {
                    errors.append(FieldError("year", "年份「\(text)」不正确，请填写四位数字的年份，如 2026"))
                }
            }
            page = InspectionFindingController.page(req)
        }

        func url(page: Int) -> String {
            var items: [String] = []
            if let words { items.append("q=\(LawSearchRequest.encode(words))") }
            if let year { items.append("year=\(year)") }
            if page > 1 { items.append("page=\(page)") }
            return items.isEmpty ? "/publicity" : "/publicity?" + items.joined(separator: "&")
        }
    }

    static func view(_ page: EnforcementPublicCatalogue.Page, query: Query, _ context: PageContext) -> PageHTML {
        let rows = page.rows
        let total = page.total
        return Layout.page(context, title: "行政处罚决定公示") {
            H1("行政处罚决定公示")
            Paragraph(
                "本级行政执法机关作出的行政处罚决定，自作出决定之日起七个工作日内公开。当事人是自然人的，其姓名、身份证号码、手机号码和住址已作遮蔽处理。决定被依法变更、撤销、确认违法或者确认无效的，公示信息撤回。"
            ).class("lead")
            Paragraph {
                Text("认为执法行为违法或者不当，或者发现违法行为的，可以")
                Link("投诉举报", url: "/complaints")
                Text("。")
            }
            Form(url: "/publicity", method: .get) {
                ErrorSummary(errors: query.errors)
                Div {
                    FormField(
                        label: "关键词", name: "q", value: query.words ?? "", hint: "当事人、执法事项、执法机关或决定书文号；至少两个字，多个词用空格分开",
                        errors: query.errors)
                    FormField(
                        label: "公示年份", name: "year", value: query.yearText ?? "", hint: "如 2026", errors: query.errors)
                }.class("filter-grid")
                Button("查询").attribute(named: "type", value: "submit").class("button")
            }.class("form filters").attribute(named: "role", value: "search")
            Paragraph(page.totalIsAtLeast ? "超过 \(total) 件，请增加关键词缩小范围" : "共 \(total) 件").class("result-count")
            if rows.isEmpty {
                Paragraph(query.words == nil && query.year == nil ? "尚未公示行政处罚决定。" : "没有符合条件的决定。").class("empty")
            } else {
                table(rows)
            }
            NormativeComponents.pager(page: query.page, total: total, perPage: EnforcementPublicController.pageSize) {
                query.url(page: $0)
            }
        }
    }

    private static func table(_ rows: [PublicationRow]) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("决定书文号")
                TableHeaderCell("当事人")
                TableHeaderCell("执法事项")
                TableHeaderCell("处罚")
                TableHeaderCell("执法机关")
                TableHeaderCell("公示日期")
            }
        ) {
            for row in rows {
                TableRow {
                    TableCell {
                        Link(row.decisionNumber.isEmpty ? "（无文号）" : row.decisionNumber, url: "/publicity/\(row.id)")
                    }
                    TableCell(row.party)
                    TableCell(row.matterName)
                    TableCell(EnforcementPublicDecisionPage.penalties(row))
                    TableCell(row.bodyName)
                    TableCell(row.publishedOn).class("mono")
                }
            }
        }.class("table")
    }
}
