import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The reports in scope and the form to start one; a report as a printable page; its editor.
enum AnnualReportPage {
    static func list(
        _ reports: [(id: UUID, government: String, year: Int, updatedAt: Date)], governments: [Organisation],
        selected: UUID, mayWrite: Bool, year: Int, errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "年度报告") {
            H1("法治政府建设年度报告")
            Paragraph("按年度编写本级政府的法治政府建设情况报告：数据取自平台记录并注明口径，文字可编辑，可打印或导出 Word。").class("lead")
            if reports.isEmpty {
                Paragraph("还没有年度报告。").class("muted")
            } else {
                List(reports) { report in
                    ListItem {
                        Link("\(report.government)\(report.year)年法治政府建设年度报告", url: "/reports/\(report.id)")
                        Text("　更新于 \(DisplayFormat.dateTime(report.updatedAt))")
                    }
                }
            }
            if mayWrite {
                H2("编写年度报告")
                ErrorSummary(errors: errors)
                Form(url: "/reports", method: .post) {
                    CSRFField(token: context.csrf)
                    SelectField(
                        label: "政府", name: "organisationID", options: governments.map { ($0.id.uuidString, $0.name) },
                        selected: selected.uuidString, required: true, errors: errors)
                    FormField(label: "年度", name: "year", value: String(year), required: true, errors: errors)
                    Button("生成初稿").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
        }
    }

    static func view(_ report: AnnualReport, mayEdit: Bool, _ context: PageContext) -> PageHTML {
        let links = AnnualReportLinks.forYear(report.year)
        return Layout.page(context, title: AnnualReportDocument.title(report)) {
            Paragraph {
                Link("← 年度报告", url: "/reports")
                if mayEdit {
                    Text("　")
                    Link("编辑", url: "/reports/\(report.id)/edit")
                }
                Text("　")
                Link("导出 Word", url: "/reports/\(report.id)/report.docx")
                Text("　打印：使用浏览器的打印功能")
            }.class("no-print")
            H1(AnnualReportDocument.title(report)).class("report-title")
            for section in AnnualReportSection.allCases {
                H2(section.heading)
                for paragraph in (report.texts[section] ?? "").split(separator: "\n", omittingEmptySubsequences: true) {
                    Paragraph(String(paragraph)).class("report-text")
                }
                figureTable(AnnualReportDraft.figures(section, report.facts, links: links))
            }
            Paragraph(
                "数据统计截至 \(CivilDate(chinaTimeAt: Date().timeIntervalSince1970).iso)；文字最后由\(report.updatedBy)于\(DisplayFormat.dateTime(report.updatedAt))保存。"
            )
            .class("muted")
        }
    }

    private static func figureTable(_ figures: [ReportFigure]) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("数据项")
                TableHeaderCell("数值")
                TableHeaderCell("口径")
            }
        ) {
            for figure in figures {
                TableRow {
                    TableCell(figure.label)
                    TableCell {
                        if let value = figure.value {
                            if let link = figure.link { Link(value, url: link) } else { Text(value) }
                        } else {
                            Badge(text: "暂缺", tone: .warn)
                        }
                    }
                    TableCell(figure.missingReason.map { "\(figure.definition)\($0)" } ?? figure.definition)
                        .class("muted")
                }
            }
        }.class("table figures report-figures")
    }

    static func edit(_ report: AnnualReport, errors: [FieldError], _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "编辑 · " + AnnualReportDocument.title(report)) {
            Paragraph { Link("← 返回报告", url: "/reports/\(report.id)") }
            H1("编辑" + AnnualReportDocument.title(report))
            Paragraph("【】中的内容为待补充提示；数据表由平台按口径统计，不在此处修改。").class("hint")
            ErrorSummary(errors: errors)
            Form(url: "/reports/\(report.id)", method: .post) {
                CSRFField(token: context.csrf)
                for section in AnnualReportSection.allCases {
                    TextAreaField(
                        label: section.heading, name: section.rawValue, value: report.texts[section] ?? "",
                        errors: errors)
                }
                Button("保存").attribute(named: "type", value: "submit").class("button")
            }.class("form report-editor")
        }
    }
}
