import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/normative/statistics`: the year's figures by drafting body, and the documents behind a figure.
struct NormativeStatisticsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let statistics = routes.grouped("normative", "statistics")
        statistics.get(use: show)
        statistics.get("records", use: records)
    }

    /// `?year=` (default: this year); a year that is not one is a 422 naming the field.
    @Sendable func show(req: Request) async throws -> NormativeStatisticsDTO {
        let member = try req.requireMember()
        let year = try NormativeStatisticsFigure.year(
            try? req.query.get(String.self, at: "year"), default: req.today.year)
        return NormativeStatisticsDTO(try await req.normativeStatistics(member).statistics(year: year))
    }

    /// `?figure=&year=&organisation=`: exactly the documents the figure counts.
    @Sendable func records(req: Request) async throws -> [NormativeStatisticsRecordDTO] {
        let member = try req.requireMember()
        let query = try await NormativeStatisticsController.recordsQuery(req, member)
        return try await req.normativeStatistics(member).records(
            query.figure, year: query.year, organisationID: query.organisation?.id
        ).map { NormativeStatisticsRecordDTO($0) }
    }
}

struct NormativeStatisticsDTO: Content {
    struct Row: Content {
        /// Null for the total.
        let organisationID: UUID?
        let name: String
        /// By figure code (`published`, `due`, …).
        let counts: [String: Int]
        /// 按时报备率 in percent; null when nothing was due.
        let onTimeRate: Double?

        init(_ row: NormativeStatistics.Row) {
            (organisationID, name, onTimeRate) = (row.organisationID, row.name, row.onTimeRate)
            counts = Dictionary(
                uniqueKeysWithValues: NormativeStatisticsFigure.allCases.map { ($0.rawValue, row.count($0)) })
        }
    }
    let year: Int
    let rows: [Row]
    let total: Row
    /// Each figure's label and definition, and the rate's.
    let definitions: [String: String]

    init(_ s: NormativeStatistics) {
        year = s.year
        rows = s.rows.map(Row.init)
        total = Row(s.total)
        var definitions = Dictionary(
            uniqueKeysWithValues: NormativeStatisticsFigure.allCases.map {
                ($0.rawValue, "\($0.label)：\($0.definition)")
            })
        definitions["onTimeRate"] = NormativeStatisticsFigure.onTimeRateDefinition
        self.definitions = definitions
    }
}

struct NormativeStatisticsRecordDTO: Content {
    let id: UUID
    let title: String
    let kind: String
    let stage: String
    let documentNumber: String?
    let organisationID: UUID
    let organisationName: String
    let publishedOn: CivilDate?
    let filingDue: CivilDate?
    let filedOn: CivilDate?
    let reviewedOn: CivilDate?
    let reviewOutcome: String?
    let decision: String?
    let decidedOn: CivilDate?

    init(_ d: NormativeDocumentRow) {
        (id, title, kind, stage, documentNumber) = (d.id, d.title, d.kind.rawValue, d.stage.rawValue, d.documentNumber)
        (organisationID, organisationName, publishedOn) = (d.organisationID, d.organisationName, d.publishedOn)
        (filingDue, filedOn, reviewedOn) = (d.filingDue, d.filedOn, d.reviewedOn)
        (reviewOutcome, decision, decidedOn) = (d.reviewOutcome?.rawValue, d.decision?.rawValue, d.decidedOn)
    }
}
