import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The parts every inspection page shares: the findings table, the rectification figures with their definitions
/// and drill-down links, and the colours of a finding's standing.
extension InspectionFindingStanding {
    var tone: Badge.Tone {
        switch self {
        case .closed: .good
        case .overdue: .bad
        case .submitted: .info
        case .open: .neutral
        }
    }
}

/// The address of the findings list for a filter: where every figure leads.
enum InspectionLinks {
    static func findings(
        campaign: UUID? = nil, unit: String? = nil, kind: String? = nil, standing: InspectionFindingStanding? = nil,
        year: Int? = nil, page: Int? = nil
    ) -> String {
        var query: [String] = []
        if let campaign { query.append("campaign=\(campaign)") }
        if let unit { query.append("unit=\(unit)") }
        if let kind { query.append("kind=\(kind)") }
        if let standing { query.append("standing=\(standing.rawValue)") }
        if let year { query.append("year=\(year)") }
        if let page, page > 1 { query.append("page=\(page)") }
        return "/inspections/findings" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }
}

/// A table of findings, each linking to its page.
struct FindingsTable: Component {
    let findings: [InspectionFindingRow]
    var showCampaign = false

    var body: Component {
        Table(
            header: TableRow {
                TableHeaderCell("序号")
                if showCampaign { TableHeaderCell("督察") }
                TableHeaderCell("问题")
                TableHeaderCell("类别")
                TableHeaderCell("整改责任单位")
                TableHeaderCell("整改期限")
                TableHeaderCell("状态")
            }
        ) {
            for finding in findings {
                TableRow {
                    TableCell("\(finding.number)").class("mono")
                    if showCampaign { TableCell(finding.campaignTitle) }
                    TableCell { Link(finding.description, url: "/inspections/findings/\(finding.id)") }
                    TableCell(finding.kind.label)
                    TableCell(finding.organisationName)
                    TableCell {
                        Span(finding.deadline.iso).class("mono")
                        if finding.extendedCount > 0 { Badge(text: "已延期", tone: .warn) }
                    }
                    TableCell {
                        Badge(text: finding.standing.label, tone: finding.standing.tone)
                        if finding.reopenedCount > 0 { Badge(text: "曾重新打开", tone: .warn) }
                    }
                }
            }
        }.class("table")
    }
}

/// Rectification figures by group (unit or kind), every count a link to the findings behind it.
struct RectificationTable: Component {
    let caption: String
    let groups: [RectificationGroup]
    let total: RectificationFigures
    /// The findings list for a group (nil: the total) and a standing.
    let link: (RectificationGroup?, InspectionFindingStanding?) -> String

    var body: Component {
        Table(
            caption: TableCaption(caption),
            header: TableRow {
                TableHeaderCell("")
                TableHeaderCell("问题数")
                TableHeaderCell("已销号")
                TableHeaderCell("待审核")
                TableHeaderCell("逾期未整改")
                TableHeaderCell("整改率")
                TableHeaderCell("按期整改率")
            }
        ) {
            for group in groups { row(group.name, group.figures, group) }
            row("合计", total, nil, classes: "total")
        }.class("table figures")
    }

    private func row(
        _ name: String, _ figures: RectificationFigures, _ group: RectificationGroup?, classes: String? = nil
    )
        -> HeadedRow
    {
        HeadedRow(header: name, classes: classes) {
            TableCell { Link("\(figures.total)", url: link(group, nil)) }
            TableCell { Link("\(figures.closed)", url: link(group, .closed)) }
            TableCell { Link("\(figures.submitted)", url: link(group, .submitted)) }
            TableCell {
                Link("\(figures.overdue)", url: link(group, .overdue)).class(figures.overdue > 0 ? "bad" : "")
            }
            TableCell(DisplayFormat.percent(figures.rectificationRate))
            TableCell(DisplayFormat.percent(figures.onTimeRate))
        }
    }
}

/// The definitions under every table of rates.
struct RectificationDefinitions: Component {
    var body: Component {
        Div {
            Paragraph(RectificationFigures.rectificationDefinition)
            Paragraph(RectificationFigures.onTimeDefinition)
            Paragraph("逾期未整改 = 超过整改期限仍未提交整改报告的问题（已提交、待审核的不计）。点击任一数字可查看对应的问题清单。")
        }.class("definitions muted")
    }
}
