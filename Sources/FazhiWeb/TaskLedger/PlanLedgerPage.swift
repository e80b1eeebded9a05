import FazhiCore
import FazhiStore
import Foundation
import Plot

/// One plan's ledger: the figures, the three views (by chapter, by unit, by deadline), filters and pages. The task
/// table uses Plot's node API: a page lists up to `pageSize` tasks.
enum PlanLedgerPage {
    static let pageSize = 100

    struct Model {
        let plan: PlanListing
        let view: PlanLedgerView
        /// The chapters, for the chapter view's navigation.
        let chapters: [PlanItemRow]
        /// The headings' titles of the tasks on the page.
        let titles: [UUID: String?]
        let units: [PlanUnitStanding]
        let tasks: [PlanTaskRow]
        let total: Int
        let filter: PlanTaskFilter
        let page: Int
    }

    /// 完成率 as shown everywhere, with its definition beside the figures.
    static func rate(_ counts: PlanTaskCounts) -> String {
        DisplayFormat.percent(counts.completionRate)
    }

    static func view(_ m: Model, _ context: PageContext) -> PageHTML {
        Layout.page(
            context, title: m.plan.title,
            body: .group(
                .p(.a(.href("/plans"), .safe("← 任务台账"))),
                .h1(.safe(m.plan.title)),
                .p(
                    .class("muted"),
                    .safe(
                        "所属机构：\(m.plan.organisationName)　来源：\(m.plan.sourceName)（SHA-256 \(m.plan.sourceSHA256.prefix(12))…）　导入：\(DisplayFormat.dateTime(m.plan.importedAt))"
                    )),
                .if(!m.plan.wholePlan, .p(.class("notice"), .safe("您看到的是本单位及下级单位承担的任务。"))),
                figures(m.plan.counts),
                tabs(m),
                .p(
                    .class("export-links"), .a(.href("/plans/\(m.plan.id)/export.xlsx"), .safe("导出 Excel")),
                    .safe("　"), .a(.href("/plans/\(m.plan.id)/export.csv"), .safe("导出 CSV"))),
                body(m)
            ))
    }

    static func figures(_ counts: PlanTaskCounts) -> Node<HTML.BodyContext> {
        let cards: [(String, String, String)] = [
            ("任务", "\(counts.total)", ""), ("已完成", "\(counts.done)", ""), ("推进中", "\(counts.inProgress)", ""),
            ("未启动", "\(counts.notStarted)", ""), ("逾期", "\(counts.overdue)", counts.overdue > 0 ? " stat-bad" : ""),
            ("长期推进", "\(counts.ongoing)", ""), ("完成率", rate(counts), ""),
        ]
        return .group(
            .div(
                .class("card-grid"),
                .forEach(cards) { card in
                    .div(.class("card"), .h2(.safe(card.0)), .p(.class("stat\(card.2)"), .safe(card.1)))
                }),
            .p(
                .class("hint"),
                .safe("完成率 = 已完成任务数 ÷（任务总数 − 长期推进任务数）。逾期 = 未完成且完成时限早于今天的任务。")))
    }

    static func link(
        _ m: Model, view: PlanLedgerView? = nil, item: UUID? = nil, unit: UUID? = nil,
        standing: PlanTaskStanding? = nil, page: Int? = nil, keepFilters: Bool = true
    ) -> String {
        var query = ["view=\((view ?? m.view).rawValue)"]
        if let item = item ?? (keepFilters ? m.filter.itemID : nil) { query.append("item=\(item)") }
        if let unit = unit ?? (keepFilters ? m.filter.organisationID : nil) { query.append("unit=\(unit)") }
        if let standing = standing ?? (keepFilters ? m.filter.standing : nil) {
            query.append("standing=\(standing.rawValue)")
        }
        if let page, page > 1 { query.append("page=\(page)") }
        return "/plans/\(m.plan.id)?" + query.joined(separator: "&")
    }

    static func tabs(_ m: Model) -> Node<HTML.BodyContext> {
        .group(
            .nav(
                .class("tabs"), .attribute(named: "aria-label", value: "视图"),
                .forEach(PlanLedgerView.allCases) { view in
                    .a(
                        .class(view == m.view ? "tab tab-current" : "tab"),
                        .href(link(m, view: view, keepFilters: false)),
                        .if(view == m.view, .attribute(named: "aria-current", value: "page")), .safe(view.label))
                }),
            .nav(
                .class("tabs tabs-small"), .attribute(named: "aria-label", value: "状态"),
                .a(
                    .class(m.filter.standing == nil ? "tab tab-current" : "tab"),
                    .href(link(m, standing: nil, keepFilters: false) + filterSuffix(m)), .safe("全部")),
                .forEach(PlanTaskStanding.allCases) { standing in
                    .a(
                        .class(m.filter.standing == standing ? "tab tab-current" : "tab"),
                        .href(link(m, standing: standing)), .safe(standing.label))
                }))
    }

