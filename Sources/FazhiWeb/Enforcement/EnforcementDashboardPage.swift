import FazhiCore
import FazhiStore
import Plot

/// The page of `EnforcementDashboardController`: the period form, the totals, the table by body, month or matter
/// (every figure a link to the cases or alerts it counts), and the definitions (统计口径).
enum EnforcementDashboardPage {
    typealias Line = EnforcementStatisticsRepository.Line

    static func view(
        _ report: EnforcementStatisticsRepository.Report?, query: EnforcementStatisticsQuery, _ context: PageContext
    )
        -> PageHTML
    {
        Layout.page(context, title: "执法监督看板") {
            H1("执法监督看板")
            Paragraph(
                "本辖区行政执法案件、处罚决定、罚款、公示、超期案件、预警和案卷评查的统计。每个数字都可点击查看所统计的案件或预警，各项指标的统计口径见页面底部。"
            ).class("lead")
            EnforcementStatisticsComponents.periodForm(query, path: "/enforcement/dashboard")
            if let report {
                EnforcementStatisticsComponents.groupingLinks(query, path: "/enforcement/dashboard")
                summary(report)
                table(report)
            }
            EnforcementStatisticsComponents.definitions(EnforcementMetric.allCases)
        }
    }

    static let columns: [EnforcementMetric] = EnforcementMetric.monthly

    private static func summary(_ report: EnforcementStatisticsRepository.Report) -> Component {
        Div {
            for metric in EnforcementMetric.current {
                Div {
                    H2 { Link(metric.label, url: "#def-\(metric.rawValue)") }
                    Paragraph { cell(report.total, metric, report: report, line: nil) }.class("stat")
                }.class("card")
            }
        }.class("card-grid")
    }

    private static func table(_ report: EnforcementStatisticsRepository.Report) -> Component {
        let current = report.grouping == .agency ? EnforcementMetric.current : []
        return Table(
            header: TableRow {
                TableHeaderCell(report.grouping == .agency ? "执法主体" : report.grouping == .month ? "月份" : "执法事项")
                for metric in columns + current {
                    TableHeaderCell { Link(metric.label, url: "#def-\(metric.rawValue)") }
                }
            }
        ) {
            for line in report.lines {
                TableRow {
                    TableCell(line.label)
                    for metric in columns + current {
                        TableCell { cell(line, metric, report: report, line: line) }.class("num")
                    }
                }
            }
            TableRow {
                TableCell { Span("合计").class("strong") }
                for metric in columns + current {
                    TableCell { cell(report.total, metric, report: report, line: nil) }.class("num")
                }
            }.class("total")
        }.class("table")
    }

    /// A figure as a link to what it counts (`line` nil: the whole scope).
    static func cell(
        _ figures: Line, _ metric: EnforcementMetric, report: EnforcementStatisticsRepository.Report, line: Line?
    )
        -> Component
    {
        guard let value = figures.value(metric) else { return Text("—") }
        let text = EnforcementStatisticsComponents.format(value, metric)
        guard let url = drillDown(metric, report: report, line: line) else { return Text(text) }
        return Link(text, url: url)
    }

    /// Where a figure's records are listed: the case list filtered to what it counts, the alerts, the reviews.
    static func drillDown(_ metric: EnforcementMetric, report: EnforcementStatisticsRepository.Report, line: Line?)
        -> String?
    {
        var items: [String] = []
        var from = report.from
        var to = report.to
        if let line {
            switch report.grouping {
            case .agency: items.append("org=\(line.key)")
            case .month:
                if let month = StatisticsMonth(text: line.key) { (from, to) = (month, month) }
            case .matter: items.append("matter=\(LawSearchRequest.encode(line.key))")
            }
        }
        switch metric {
        case .open: return "/enforcement?" + (["view=open"] + items).joined(separator: "&")
        case .overdue: return "/enforcement?" + (["view=overdue"] + items).joined(separator: "&")
        case .openAlerts:
            return "/enforcement/alerts?"
                + (["state=open"] + items.filter { $0.hasPrefix("org=") }).joined(separator: "&")
        case .reviewScore: return "/enforcement/reviews"
        default:
            return "/enforcement?"
                + (["view=all"] + items + ["figure=\(metric.rawValue)", "from=\(from)", "to=\(to)"]).joined(
                    separator: "&")
        }
    }
}

/// What the workbench and public statistics pages share: the period form, the grouping links, number formats and
/// the definitions.
enum EnforcementStatisticsComponents {
    static func periodForm(_ query: EnforcementStatisticsQuery, path: String) -> Component {
        Form(url: path, method: .get) {
            ErrorSummary(errors: query.errors)
            Div {
                FormField(
                    label: "起始月份", name: "from", value: query.fromText, type: .month, hint: "如 2026-01",
                    errors: query.errors)
                FormField(
                    label: "截止月份", name: "to", value: query.toText, type: .month, hint: "如 2026-11",
                    errors: query.errors
                )
                SelectField(
                    label: "分组", name: "by",
                    options: EnforcementStatisticsRepository.Grouping.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.grouping.rawValue, emptyTitle: "请选择分组")
            }.class("filter-grid")
            Button("统计").attribute(named: "type", value: "submit").class("button")
        }.class("form filters").attribute(named: "role", value: "search")
    }

    static func groupingLinks(_ query: EnforcementStatisticsQuery, path: String) -> Component {
        Paragraph {
            Text("\(query.from.label)至\(query.to.label)　")
            for (index, grouping) in EnforcementStatisticsRepository.Grouping.allCases.enumerated() {
                if index > 0 { Text("　·　") }
                if grouping == query.grouping {
                    Span(grouping.label).class("strong")
                } else {
                    Link(grouping.label, url: query.url(path, by: grouping))
                }
            }
        }
    }

    static func format(_ value: Double, _ metric: EnforcementMetric) -> String {
        if metric.isMoney { return Money.text(Int64(value)) }
        if metric == .reviewScore {
            let tenths = Int((value * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)"
        }
        return String(Int64(value))
    }

    static func definitions(_ metrics: [EnforcementMetric]) -> Component {
        Div {
            H2("统计口径")
            Node<HTML.BodyContext>.element(
                named: "dl",
                nodes: [.class("facts")]
                    + metrics.flatMap { metric in
                        [
                            .element(named: "dt", nodes: [.id("def-\(metric.rawValue)"), .text(metric.label)]),
                            .element(named: "dd", text: metric.definition),
                        ]
                    })
        }
    }
}
