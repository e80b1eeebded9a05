import FazhiCore
import Foundation
import SQLKit

/// A review campaign (评查活动) as its pages show it.
public struct ReviewCampaignRow: Sendable, Equatable {
    public enum Status: String, Sendable {
        case open
        case published

        public var label: String { self == .open ? "评查中" : "已发布结果" }
    }

    public var id: UUID
    public var organisationID: UUID
    public var organisationName: String
    public var scopePath: OrgPath
    public var name: String
    public var periodFrom: String
    public var periodTo: String
    public var sampleSize: ReviewSampleSize
    public var seed: String
    /// The eligible case ids per agency at the draw, sorted: with the seed, what anyone needs to re-run it.
    public var eligible: [String: [String]]
    public var standard: ReviewStandard
    public var status: Status
    public var createdBy: String
    public var createdAt: Date
    public var publishedAt: Date?

    static let select: SQLQueryString = """
        SELECT c.id, c.organisation_id, o.name AS organisation_name, c.scope_path, c.name, c.period_from, c.period_to,
               c.sample_rule, c.seed, c.eligible, c.standard, c.status, c.created_by, c.created_at, c.published_at
        FROM review_campaigns c JOIN organisations o ON o.id = c.organisation_id
        """

    static func decode(_ row: any SQLRow) throws -> ReviewCampaignRow {
        let decoder = JSONDecoder()
        func json<T: Decodable>(_ column: String, _ type: T.Type) throws -> T {
            try decoder.decode(type, from: Data(try row.decode(column: column, as: String.self).utf8))
        }
        return ReviewCampaignRow(
            id: try row.decode(column: "id", as: UUID.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            scopePath: OrgPath(value: try row.decode(column: "scope_path", as: String.self)),
            name: try row.decode(column: "name", as: String.self),
            periodFrom: try row.decode(column: "period_from", as: String.self),
            periodTo: try row.decode(column: "period_to", as: String.self),
            sampleSize: try json("sample_rule", ReviewSampleSize.self),
            seed: try row.decode(column: "seed", as: String.self),
            eligible: try json("eligible", [String: [String]].self),
            standard: try json("standard", ReviewStandard.self),
            status: Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
            createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            publishedAt: try row.decode(column: "published_at", as: Date?.self))
    }
}

/// A drawn file and its review.
public struct ReviewFileRow: Sendable, Equatable {
    public enum Stage: String, Sendable, CaseIterable {
        case pending
        case draft
        case submitted

        public var label: String {
            switch self {
            case .pending: "待评查"
            case .draft: "评查中（草稿）"
            case .submitted: "已提交"
            }
        }
    }

    public var id: UUID
    public var campaignID: UUID
    public var caseID: UUID
    public var caseReference: String
    public var partyName: String
    public var matterName: String
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    /// The file's place in its agency's draw (1 = the lowest rank).
    public var position: Int
    public var stage: Stage
    public var reviewerName: String?
    public var prefill: [ReviewPrefill]
    public var results: [ReviewItemResult]
    public var vetoed: Bool
    public var score: Int?
    public var grade: ReviewGrade?
    public var updatedAt: Date

    static let select: SQLQueryString = """
        SELECT f.id, f.campaign_id, f.case_id, e.reference, e.party_name, e.matter_name, f.organisation_id,
               o.name AS organisation_name, f.org_path, f.position, f.stage, f.reviewer_name, f.prefill, f.results,
               f.vetoed, f.score, f.grade, f.updated_at
        FROM review_files f JOIN enforcement_cases e ON e.id = f.case_id JOIN organisations o ON o.id = f.organisation_id
        """

    static func decode(_ row: any SQLRow) throws -> ReviewFileRow {
        let decoder = JSONDecoder()
        return ReviewFileRow(
            id: try row.decode(column: "id", as: UUID.self),
            campaignID: try row.decode(column: "campaign_id", as: UUID.self),
            caseID: try row.decode(column: "case_id", as: UUID.self),
            caseReference: try row.decode(column: "reference", as: String.self),
            partyName: try row.decode(column: "party_name", as: String.self),
            matterName: try row.decode(column: "matter_name", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
            position: try row.decode(column: "position", as: Int.self),
            stage: Stage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .pending,
            reviewerName: try row.decode(column: "reviewer_name", as: String?.self),
            prefill: try decoder.decode(
                [ReviewPrefill].self, from: Data(try row.decode(column: "prefill", as: String.self).utf8)),
            results: try decoder.decode(
                [ReviewItemResult].self, from: Data(try row.decode(column: "results", as: String.self).utf8)),
            vetoed: try row.decode(column: "vetoed", as: Bool.self),
            score: try row.decode(column: "score", as: Int?.self),
            grade: (try row.decode(column: "grade", as: String?.self)).flatMap(ReviewGrade.init(rawValue:)),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }
}

/// One agency's results in a campaign. 合格率 (pass rate) is the share of submitted files that were not vetoed and
/// scored at least the scale's 合格 line; the average is over submitted files, vetoed ones counting 0.
public struct ReviewAgencyResult: Sendable, Equatable {
    public var organisationID: UUID
    public var organisationName: String
    public var files: Int
    public var submitted: Int
    public var averageScore: Double?
    public var passed: Int
    public var vetoed: Int

    /// passed ÷ submitted, nil before any file is submitted.
    public var passRate: Double? { submitted == 0 ? nil : Double(passed) / Double(submitted) }

    /// The results of each agency in `files`, by agency name.
    public static func of(_ files: [ReviewFileRow], scale: ReviewGradeScale) -> [ReviewAgencyResult] {
        Dictionary(grouping: files, by: \.organisationID).map { id, rows in
            let done = rows.filter { $0.stage == .submitted }
            let scores = done.compactMap(\.score)
            return ReviewAgencyResult(
                organisationID: id, organisationName: rows[0].organisationName, files: rows.count,
                submitted: done.count,
                averageScore: scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count),
                passed: done.filter { !$0.vetoed && ($0.score ?? 0) >= scale.pass }.count,
                vetoed: done.filter(\.vetoed).count)
        }.sorted {
            ($0.organisationName, $0.organisationID.uuidString) < ($1.organisationName, $1.organisationID.uuidString)
        }
    }
}

/// A new campaign as the form or the API gives it.
public struct ReviewCampaignInput: Sendable, Equatable {
    public var name: String
    public var periodFrom: String
    public var periodTo: String
    public var sampleSize: ReviewSampleSize

    public init(name: String, periodFrom: String, periodTo: String, sampleSize: ReviewSampleSize) {
        self.name = name
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.sampleSize = sampleSize
    }

    /// The name, the period as days (from ≤ to) and the sample size, or field errors in Chinese.
    public func validated() throws -> (name: String, from: CivilDate, to: CivilDate) {
        var check = Validation()
        let name = check.text("name", name, label: "评查活动名称", maxLength: 100)
        let from = CivilDate(iso: periodFrom.trimmingCharacters(in: .whitespaces))
        let to = CivilDate(iso: periodTo.trimmingCharacters(in: .whitespaces))
        if from == nil { check.add("periodFrom", "请填写结案日期范围的起始日（如 2026-01-01）") }
        if to == nil { check.add("periodTo", "请填写结案日期范围的截止日（如 2026-06-30）") }
        if let from, let to, from > to { check.add("periodTo", "截止日不能早于起始日") }
        for error in sampleSize.validated() { check.add(error.field, error.message) }
        try check.check()
        return (name, from!, to!)
    }
}
