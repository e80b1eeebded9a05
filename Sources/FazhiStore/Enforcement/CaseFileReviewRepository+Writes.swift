import FazhiCore
import Fluent
import Foundation
import SQLKit

extension CaseFileReviewRepository {
    /// Creates a campaign of `organiser` (the member's bureau) over the scope: the closed cases of the period, per
    /// agency, drawn with a fresh seed (`ReviewSample`), each drawn file prefilled from its facts. The seed and the
    /// eligible lists are recorded with the campaign, so the draw can be re-run by anyone.
    public func create(
        _ input: ReviewCampaignInput, organiser: Organisation, standard: ReviewStandard = .standard, by actor: Actor
    ) async throws -> ReviewCampaignRow {
        guard mayOrganise else { throw DomainError.forbidden("组织案卷评查需要司法行政或管理员角色") }
        let (name, from, to) = try input.validated()
        let problems = standard.validated()
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let cases = try await closedCases(from: from, to: to)
        if cases.isEmpty { throw DomainError.invalid("periodFrom", "该期间内没有已结案的案件可供抽取") }
        let seed = ReviewSample.newSeed()
        let byAgency = Dictionary(grouping: cases, by: \.organisationID)
        var eligible: [String: [String]] = [:]
        var drawn: [(row: CaseRow, position: Int)] = []
        for (agency, rows) in byAgency {
            let ids = rows.map { $0.id.uuidString.lowercased() }.sorted()
            eligible[agency.uuidString.lowercased()] = ids
            let sample = ReviewSample.draw(seed: seed, eligible: ids, size: input.sampleSize)
            let index = Dictionary(uniqueKeysWithValues: rows.map { ($0.id.uuidString.lowercased(), $0) })
            for (position, id) in sample.enumerated() { drawn.append((index[id]!, position + 1)) }
        }
        var prefills: [UUID: [ReviewPrefill]] = [:]
        for (row, _) in drawn {
            let policy = try await EnforcementPolicies.applied(to: row.orgPath, on: db).policy
            prefills[row.id] = ReviewPrefill.of(row.facts, standard: standard, policy: policy, calendar: calendar)
        }
        let id = UUID()
        let now = Date()
        let audit = CampaignAudit(
            name: name, periodFrom: from.iso, periodTo: to.iso, sampleSize: input.sampleSize.text, seed: seed,
            files: drawn.count)
        let sampleRule = try json(input.sampleSize)
        let eligibleJSON = try AuditChange.canonicalJSON(eligible)
        let standardJSON = try json(standard)
        let rows = try drawn.map { entry in
            let prefill = prefills[entry.row.id] ?? []
            return (
                entry.row, entry.position, try json(prefill),
                try json(ReviewPrefill.initialResults(prefill, standard: standard))
            )
        }
        try await db.writeTransaction { [scope] tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw(
                """
                INSERT INTO review_campaigns (id, organisation_id, org_path, scope_path, name, period_from, period_to,
                    sample_rule, seed, eligible, standard, status, created_by, created_at)
                VALUES (\(bind: id), \(bind: organiser.id), \(bind: organiser.path.value), \(bind: scope.root.value),
                    \(bind: name), \(bind: from.iso), \(bind: to.iso), \(bind: sampleRule), \(bind: seed),
                    \(bind: eligibleJSON), \(bind: standardJSON), 'open', \(bind: actor.name), \(bind: now))
                """
            ).run()
            for (row, position, prefill, initial) in rows {
                try await sql.raw(
                    """
                    INSERT INTO review_files (id, campaign_id, case_id, organisation_id, org_path, position, stage,
                        prefill, results, vetoed, updated_at)
                    VALUES (\(bind: UUID()), \(bind: id), \(bind: row.id), \(bind: row.organisationID),
                        \(bind: row.orgPath.value), \(bind: position), 'pending', \(bind: prefill),
                        \(bind: initial), \(bind: false), \(bind: now))
                    """
                ).run()
            }
            try await AuditLog.append(
                .of(
                    "enforcement.review.create", "review_campaign", id: id.uuidString, before: nil as CampaignAudit?,
                    after: audit),
                orgPath: organiser.path, by: actor, on: tx)
        }
        return try await find(id)
    }

