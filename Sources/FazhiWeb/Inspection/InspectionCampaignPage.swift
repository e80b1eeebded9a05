import FazhiCore
import FazhiStore
import Foundation
import Plot

/// One campaign: its figures by unit and by kind, its findings, and (for the office) the form to record one.
enum InspectionCampaignPage {
    struct Model {
        let campaign: InspectionCampaignRow
        let findings: [InspectionFindingRow]
        let total: Int
        let statistics: RectificationStatistics
        /// The units a finding may be addressed to (the office's scope); empty unless `mayRecord`.
        let units: [Organisation]
        let mayRecord: Bool
        let form: InspectionFindingInput
        let errors: [FieldError]
    }

    static func view(_ m: Model, _ context: PageContext) -> PageHTML {
        let campaign = m.campaign
        return Layout.page(context, title: campaign.title) {
            Paragraph { Link("← 督察整改", url: "/inspections") }
            H1(campaign.title)
            Paragraph {
                Text("\(campaign.organisationName)组织　\(campaign.startedOn.iso)")
                if let ended = campaign.endedOn { Text(" 至 \(ended.iso)") }
                if !campaign.wholeCampaign { Badge(text: "仅显示本单位问题", tone: .info) }
            }.class("lead")
            if let basis = campaign.basis { Paragraph("依据：\(basis)") }
            if m.total > 0 {
                RectificationTable(caption: "按整改责任单位", groups: m.statistics.byUnit, total: m.statistics.total) {
                    group, standing in
                    InspectionLinks.findings(campaign: campaign.id, unit: group?.key, standing: standing)
                }
                RectificationTable(caption: "按问题类别", groups: m.statistics.byKind, total: m.statistics.total) {
                    group, standing in
                    InspectionLinks.findings(campaign: campaign.id, kind: group?.key, standing: standing)
                }
                RectificationDefinitions()
            }
            H2("问题清单（\(m.total)）")
            if m.findings.isEmpty {
                Paragraph("尚未录入反馈问题。").class("muted")
            } else {
                Paragraph {
                    Link("导出 Excel", url: "/inspections/\(campaign.id)/export.xlsx")
                    Text("　")
                    Link("导出 CSV", url: "/inspections/\(campaign.id)/export.csv")
                }
                FindingsTable(findings: m.findings)
                if m.total > m.findings.count {
                    Paragraph {
                        Text("仅显示前\(m.findings.count)项，")
                        Link("查看全部", url: InspectionLinks.findings(campaign: campaign.id))
                    }.class("muted")
                }
            }
            if m.mayRecord { findingForm(m, context) }
        }
    }

    private static func findingForm(_ m: Model, _ context: PageContext) -> Component {
        Div {
            H2("录入反馈问题")
            ErrorSummary(errors: m.errors)
            Form(url: "/inspections/\(m.campaign.id)/findings", method: .post) {
                CSRFField(token: context.csrf)
                SelectField(
                    label: "整改责任单位", name: "organisationID",
                    options: OrganisationTree.sorted(m.units).map {
                        ($0.org.id.uuidString, String(repeating: "　", count: $0.depth) + $0.org.name)
                    },
                    selected: m.form.organisationID, required: true, errors: m.errors)
                SelectField(
                    label: "问题类别", name: "kind",
                    options: InspectionFindingKind.allCases.map { ($0.rawValue, $0.label) }, selected: m.form.kind,
                    required: true, errors: m.errors)
                TextAreaField(
                    label: "问题描述", name: "description", value: m.form.description ?? "", required: true,
                    errors: m.errors)
                TextAreaField(label: "整改要求", name: "requirement", value: m.form.requirement ?? "", errors: m.errors)
                FormField(
                    label: "反馈日期", name: "raisedOn", value: m.form.raisedOn ?? "", type: .date,
                    hint: "留空为今天", errors: m.errors)
                FormField(
                    label: "整改期限", name: "deadline", value: m.form.deadline ?? "", type: .date, required: true,
                    errors: m.errors)
                Button("录入").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
