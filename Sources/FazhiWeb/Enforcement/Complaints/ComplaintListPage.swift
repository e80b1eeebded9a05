import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement/complaints`: the complaints routed inside the member's scope, by stage, kind, source and
/// overdue, with the stage badge and the due day, red when past; the region's answer period and, for a supervising
/// bureau, the form to set it.
enum ComplaintListPage {
    /// The query string: `stage`, `kind`, `source`, `overdue`, `page`.
    struct Query {
        var stage: ComplaintStage?
        var kind: ComplaintKind?
        var source: ComplaintSource?
        var overdue = false
        var page = 1

        init(_ req: Request) {
            stage = (try? req.query.get(String.self, at: "stage")).flatMap(ComplaintStage.init(rawValue:))
            kind = (try? req.query.get(String.self, at: "kind")).flatMap(ComplaintKind.init(rawValue:))
            source = (try? req.query.get(String.self, at: "source")).flatMap(ComplaintSource.init(rawValue:))
            overdue = (try? req.query.get(String.self, at: "overdue")) == "true"
            page = InspectionFindingController.page(req)
        }

        var filter: ComplaintFilter {
            ComplaintFilter(
                stage: stage, kind: kind, source: source, overdue: overdue, limit: ComplaintController.pageSize,
                offset: (page - 1) * ComplaintController.pageSize)
        }

        func url(page: Int = 1) -> String {
            var items: [String] = []
            if let stage { items.append("stage=\(stage.rawValue)") }
            if let kind { items.append("kind=\(kind.rawValue)") }
            if let source { items.append("source=\(source.rawValue)") }
            if overdue { items.append("overdue=true") }
            if page > 1 { items.append("page=\(page)") }
            return "/enforcement/complaints" + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
        }
    }

    struct Model {
        var rows: [ComplaintRow]
        var total: Int
        var query: Query
        var policy: ComplaintPolicy
        var maySetPolicy: Bool
        var policyErrors: [FieldError] = []
        var today: CivilDate
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let query = model.query
        return Layout.page(context, title: "投诉举报") {
            Paragraph { Link("← 执法监督", url: "/enforcement/supervision") }
            H1("投诉举报")
            Paragraph(
                "公众通过网上表单或12345热线提出的投诉举报：投诉执法行为的转被投诉机关所属人民政府的司法行政机关办理，举报违法行为的转执法机关办理。答复期限\(model.policy.replyWorkingDays)个工作日\(model.policy.isDefault ? "（参照《重庆市行政执法责任制条例》第十三条）" : "（本地区规定）")。"
            ).class("lead")
            Form(url: "/enforcement/complaints", method: .get) {
                SelectField(
                    label: "阶段", name: "stage", options: ComplaintStage.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.stage?.rawValue, emptyTitle: "全部")
                SelectField(
                    label: "类别", name: "kind", options: ComplaintKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.kind?.rawValue, emptyTitle: "全部")
                SelectField(
                    label: "来源", name: "source", options: ComplaintSource.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.source?.rawValue, emptyTitle: "全部")
                SelectField(
                    label: "逾期", name: "overdue", options: [("true", "仅看逾期未答复")],
                    selected: query.overdue ? "true" : nil, emptyTitle: "全部")
                Button("筛选").attribute(named: "type", value: "submit").class("button button-small")
            }.class("form filters")
            if model.rows.isEmpty {
                Paragraph("没有投诉举报。").class("muted")
            } else {
                Paragraph("共\(model.total)件").class("muted")
                Table {
                    TableRow {
                        TableHeaderCell("受理编号")
                        TableHeaderCell("类别")
                        TableHeaderCell("来源")
                        TableHeaderCell("被投诉举报的机关")
                        TableHeaderCell("承办机关")
                        TableHeaderCell("阶段")
                        TableHeaderCell("收到")
                        TableHeaderCell("答复期限")
                    }
                    for row in model.rows {
                        TableRow {
                            TableCell { Link(row.number, url: "/enforcement/complaints/\(row.id)") }
                            TableCell(row.kind.shortLabel)
                            TableCell(row.source.label)
                            TableCell(row.bodyName)
                            TableCell(row.organisationName)
                            TableCell { stage(row.stage) }
                            TableCell(row.receivedOn)
                            TableCell { due(row, today: model.today) }
                        }
                    }
                }.class("table")
                NormativeComponents.pager(page: query.page, total: model.total, perPage: ComplaintController.pageSize) {
                    query.url(page: $0)
                }
            }
            if model.maySetPolicy { policyForm(model, context) }
        }
    }

    private static func policyForm(_ model: Model, _ context: PageContext) -> Component {
        Foldable(
            summary: "设置本地区投诉举报答复期限", open: !model.policyErrors.isEmpty,
            content: Form(url: "/enforcement/complaints/policy", method: .post) {
                CSRFField(token: context.csrf)
                FormField(
                    label: "答复期限（工作日）", name: "replyDays", value: String(model.policy.replyWorkingDays),
                    required: true, hint: "1至60个工作日，适用于此后收到的投诉举报；未设置时参照15个工作日", errors: model.policyErrors)
                Button("保存").attribute(named: "type", value: "submit").class("button button-small")
            }.class("form"))
    }

    /// The stage as a coloured badge.
    static func stage(_ stage: ComplaintStage) -> Component {
        let tone: Badge.Tone =
            switch stage {
            case .received: .warn
            case .accepted: .info
            case .refused: .neutral
            case .replied: .good
            }
        return Badge(text: stage.label, tone: tone)
    }

    /// The running due day (red when past), or the day it was due once answered.
    static func due(_ row: ComplaintRow, today: CivilDate) -> Component {
        if row.dueOn != nil { return CaseComponents.due(row.dueOn, today: today) }
        return Text("\(row.dueDay)（\(row.answeredOn.map { "\($0)已答复" } ?? "已答复")）")
    }
}