    /// Records a reviewer's results on a file: validated against the standard and the prefill, scored, kept as a
    /// draft or submitted. A published campaign's files no longer change.
    public func score(
        _ fileID: UUID, in campaignID: UUID, results: [ReviewItemResult], submit: Bool, reviewer: UUID?, by actor: Actor
    ) async throws -> ReviewFileRow {
        guard mayReview else { throw DomainError.forbidden("评查案卷需要司法行政、部门法制员或管理员角色") }
        let (campaign, file) = try await self.file(fileID, in: campaignID)
        guard campaign.status == .open else { throw DomainError.conflict("评查结果已发布，不能再修改") }
        let problems = ReviewScore.validate(results, standard: campaign.standard, prefill: file.prefill)
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let cleaned = results.map {
            ReviewItemResult(
                itemID: $0.itemID, vetoed: $0.vetoed, deduction: $0.deduction,
                note: $0.note.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let score = ReviewScore(cleaned, standard: campaign.standard)
        let stage: ReviewFileRow.Stage = submit ? .submitted : .draft
        let resultsJSON = try json(cleaned)
        let before = FileAudit(
            stage: file.stage.rawValue, score: file.score, grade: file.grade?.rawValue, results: file.results)
        let after = FileAudit(stage: stage.rawValue, score: score.total, grade: score.grade.rawValue, results: cleaned)
        try await db.writeTransaction { tx in
            try await (tx as! any SQLDatabase).raw(
                """
                UPDATE review_files SET stage = \(bind: stage.rawValue), reviewer_id = \(bind: reviewer),
                    reviewer_name = \(bind: actor.name), results = \(bind: resultsJSON), vetoed = \(bind: score.vetoed),
                    score = \(bind: score.total), grade = \(bind: score.grade.rawValue), updated_at = \(bind: Date())
                WHERE id = \(bind: fileID)
                """
            ).run()
            try await AuditLog.append(
                .of(
                    submit ? "enforcement.review.submit" : "enforcement.review.draft", "review_file",
                    id: fileID.uuidString, before: before, after: after),
                orgPath: file.orgPath, by: actor, on: tx)
        }
        return try await self.file(fileID, in: campaignID).file
    }

    /// Publishes the results, once every file is submitted: the agencies then see their own files.
    public func publish(_ id: UUID, by actor: Actor) async throws -> ReviewCampaignRow {
        guard mayOrganise else { throw DomainError.forbidden("发布评查结果需要司法行政或管理员角色") }
        let campaign = try await find(id)
        guard scope.contains(campaign.scopePath) else { throw DomainError.forbidden("只有组织评查的机关可以发布结果") }
        guard campaign.status == .open else { throw DomainError.conflict("评查结果已经发布") }
        let pending = try await files(of: id).filter { $0.stage != .submitted }.count
        guard pending == 0 else { throw DomainError.conflict("尚有\(pending)件案卷未提交评查结果，不能发布") }
        try await db.writeTransaction { tx in
            try await (tx as! any SQLDatabase).raw(
                """
                UPDATE review_campaigns SET status = 'published', published_at = \(bind: Date())
                WHERE id = \(bind: id) AND status = 'open'
                """
            ).run()
            try await AuditLog.append(
                .of(
                    "enforcement.review.publish", "review_campaign", id: id.uuidString, before: "open",
                    after: "published"),
                orgPath: campaign.scopePath, by: actor, on: tx)
        }
        return try await find(id)
    }

    /// The closed cases of the scope whose 结案 day falls in the period.
    func closedCases(from: CivilDate, to: CivilDate) async throws -> [CaseRow] {
        try await sql.raw(
            """
            \(CaseRow.select) WHERE c.stage = 'closed' AND \(scope.root.sqlSubtreeRange("c.org_path", on: sql))
            """
        ).all().map(CaseRow.decode).filter { row in
            guard let closed = row.facts.closedOn else { return false }
            return closed >= from && closed <= to
        }
    }

    func json<T: Encodable>(_ value: T) throws -> String { try AuditChange.canonicalJSON(value) }
}

/// What the audit trail records of a campaign's creation.
struct CampaignAudit: Codable {
    var name: String
    var periodFrom: String
    var periodTo: String
    var sampleSize: String
    var seed: String
    var files: Int
}

/// What the audit trail records of a file's review.
struct FileAudit: Codable {
    var stage: String
    var score: Int?
    var grade: String?
    var results: [ReviewItemResult]
}
