import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement/inspections`: the repeated-inspection alerts first (each with the inspections it counted), the
/// inspections of the scope with filters and a pager, and the record form.
enum EnterpriseInspectionListPage {
    /// The query string: `q` (credit code or name), `kind`, `alerted=true`, `page`.
    struct Query {
        var words: String?
        var kind: EnterpriseInspectionKind?
        var alerted = false
        var page = 1

        init(_ req: Request) {
            words = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespaces)
            if words?.isEmpty == true { words = nil }
            kind = (try? req.query.get(String.self, at: "kind")).flatMap(EnterpriseInspectionKind.init(rawValue:))
            alerted = (try? req.query.get(String.self, at: "alerted")) == "true"
            page = InspectionFindingController.page(req)
        }

        var filter: EnterpriseInspectionFilter {
            EnterpriseInspectionFilter(
                words: words.map { String($0.prefix(100)) }, kind: kind, alerted: alerted,
                limit: EnterpriseInspectionController.pageSize,
                offset: (page - 1) * EnterpriseInspectionController.pageSize)
        }

        func url(page: Int) -> String {
            var items: [String] = []
            if let words { items.append("q=\(LawSearchRequest.encode(words))") }
            if let kind { items.append("kind=\(kind.rawValue)") }
            if alerted { items.append("alerted=true") }
            if page > 1 { items.append("page=\(page)") }
            return "/enforcement/inspections" + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
        }
    }

    struct Model {
        var rows: [EnterpriseInspectionRow]
        var total: Int
        var query: Query
        var alerts: [RepeatedInspectionAlert]
        var bodies: [EnforcementBodyRef]
        var mayRecord: Bool
        var form: EnterpriseInspectionForm
        var errors: [FieldError]
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "涉企检查") {
            Paragraph { Link("← 行政执法案件", url: "/enforcement") }
            H1("涉企检查")
            Paragraph(
                "各执法主体对企业实施的行政检查。同一企业在预警期内被检查超过规定次数的（不论是否同一机关），产生「涉企重复检查」预警，提示合并检查或者纳入跨部门联合抽查（\(RepeatedInspectionRule.basis.citation)）。预警期和次数见执法制度参数。"
            ).class("lead")
            Paragraph { Link("执法制度参数", url: "/enforcement/policy") }
            H2("涉企重复检查预警（\(model.alerts.count)）")
            if model.alerts.isEmpty {
                Paragraph("没有未处理的涉企重复检查预警。").class("muted")
            } else {
                for alert in model.alerts { alertCard(alert) }
            }
            H2("检查记录")
            filters(model.query)
            if model.rows.isEmpty {
                Paragraph("没有检查记录。").class("muted")
            } else {
                Paragraph("共\(model.total)条").class("muted")
                table(model.rows)
                NormativeComponents.pager(
                    page: model.query.page, total: model.total, perPage: EnterpriseInspectionController.pageSize
                ) { model.query.url(page: $0) }
            }
            if model.mayRecord { recordForm(model, csrf: context.csrf) }
        }
    }

    static func alertCard(_ alert: RepeatedInspectionAlert) -> Component {
        Div {
            H3 {
                Badge(text: "涉企重复检查", tone: .warn)
                Text(" \(alert.enterpriseName)（\(alert.creditCode)）")
            }
            Paragraph(alert.message)
            Paragraph("依据：\(alert.basis)　产生于\(alert.raisedOn)").class("muted")
            List(alert.inspections) { item in
                ListItem("\(item.date.iso)　\(item.bodyName)　\(item.matterName)")
            }
            Paragraph { Link("在执法预警中处理", url: "/enforcement/alerts?rule=\(RepeatedInspectionAlerts.rule)") }
        }.class("card")
    }

    static func filters(_ query: Query) -> Component {
        Form(url: "/enforcement/inspections", method: .get) {
            FormField(label: "企业名称或统一社会信用代码", name: "q", value: query.words ?? "")
            SelectField(
                label: "检查方式", name: "kind",
                options: EnterpriseInspectionKind.allCases.map { ($0.rawValue, $0.label) },
                selected: query.kind?.rawValue, emptyTitle: "全部")
            Checkbox(label: "仅列出产生预警的检查", name: "alerted", value: "true")
            Button("查询").attribute(named: "type", value: "submit").class("button button-small")
        }.class("form filters")
    }

    static func table(_ rows: [EnterpriseInspectionRow]) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("检查日期")
                TableHeaderCell("企业")
                TableHeaderCell("执法主体")
                TableHeaderCell("检查事项")
                TableHeaderCell("方式")
                TableHeaderCell("执法人员")
                TableHeaderCell("检查结果")
            }
        ) {
            for row in rows {
                TableRow {
                    TableCell(row.date.iso)
                    TableCell {
                        Text(row.enterpriseName)
                        Paragraph(row.creditCode).class("mono muted")
                        if row.alerted { Badge(text: "重复检查预警", tone: .warn) }
                    }
                    TableCell(row.bodyName)
                    TableCell(row.matterName)
                    TableCell(row.kind.label)
                    TableCell(row.officers.joined(separator: "、")).class("mono")
                    TableCell(row.result)
                }
            }
        }.class("table")
    }

    static func recordForm(_ model: Model, csrf: String) -> Component {
        let form = model.form
        return Div {
            H2("记录一次检查").id("record")
            ErrorSummary(errors: model.errors)
            Form(url: "/enforcement/inspections", method: .post) {
                CSRFField(token: csrf)
                Input(type: .hidden, name: "clientId", value: form.clientId ?? UUID().uuidString.lowercased())
                SelectField(
                    label: "执法主体", name: "body", options: model.bodies.map { ($0.id.uuidString, $0.name) },
                    selected: form.body, required: true, errors: model.errors)
                FormField(
                    label: "检查事项编码", name: "matterCode", value: form.matterCode ?? "", required: true,
                    hint: "本机关权责清单中的行政检查事项", errors: model.errors)
                FormField(
                    label: "统一社会信用代码", name: "creditCode", value: form.creditCode ?? "", required: true,
                    errors: model.errors)
                FormField(
                    label: "企业名称", name: "enterpriseName", value: form.enterpriseName ?? "", required: true,
                    errors: model.errors)
                FormField(
                    label: "检查日期", name: "date", value: form.date ?? "", type: .date, required: true,
                    errors: model.errors)
                FormField(
                    label: "执法人员的执法证号", name: "officers", value: form.officers ?? "", required: true,
                    hint: "至少两人，以逗号或空格分隔", errors: model.errors)
                SelectField(
                    label: "检查方式", name: "kind",
                    options: EnterpriseInspectionKind.allCases.map { ($0.rawValue, $0.label) }, selected: form.kind,
                    required: true, errors: model.errors)
                TextAreaField(
                    label: "检查结果", name: "result", value: form.result ?? "", required: true, errors: model.errors)
                Button("记录").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
