import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The record of a case on its page: each step with who entered it and when, the officers, where it came from and
/// its files by SHA-256 (全过程记录), and the alerts the case raised.
enum CaseHistory {
    static func card(_ event: CaseEventRow, caseID: UUID) -> Component {
        let input = event.input
        let officers = (input.officers ?? []).joined(separator: "，")
        return Div {
            Paragraph {
                Badge(text: event.action.label, tone: .info)
                Text("　\(event.onDay)　")
                Span(event.authorName).class("strong")
                Text("　→ \(event.stageAfter.label)　")
                Span(CaseComponents.source(event.source)).class("muted")
            }
            List {
                if !officers.isEmpty { ListItem("执法人员执法证号：\(officers)") }
                if let penalties = input.penalties, !penalties.isEmpty {
                    ListItem(
                        "处罚种类：\(penalties.map { PenaltyKind(text: $0)?.label ?? $0 }.joined(separator: "；"))"
                            + (input.fine.map { "，罚款\($0)元" } ?? ""))
                }
                if input.outcome == "none" { ListItem("决定：不予行政处罚") }
                if let circumstance = input.circumstance { ListItem("裁量情节：\(circumstance)") }
                if let reason = input.deviationReason { ListItem("偏离裁量基准的理由：\(reason)") }
                if let passed = input.reviewPassed, event.action == .legalReview {
                    ListItem("审核意见：\(passed ? "通过" : "不通过")")
                }
                if input.hearingRight == true { ListItem("已告知听证权利") }
                if let number = input.decisionNumber { ListItem("决定书文号：\(number)") }
                if let method = input.serviceMethod { ListItem("送达方式：\(method)") }
                if let facts = input.facts { ListItem("案情：\(facts)") }
                if let note = input.note { ListItem("说明：\(note)") }
            }
            Paragraph("录入时间：\(DisplayFormat.dateTime(event.at))　第\(event.sequence)步").class("hint")
            if !event.evidence.isEmpty {
                List(event.evidence) { file in
                    ListItem {
                        // Files an agency's system declared by hash stay with that system; uploads can be opened.
                        if event.source == "ingest" {
                            Text("\(file.name)（由对接系统保存，SHA-256 ")
                        } else {
                            Link(file.name, url: "/enforcement/\(caseID)/evidence/\(file.sha256)")
                            Text("（\(file.size)字节，SHA-256 ")
                        }
                        Span(file.sha256).class("mono")
                        Text("）")
                    }
                }.class("evidence")
            }
        }.class("card progress-report")
    }

    /// The case's alerts, open ones first; they are handled on the alerts page.
    static func alerts(_ alerts: [EnforcementAlertRow], caseID: UUID) -> Component {
        Div {
            H2("预警（\(alerts.count)）")
            if alerts.isEmpty {
                Paragraph("本案未产生预警。").class("muted")
            } else {
                for alert in alerts.sorted(by: { ($0.closedAt == nil ? 0 : 1) < ($1.closedAt == nil ? 0 : 1) }) {
                    EnforcementAlertsPage.card(alert, showCase: false)
                }
                Paragraph { Link("在预警页处理本案的预警", url: "/enforcement/alerts?case=\(caseID)&state=all") }
            }
        }.id("alerts")
    }
}
