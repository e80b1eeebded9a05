import FazhiCore
import FazhiStore
import Plot

/// The records behind a unit's automatic figure: every record counted in the denominator, and whether it counts in
/// the numerator, each linking to its own page.
enum AssessmentFigurePage {
    static func view(
        _ card: AssessmentScorecard, code: String, metric: AssessmentMetric,
        records: [(title: String, path: String, met: Bool)], _ context: PageContext
    ) -> PageHTML {
        let value = card.figures[code]?.value
        return Layout.page(context, title: "\(metric.name) · \(card.unit.name)") {
            Paragraph {
                Link(
                    "← \(card.unit.name)", url: "/assessments/rounds/\(card.round.id)/units/\(card.unit.organisationID)"
                )
            }
            H1("\(metric.name)：\(value?.text ?? "—")")
            Paragraph("\(card.unit.name)　考核期间 \(card.round.period.text)").class("lead")
            Div {
                Paragraph("分子：\(metric.numerator)")
                Paragraph("分母：\(metric.denominator)")
                Paragraph("期间：\(metric.period)")
            }.class("definitions muted")
            if records.isEmpty {
                Paragraph("考核期间内没有计入的记录（分母为0）。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("记录")
                        TableHeaderCell("计入分子")
                    }
                ) {
                    for record in records {
                        TableRow {
                            TableCell { Link(record.title, url: record.path) }
                            TableCell(Badge(text: record.met ? "是" : "否", tone: record.met ? .good : .bad))
                        }
                    }
                }.class("table")
            }
        }
    }
}