    /// The item and unit filters kept when the status filter is cleared.
    private static func filterSuffix(_ m: Model) -> String {
        (m.filter.itemID.map { "&item=\($0)" } ?? "") + (m.filter.organisationID.map { "&unit=\($0)" } ?? "")
    }

    static func body(_ m: Model) -> Node<HTML.BodyContext> {
        switch m.view {
        case .chapters:
            return .div(
                .class("ledger-columns"),
                .nav(
                    .class("ledger-chapters"), .attribute(named: "aria-label", value: "章节"),
                    .ul(
                        .li(.a(.href(link(m, view: .chapters, keepFilters: false)), .safe("全部章节"))),
                        .forEach(m.chapters) { item in
                            .li(
                                .a(
                                    .href(link(m, item: item.id)),
                                    .if(m.filter.itemID == item.id, .attribute(named: "aria-current", value: "true")),
                                    .safe(item.marker + (item.title ?? String(item.body.prefix(20))))))
                        })),
                .div(taskTable(m)))
        case .units where m.filter.organisationID == nil:
            return unitTable(m)
        case .units, .deadlines:
            return taskTable(m)
        }
    }

    static func unitTable(_ m: Model) -> Node<HTML.BodyContext> {
        guard !m.units.isEmpty else { return .p(.class("muted"), .safe("本方案的任务尚未分配到单位。")) }
        return .table(
            .class("table"),
            .thead(
                .tr(
                    .th(.safe("单位")), .th(.safe("任务")), .th(.safe("牵头")), .th(.safe("已完成")), .th(.safe("推进中")),
                    .th(.safe("未启动")), .th(.safe("逾期")), .th(.safe("完成率")))),
            .tbody(.raw(unitRows(m))))
    }

    /// The dashboard's rows, written as text: a plan reaches hundreds of units, and a node per cell cost 15 ms of
    /// the page's 92 at 500 units (p50, `scripts/bench/task-ledger.sh`). Names and addresses are escaped.
    static func unitRows(_ m: Model) -> String {
        var rows = ""
        rows.reserveCapacity(m.units.count * 300)
        for unit in m.units {
            let c = unit.counts
            let href = HTMLEscape.escape(link(m, view: .units, unit: unit.organisationID))
            let overdue = c.overdue > 0 ? "<span class=\"badge badge-bad\">\(c.overdue)</span>" : "0"
            rows += "<tr><td><a href=\"\(href)\">\(HTMLEscape.escape(unit.name))</a></td><td>\(c.total)</td>"
            rows += "<td>\(unit.lead)</td><td>\(c.done)</td><td>\(c.inProgress)</td><td>\(c.notStarted)</td>"
            rows += "<td>\(overdue)</td><td>\(HTMLEscape.escape(rate(c)))</td></tr>"
        }
        return rows
    }

    static func taskTable(_ m: Model) -> Node<HTML.BodyContext> {
        let titles = m.titles
        let pages = max(1, (m.total + pageSize - 1) / pageSize)
        return .group(
            .p(.class("muted"), .safe("共\(m.total)项任务" + (pages > 1 ? "，第\(m.page)/\(pages)页" : ""))),
            .if(
                !m.tasks.isEmpty,
                .table(
                    .class("table ledger-table"),
                    .thead(
                        .tr(
                            .th(.safe("编号")), .th(.safe("任务")), .th(.safe("责任单位")), .th(.safe("时限")), .th(.safe("状态")),
                            .th(.safe("进展")))),
                    .tbody(.forEach(m.tasks) { task in taskRow(task, title: titles[task.itemID] ?? nil) }))),
            .if(
                pages > 1,
                .nav(
                    .class("pager"), .attribute(named: "aria-label", value: "分页"),
                    .if(m.page > 1, .a(.href(link(m, page: m.page - 1)), .safe("上一页"))),
                    .if(m.page < pages, .a(.href(link(m, page: m.page + 1)), .safe("下一页"))))))
    }

    static func taskRow(_ task: PlanTaskRow, title: String?) -> Node<HTML.TableContext> {
        .tr(
            .td(.class("mono"), .safe(task.code)),
            .td(
                .a(.href("/plans/tasks/\(task.id)"), .safe(title ?? String(task.body.prefix(40)))),
                .if(title != nil && task.body != title, .div(.class("muted"), .safe(String(task.body.prefix(80)))))),
            .td(
                .safe(
                    task.units.map {
                        $0.role == .cooperating ? $0.name + "（配合）" : $0.role == .lead ? $0.name + "（牵头）" : $0.name
                    }
                    .joined(separator: "、"))),
            .td(
                .safe(task.deadlineText ?? "—"),
                .if(task.due != nil, .div(.class("mono muted"), .safe(task.due?.iso ?? "")))),
            .td(.span(.class("badge badge-\(task.standing.tone.rawValue)"), .safe(task.standing.label))),
            .td(.safe("\(task.progressCount)")))
    }

}
