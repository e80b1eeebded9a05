import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement/alerts`: alerts in the member's scope, each with its severity, the rule's title, the message, the
/// article it rests on and the case; open ones can be closed with a note by those who supervise.
enum EnforcementAlertsPage {
    enum State: String, CaseIterable {
        case open, closed, all

        var label: String {
            switch self {
            case .open: "未处理"
            case .closed: "已处理"
            case .all: "全部"
            }
        }
    }

    /// The query string: `state`, `rule`, `case`, `page`; a close that was refused, to show beside its alert.
    struct Query {
        var state = State.open
        var rule: String?
        var caseID: UUID?
        var organisationID: UUID?
        var page = 1
        var failed: (id: UUID, note: String, errors: [FieldError])?

        init(_ req: Request) {
            state = (try? req.query.get(String.self, at: "state")).flatMap(State.init(rawValue:)) ?? .open
            rule = (try? req.query.get(String.self, at: "rule"))?.trimmingCharacters(in: .whitespaces)
            if rule?.isEmpty == true { rule = nil }
            caseID = (try? req.query.get(String.self, at: "case")).flatMap(UUID.init(uuidString:))
            organisationID = (try? req.query.get(String.self, at: "org")).flatMap(UUID.init(uuidString:))
            page = InspectionFindingController.page(req)
        }

        var filter: EnforcementAlertFilter {
            EnforcementAlertFilter(
                open: state == .all ? nil : state == .open, caseID: caseID, rule: rule.map { String($0.prefix(64)) },
                organisationID: organisationID,
                limit: EnforcementAlertController.pageSize, offset: (page - 1) * EnforcementAlertController.pageSize)
        }

        /// This query's address with another state, rule or page (`rule: .some(nil)` clears the rule).
        func url(state: State? = nil, rule: String?? = .none, page: Int = 1) -> String {
            var items = ["state=\((state ?? self.state).rawValue)"]
            if let rule = rule ?? self.rule { items.append("rule=\(LawSearchRequest.encode(rule))") }
            if let caseID { items.append("case=\(caseID)") }
            if let organisationID { items.append("org=\(organisationID)") }
            if page > 1 { items.append("page=\(page)") }
            return "/enforcement/alerts?" + items.joined(separator: "&")
        }
    }

    static func view(
        _ rows: [EnforcementAlertRow], total: Int, query: Query, mayClose: Bool, maySupervise: Bool = false,
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "执法预警") {
            Paragraph { Link("← 行政执法案件", url: "/enforcement") }
            H1("执法预警")
            Paragraph("办案中违反规则而未被拒绝的情形（如超期决定、偏离裁量基准、超期送达、超期公示），以及定期检查发现的情形。每条预警写明依据；核实、纠正后由司法行政人员、管理员或部门法制员写明处理情况后关闭。")
                .class("lead")
            Paragraph {
                for (index, state) in State.allCases.enumerated() {
                    if index > 0 { Text("　·　") }
                    if state == query.state {
                        Span(state.label).class("strong")
                    } else {
                        Link(state.label, url: query.url(state: state))
                    }
                }
                if let rule = query.rule {
                    Text("　　规则：")
                    Span(rule).class("mono")
                    Text(" ")
                    Link("清除", url: query.url(rule: .some(nil)))
                }
                if let caseID = query.caseID {
                    Text("　　")
                    Link("本案", url: "/enforcement/\(caseID)")
                }
            }
            if rows.isEmpty {
                Paragraph("没有\(query.state == .all ? "" : query.state.label)预警。").class("muted")
            } else {
                Paragraph("共\(total)条").class("muted")
                for row in rows {
                    card(row, showCase: true, ruleLink: query.url(rule: .some(row.rule)))
                    if maySupervise && row.closedAt == nil {
                        // 督办: the justice bureau turns the alert into a supervision notice to the agency.
                        Paragraph {
                            Link("督办", url: "/enforcement/supervision/new?alert=\(row.id)").class("button button-small")
                        }
                    }
                    if mayClose && row.closedAt == nil { closeForm(row, query: query, csrf: context.csrf) }
                }
                NormativeComponents.pager(page: query.page, total: total, perPage: EnforcementAlertController.pageSize)
                {
                    query.url(page: $0)
                }
            }
        }
    }

    /// One alert as a card; on a case page the case link is left out.
    static func card(_ row: EnforcementAlertRow, showCase: Bool, ruleLink: String? = nil) -> Component {
        Div {
            Paragraph {
                CaseComponents.severity(row.severity)
                Text("　")
                if let ruleLink {
                    Link(row.title, url: ruleLink).class("strong")
                } else {
                    Span(row.title).class("strong")
                }
                Text("　\(row.raisedOn)　\(row.organisationName)")
                if showCase, let caseID = row.caseID {
                    Text("　")
                    Link("案件 \(row.caseReference ?? "")", url: "/enforcement/\(caseID)")
                }
            }
            Paragraph(row.message)
            Paragraph("依据：\(row.basis)").class("hint")
            if let closed = row.closedAt {
                Paragraph("已处理（\(DisplayFormat.dateTime(closed))）：\(row.closedNote ?? "")").class("muted")
            }
        }.class("card")
    }

    private static func closeForm(_ row: EnforcementAlertRow, query: Query, csrf: String) -> Component {
        let failed = query.failed.flatMap { $0.id == row.id ? $0 : nil }
        let error = failed?.errors.first { $0.field == "note" }?.message
        let id = "f-note-\(row.id)"
        var input: Component = Input(type: .text, name: "note", value: failed?.note ?? "", isRequired: true).id(id)
        if error != nil {
            input = input.attribute(named: "aria-invalid", value: "true")
                .attribute(named: "aria-describedby", value: "\(id)-error")
        }
        return Form(url: "/enforcement/alerts/\(row.id)/close", method: .post) {
            CSRFField(token: csrf)
            Div {
                Label("处理说明") {}.attribute(named: "for", value: id)
                input
                if let error { Paragraph(error).class("field-error").id("\(id)-error") }
            }.class(error == nil ? "field" : "field has-error")
            Button("关闭预警").attribute(named: "type", value: "submit").class("button button-small")
        }.class("form form-inline")
    }
}
