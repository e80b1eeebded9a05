import FazhiCore
import FazhiStore
import Plot
import Vapor

/// `/publicity/statistics`: 行政执法统计 for the public — the region's cases, decisions, fines and publications by
/// body or month, with their definitions; nothing about a particular case.
struct EnforcementPublicStatisticsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("publicity", "statistics", use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        var query = EnforcementStatisticsQuery(req)
        if query.grouping == .matter { query.grouping = .agency }
        var report: EnforcementStatisticsRepository.Report?
        if query.errors.isEmpty {
            report = try await req.publicEnforcementStatistics.report(
                from: query.from, to: query.to, grouping: query.grouping, current: false)
        }
        let context = PageContext(req)
        return Layout.response(
            EnforcementPublicStatisticsPage.view(report, query: query, context), context: context,
            status: query.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

enum EnforcementPublicStatisticsPage {
    static let path = "/publicity/statistics"

    static func view(
        _ report: EnforcementStatisticsRepository.Report?, query: EnforcementStatisticsQuery, _ context: PageContext
    )
        -> PageHTML
    {
        Layout.page(context, title: "行政执法统计") {
            H1("行政执法统计")
            Paragraph {
                Text("本地区行政执法机关的行政处罚立案、决定、罚款和公示情况，按执法机关或按月份统计，数据随办案实时更新。各项指标的统计口径见页面底部；具体决定可在")
                Link("行政处罚决定公示", url: "/publicity")
                Text("中查询。")
            }.class("lead")
            EnforcementStatisticsComponents.periodForm(query, path: path)
            if let report {
                Paragraph {
                    Text("\(report.from.label)至\(report.to.label)　")
                    for (index, grouping) in [EnforcementStatisticsRepository.Grouping.agency, .month].enumerated() {
                        if index > 0 { Text("　·　") }
                        if grouping == query.grouping {
                            Span(grouping.label).class("strong")
                        } else {
                            Link(grouping.label, url: query.url(path, by: grouping))
                        }
                    }
                }
                table(report)
            }
            EnforcementStatisticsComponents.definitions(EnforcementMetric.publicMetrics)
        }
    }

    private static func table(_ report: EnforcementStatisticsRepository.Report) -> Component {
        let metrics = EnforcementMetric.publicMetrics
        return Table(
            header: TableRow {
                TableHeaderCell(report.grouping == .agency ? "执法机关" : "月份")
                for metric in metrics { TableHeaderCell { Link(metric.label, url: "#def-\(metric.rawValue)") } }
            }
        ) {
            for line in report.lines {
                TableRow {
                    TableCell(line.label)
                    for metric in metrics {
                        TableCell(line.value(metric).map { EnforcementStatisticsComponents.format($0, metric) } ?? "—")
                            .class("num")
                    }
                }
            }
            TableRow {
                TableCell { Span("合计").class("strong") }
                for metric in metrics {
                    TableCell(
                        report.total.value(metric).map { EnforcementStatisticsComponents.format($0, metric) } ?? "—"
                    )
                    .class("num")
                }
            }
        }.class("table")
    }
}
