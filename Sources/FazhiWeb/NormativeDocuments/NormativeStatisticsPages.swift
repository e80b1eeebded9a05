import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The yearly statistics table, every figure linking to its documents, and the list behind a figure.
enum NormativeStatisticsPages {
    static func recordsLink(_ figure: NormativeStatisticsFigure, year: Int, organisation: UUID?) -> String {
        "/normative/statistics/records?figure=\(figure.rawValue)&year=\(year)"
            + (organisation.map { "&organisation=\($0)" } ?? "")
    }

    static func table(_ statistics: NormativeStatistics, _ context: PageContext) -> PageHTML {
        let year = statistics.year
        let figures = NormativeStatisticsFigure.allCases
        func row(_ row: NormativeStatistics.Row) -> HeadedRow {
            HeadedRow(header: row.name) {
                for figure in figures {
                    TableCell {
                        Link(
                            "\(row.count(figure))",
                            url: recordsLink(figure, year: year, organisation: row.organisationID))
                    }
                }
                TableCell(DisplayFormat.percent(row.onTimeRate))
            }
        }
        return Layout.page(context, title: "\(year)年规范性文件统计") {
            Paragraph { Link("← 规范性文件", url: "/normative") }
            H1("\(year)年规范性文件统计")
            yearForm(String(year), errors: [])
            Paragraph {
                Text("统计范围：您管辖范围内各起草单位的文件，按自然年（北京时间）统计，截至今日。")
                Link("上一年", url: "/normative/statistics?year=\(year - 1)")
                Text("　")
                Link("下一年", url: "/normative/statistics?year=\(year + 1)")
                Text("　")
                Link("导出 Excel", url: "/normative/statistics/export.xlsx?year=\(year)")
                Text("　")
                Link("导出 CSV", url: "/normative/statistics/export.csv?year=\(year)")
            }.class("lead")
            if statistics.rows.isEmpty {
                Paragraph("\(year)年没有可统计的文件。").class("muted")
            }
            Table(
                header: TableRow {
                    TableHeaderCell("起草单位")
                    for figure in figures { TableHeaderCell(figure.label) }
                    TableHeaderCell("按时报备率")
                }
            ) {
                for item in statistics.rows { row(item) }
                row(statistics.total).class("total")
            }.class("table figures")
            Div {
                for figure in figures { Paragraph("\(figure.label)：\(figure.definition)") }
                Paragraph(NormativeStatisticsFigure.onTimeRateDefinition)
                Paragraph("点击任一数字可查看对应的文件清单。")
            }.class("definitions muted")
        }
    }

    static func yearForm(_ value: String, errors: [FieldError]) -> Component {
        Form(url: "/normative/statistics", method: .get) {
            FormField(label: "年份", name: "year", value: value, required: true, errors: errors)
            Button("统计").attribute(named: "type", value: "submit").class("button button-small")
        }.class("form filters")
    }

    /// The page for a year that is not one: the form again, with the problem beside the field.
    static func yearError(_ value: String, errors: [FieldError], today: CivilDate, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "规范性文件统计") {
            Paragraph { Link("← 规范性文件", url: "/normative") }
            H1("规范性文件统计")
            ErrorSummary(errors: errors)
            yearForm(value, errors: errors)
            Paragraph { Link("查看\(today.year)年统计", url: "/normative/statistics?year=\(today.year)") }
        }
    }

    static func records(
        _ documents: [NormativeDocumentRow], figure: NormativeStatisticsFigure, year: Int,
        organisation: Organisation?, today: CivilDate, _ context: PageContext
    ) -> PageHTML {
        let title = "\(year)年\(figure.label)文件"
        return Layout.page(context, title: title) {
            Paragraph { Link("← \(year)年规范性文件统计", url: "/normative/statistics?year=\(year)") }
            H1(title)
            Paragraph((organisation?.name ?? "全部起草单位") + "　·　" + figure.definition).class("lead")
            Paragraph("共\(documents.count)件").class("muted")
            if documents.isEmpty {
                Paragraph("没有符合条件的文件。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("文件")
                        TableHeaderCell("文号")
                        TableHeaderCell("起草单位")
                        TableHeaderCell("印发日期")
                        TableHeaderCell("报送期限")
                        TableHeaderCell("报送日期")
                        TableHeaderCell("审查结论")
                        TableHeaderCell("效力")
                    }
                ) {
                    for document in documents {
                        TableRow {
                            TableCell { Link(document.title, url: "/normative/\(document.id)") }
                            TableCell(document.documentNumber ?? "")
                            TableCell(document.organisationName)
                            TableCell(document.publishedOn?.iso ?? "").class("mono")
                            TableCell(document.filingDue?.iso ?? "").class("mono")
                            TableCell(document.filedOn?.iso ?? "").class("mono")
                            TableCell(document.reviewOutcome?.label ?? "")
                            TableCell(document.status(on: today)?.rawValue ?? "")
                        }
                    }
                }.class("table")
            }
        }
    }
}
