import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The findings behind a figure (any filter of unit, kind, standing, year, campaign), and a year's statistics.
enum InspectionFindingsPage {
    static func list(
        _ findings: [InspectionFindingRow], total: Int, filter: InspectionFindingFilter,
        campaign: InspectionCampaignRow?, page: Int, _ context: PageContext
    ) -> PageHTML {
        let pages = max(1, (total + InspectionFindingController.pageSize - 1) / InspectionFindingController.pageSize)
        func link(page: Int) -> String {
            InspectionLinks.findings(
                campaign: filter.campaignID, unit: filter.organisationID?.uuidString, kind: filter.kind?.rawValue,
                standing: filter.standing, year: filter.year, page: page)
        }
        return Layout.page(context, title: "问题清单") {
            Paragraph { Link("← 督察整改", url: "/inspections") }
            H1("问题清单")
            Paragraph(describe(filter, campaign: campaign, unitName: findings.first?.organisationName)).class("lead")
            Paragraph {
                Text("按状态：")
                for standing in InspectionFindingStanding.allCases {
                    Link(
                        standing.label,
                        url: InspectionLinks.findings(
                            campaign: filter.campaignID, unit: filter.organisationID?.uuidString,
                            kind: filter.kind?.rawValue, standing: standing, year: filter.year)
                    ).attribute(named: "aria-current", value: filter.standing == standing ? "page" : "")
                    Text("　")
                }
            }
            Paragraph("共\(total)项" + (pages > 1 ? "，第\(page)/\(pages)页" : "")).class("muted")
            if findings.isEmpty {
                Paragraph("没有符合条件的问题。").class("muted")
            } else {
                FindingsTable(findings: findings, showCampaign: filter.campaignID == nil)
            }
            if pages > 1 {
                Navigation {
                    if page > 1 { Link("上一页", url: link(page: page - 1)) }
                    if page < pages { Link("下一页", url: link(page: page + 1)) }
                }.class("pager").attribute(named: "aria-label", value: "分页")
            }
        }
    }

    /// What the list holds, in words: 「2027年反馈的 · 测试市司法局 · 逾期未整改」.
    static func describe(_ filter: InspectionFindingFilter, campaign: InspectionCampaignRow?, unitName: String?)
        -> String
    {
        var parts: [String] = []
        if let campaign { parts.append(campaign.title) }
        if let year = filter.year { parts.append("\(year)年反馈") }
        if filter.organisationID != nil, let unitName { parts.append(unitName) }
        if let kind = filter.kind { parts.append(kind.label) }
        if let standing = filter.standing { parts.append(standing.label) }
        return parts.isEmpty ? "您可查看的全部督察反馈问题。" : parts.joined(separator: " · ")
    }

    static func statistics(_ statistics: RectificationStatistics, year: Int, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "\(year)年整改统计") {
            Paragraph { Link("← 督察整改", url: "/inspections") }
            H1("\(year)年督察问题整改统计")
            Paragraph {
                Text("统计范围：\(year)年内反馈的问题，统计截至今日。")
                Link("上一年", url: "/inspections/statistics?year=\(year - 1)")
                Text("　")
                Link("下一年", url: "/inspections/statistics?year=\(year + 1)")
            }.class("lead")
            if statistics.total.total == 0 {
                Paragraph("\(year)年没有反馈的问题。").class("muted")
            } else {
                RectificationTable(caption: "按整改责任单位", groups: statistics.byUnit, total: statistics.total) {
                    group, standing in InspectionLinks.findings(unit: group?.key, standing: standing, year: year)
                }
                RectificationTable(caption: "按问题类别", groups: statistics.byKind, total: statistics.total) {
                    group, standing in InspectionLinks.findings(kind: group?.key, standing: standing, year: year)
                }
            }
            RectificationDefinitions()
        }
    }
}
