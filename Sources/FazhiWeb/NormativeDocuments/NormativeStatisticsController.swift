import FazhiCore
import FazhiStore
import Vapor

/// 统计: a year's figures by drafting body for the user's subtree, the documents behind every figure, and the
/// table as Excel or CSV.
struct NormativeStatisticsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let statistics = routes.grouped("normative", "statistics")
        statistics.get(use: show)
        statistics.get("records", use: records)
        statistics.get("export.csv", use: export)
        statistics.get("export.xlsx", use: export)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let text = try? req.query.get(String.self, at: "year")
        let context = PageContext(req)
        do {
            let year = try NormativeStatisticsFigure.year(text, default: req.today.year)
            let statistics = try await req.normativeStatistics(member).statistics(year: year)
            return Layout.response(NormativeStatisticsPages.table(statistics, context), context: context)
        } catch let error as DomainError where !error.fields.isEmpty {
            return Layout.response(
                NormativeStatisticsPages.yearError(text ?? "", errors: error.fields, today: req.today, context),
                context: context, status: .unprocessableEntity)
        }
    }

    /// The figure, year and drafting body of a drill-down address; a figure or year that names nothing is a 422,
    /// a body outside the scope a 404.
    static func recordsQuery(_ req: Request, _ member: Accounts.Member) async throws -> (
        figure: NormativeStatisticsFigure, year: Int, organisation: Organisation?
    ) {
        let year = try NormativeStatisticsFigure.year(
            try? req.query.get(String.self, at: "year"), default: req.today.year)
        let name = (try? req.query.get(String.self, at: "figure")) ?? ""
        guard let figure = NormativeStatisticsFigure(rawValue: name) else {
            let names = NormativeStatisticsFigure.allCases.map(\.rawValue).joined(separator: "、")
            throw DomainError.invalid("figure", "未知的统计项「\(name.prefix(30))」，应为 \(names) 之一")
        }
        var organisation: Organisation?
        if let text = try? req.query.get(String.self, at: "organisation"), !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw DomainError.notFound("机构不存在，或不在您的管辖范围内") }
            organisation = try await req.organisations(member).find(id)
        }
        return (figure, year, organisation)
    }

    @Sendable func records(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let query = try await Self.recordsQuery(req, member)
        let documents = try await req.normativeStatistics(member).records(
            query.figure, year: query.year, organisationID: query.organisation?.id)
        let context = PageContext(req)
        return Layout.response(
            NormativeStatisticsPages.records(
                documents, figure: query.figure, year: query.year, organisation: query.organisation,
                today: req.today, context),
            context: context)
    }

    @Sendable func export(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let year = try NormativeStatisticsFigure.year(
            try? req.query.get(String.self, at: "year"), default: req.today.year)
        let statistics = try await req.normativeStatistics(member).statistics(year: year)
        return try Download.table(
            NormativeStatisticsExport.table(statistics), as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }
}
