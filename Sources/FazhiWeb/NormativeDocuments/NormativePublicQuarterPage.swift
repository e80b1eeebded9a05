import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/documents/catalogue?year=&quarter=`: 备案目录, the documents registered for filing (备案登记) in a quarter, in
/// the order of registration, as filing bodies publish it each quarter; with its spreadsheet.
enum NormativePublicQuarterPage {
    static func view(
        _ quarter: NormativePublicQuarter, rows: [NormativeDocumentRow], raw: [String: String], errors: [FieldError],
        today: CivilDate, _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "备案目录 \(quarter.label)") {
            Paragraph { Link("← 规范性文件", url: "/documents") }
            H1("规范性文件备案目录　\(quarter.label)")
            Paragraph("\(quarter.first.iso) 至 \(quarter.last.iso) 予以备案登记的规范性文件和规章，按备案登记日期排列。").class("lead")
            Form(url: "/documents/catalogue", method: .get) {
                ErrorSummary(errors: errors)
                Div {
                    FormField(
                        label: "年份", name: "year", value: raw["year"] ?? String(quarter.year), required: true,
                        errors: errors)
                    SelectField(
                        label: "季度", name: "quarter", options: (1...4).map { (String($0), "第\($0)季度") },
                        selected: raw["quarter"] ?? String(quarter.quarter), required: true, errors: errors)
                }.class("filter-grid")
                Button("查看").attribute(named: "type", value: "submit").class("button")
            }.class("form filters")
            Paragraph {
                Link("← \(quarter.previous.label)", url: link(quarter.previous))
                Text("　·　")
                Link("\(quarter.next.label) →", url: link(quarter.next))
                if errors.isEmpty {
                    Text("　·　")
                    Link("下载 Excel", url: link(quarter, file: "catalogue.xlsx"))
                    Text("　·　")
                    Link("下载 CSV", url: link(quarter, file: "catalogue.csv"))
                }
            }
            if rows.isEmpty {
                Paragraph("\(quarter.label)没有予以备案登记的文件。").class("empty")
            } else {
                table(rows, today: today)
            }
        }
    }

    static func link(_ quarter: NormativePublicQuarter, file: String = "catalogue") -> String {
        "/documents/\(file)?year=\(quarter.year)&quarter=\(quarter.quarter)"
    }

    private static func table(_ rows: [NormativeDocumentRow], today: CivilDate) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("序号")
                TableHeaderCell("文件名称")
                TableHeaderCell("文号")
                TableHeaderCell("制定机关")
                TableHeaderCell("公布日期")
                TableHeaderCell("备案登记日期")
                TableHeaderCell("效力状态")
            }
        ) {
            for (index, row) in rows.enumerated() {
                TableRow {
                    TableCell("\(index + 1)")
                    TableCell { Link(row.title, url: "/documents/\(row.id)") }
                    TableCell(NormativeComponents.number(row))
                    TableCell(row.organisationName)
                    TableCell(NormativeComponents.day(row.publishedOn)).class("mono")
                    TableCell(NormativeComponents.day(row.registeredOn)).class("mono")
                    TableCell { NormativeComponents.status(row.status(on: today)) }
                }
            }
        }.class("table")
    }
}
