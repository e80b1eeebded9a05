import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/statistics` (the dashboard's figures, in the caller's scope) and
/// `/api/v1/publicity/statistics` (the region's public figures, no login).
struct EnforcementStatisticsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("enforcement", "statistics", use: workbench)
        routes.get("publicity", "statistics", use: publicFigures)
    }

    /// `?from&to&by`: the figures of the caller's scope with their definitions.
    @Sendable func workbench(req: Request) async throws -> EnforcementStatisticsDTO {
        let member = try req.requireMember()
        let query = try Self.checked(EnforcementStatisticsQuery(req))
        return EnforcementStatisticsDTO(
            try await req.enforcementStatistics(member).report(
                from: query.from, to: query.to, grouping: query.grouping),
            metrics: EnforcementMetric.allCases)
    }

    /// `?from&to&by`: the region's figures of decisions, fines and publicity (no figure about today's handling).
    @Sendable func publicFigures(req: Request) async throws -> EnforcementStatisticsDTO {
        let query = try Self.checked(EnforcementStatisticsQuery(req))
        return EnforcementStatisticsDTO(
            try await req.publicEnforcementStatistics.report(
                from: query.from, to: query.to, grouping: query.grouping == .matter ? .agency : query.grouping,
                current: false),
            metrics: EnforcementMetric.publicMetrics)
    }

    static func checked(_ query: EnforcementStatisticsQuery) throws -> EnforcementStatisticsQuery {
        if !query.errors.isEmpty { throw DomainError.invalid(query.errors) }
        return query
    }
}

/// A statistics report: the period, the grouping, the definitions of its figures, its lines and total. Fines are
/// in fen.
struct EnforcementStatisticsDTO: Content {
    struct Definition: Content {
        var metric: String
        var label: String
        var definition: String
    }

    struct Line: Content {
        var key: String
        var label: String
        var figures: [String: Double]
    }

    var from: String
    var to: String
    var by: String
    var definitions: [Definition]
    var lines: [Line]
    var total: Line

    init(_ report: EnforcementStatisticsRepository.Report, metrics: [EnforcementMetric]) {
        from = report.from.description
        to = report.to.description
        by = report.grouping.rawValue
        definitions = metrics.map { Definition(metric: $0.rawValue, label: $0.label, definition: $0.definition) }
        func line(_ line: EnforcementStatisticsRepository.Line) -> Line {
            var figures: [String: Double] = [:]
            for metric in metrics { if let value = line.value(metric) { figures[metric.rawValue] = value } }
            return Line(key: line.key, label: line.label, figures: figures)
        }
        lines = report.lines.map(line)
        total = line(report.total)
    }
}
