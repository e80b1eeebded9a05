import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/reports`: the annual reports of the governments in scope, their figures with definitions, and their
/// text.
struct AnnualReportAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reports = routes.grouped("reports")
        reports.get(use: list)
        reports.post(use: start)
        reports.get(":id", use: show)
        reports.put(":id", use: save)
    }

    struct Summary: Content {
        let id: UUID
        let government: String
        let year: Int
        let updatedAt: Date
    }

    struct ReportDTO: Content {
        struct Section: Content {
            let code: String
            let title: String
            let text: String
            let figures: [ReportFigure]
        }
        let id: UUID
        let governmentID: UUID
        let government: String
        let year: Int
        let sections: [Section]
        let updatedBy: String
        let updatedAt: Date

        init(_ r: AnnualReport) {
            (id, governmentID, government, year) = (r.id, r.government.id, r.government.name, r.year)
            (updatedBy, updatedAt) = (r.updatedBy, r.updatedAt)
            let links = AnnualReportLinks.forYear(r.year)
            sections = AnnualReportSection.allCases.map { section in
                Section(
                    code: section.rawValue, title: section.heading, text: r.texts[section] ?? "",
                    figures: AnnualReportDraft.figures(section, r.facts, links: links))
            }
        }
    }

    @Sendable func list(req: Request) async throws -> [Summary] {
        try await req.annualReports(try req.requireMember()).list().map {
            Summary(id: $0.id, government: $0.government, year: $0.year, updatedAt: $0.updatedAt)
        }
    }

    struct StartRequest: Content {
        let organisationID: String?
        let year: Int?
    }

    /// Starts (or opens) a government's report for a year, with the first draft of every section.
    @Sendable func start(req: Request) async throws -> Response {
        let reports = req.annualReports(try req.requireMember())
        let body = try req.json(StartRequest.self)
        let id = try await reports.start(
            government: body.organisationID ?? "", year: body.year.map(String.init) ?? "", by: req.actor)
        return try APIResponse.created(ReportDTO(try await reports.report(id)), at: "/api/v1/reports/\(id)")
    }

    @Sendable func show(req: Request) async throws -> ReportDTO {
        ReportDTO(try await req.annualReports(try req.requireMember()).report(try req.idParameter()))
    }

    struct SaveRequest: Content {
        /// Section code → text; sections left out keep their text.
        let texts: [String: String]
    }

    @Sendable func save(req: Request) async throws -> ReportDTO {
        let reports = req.annualReports(try req.requireMember())
        let id = try req.idParameter()
        let body = try req.json(SaveRequest.self)
        var v = Validation()
        for code in body.texts.keys where AnnualReportSection(rawValue: code) == nil {
            v.add("texts.\(code)", "未知的章节「\(code)」")
        }
        try v.check()
        var texts = try await reports.report(id).texts
        for (code, text) in body.texts { texts[AnnualReportSection(rawValue: code)!] = text }
        return ReportDTO(try await reports.save(id, texts: texts, by: req.actor))
    }
}
