import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// A figure the platform can count, with its definition.
struct AssessmentMetricDTO: Content {
    let code, name, module, numerator, denominator, period: String
    let available: Bool

    init(_ m: AssessmentMetric) {
        (code, name, module, numerator, denominator, period) = (
            m.code, m.name, m.module, m.numerator, m.denominator, m.period
        )
        available = m.isAvailable
    }
}

/// An indicator system as the sheet has it: the header row, then a row per indicator (the columns of
/// `IndicatorSystem.tableColumns`). The same rows are accepted back, so the API and a spreadsheet are one format.
struct IndicatorSystemDTO: Content {
    let id: UUID
    let name: String
    let organisationName: String
    let total: String
    let countsByLevel: [Int]
    let rows: [[String]]

    init(_ row: IndicatorSystemRow) {
        (id, name, organisationName) = (row.id, row.system.name, row.organisationName)
        (total, countsByLevel, rows) = (row.system.total.text, row.system.countsByLevel, row.system.tableRows())
    }
}

struct IndicatorSystemRequest: Content {
    let name: String?
    let rows: [[String]]?

    func system() throws -> IndicatorSystem {
        let name = name?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty else { throw DomainError.invalid("name", "请填写指标体系名称") }
        do {
            return try IndicatorSystem.fromTable(rows ?? [], name: name)
        } catch {
            throw error.domainError
        }
    }
}

struct AssessmentRoundDTO: Content {
    struct Unit: Content {
        let organisationID: UUID
        let name: String
        let status: String
        let final: String?
        let rank: Int?
        let pending: Int
    }
    let id: UUID
    let systemID: UUID
    let title: String
    let organisationName: String
    let periodFirst: CivilDate
    let periodLast: CivilDate
    let status: String
    let ownRound: Bool
    /// The units with their scores; only on a single round.
    let units: [Unit]?

    init(_ r: AssessmentRoundRow, results: [AssessmentResult]? = nil) {
        (id, systemID, title, organisationName) = (r.id, r.systemID, r.title, r.organisationName)
        (periodFirst, periodLast, status, ownRound) = (r.period.first, r.period.last, r.status.rawValue, r.ownRound)
        units = results?.map {
            Unit(
                organisationID: $0.unit.organisationID, name: $0.unit.name, status: $0.unit.status.rawValue,
                final: $0.card.final?.text, rank: $0.rank, pending: $0.card.total.pending)
        }
    }
}

/// A unit's scorecard: a line per indicator, parents with their subtotals, leaves with their score.
struct AssessmentScorecardDTO: Content {
    struct Line: Content {
        let code, name: String
        let level: Int
        let maxPoints, earned: String
        let pending: Int
        /// `scored`, `excluded` or `pending`; leaves only.
        let outcome: String?
        let explanation: String?
        let figure: MetricValue?
        let selfPoints: String?
        let selfComment: String?
        let evidence: [EvidenceFileDTO]?
        let reviewComment: String?
    }
    let roundID: UUID
    let organisationID: UUID
    let unitName: String
    let status: String
    let final: String?
    let lines: [Line]

    init(_ c: AssessmentScorecard) {
        (roundID, organisationID, unitName) = (c.round.id, c.unit.organisationID, c.unit.name)
        (status, final) = (c.unit.status.rawValue, c.card.final?.text)
        lines = c.card.lines.map { line in
            let entry = c.entries[line.code]
            let outcome: String? =
                switch line.score?.outcome {
                case .scored?: "scored"
                case .excluded?: "excluded"
                case .pending?: "pending"
                case nil: nil
                }
            return Line(
                code: line.code, name: line.name, level: line.level, maxPoints: line.subtotal.maxPoints.text,
                earned: line.subtotal.earned.text, pending: line.subtotal.pending, outcome: outcome,
                explanation: line.score?.explanation, figure: c.figures[line.code]?.value,
                selfPoints: entry?.selfPoints?.text, selfComment: entry?.selfComment,
                evidence: entry?.evidence.map(EvidenceFileDTO.init),
                reviewComment: entry?.review?.comment)
        }
    }
}
