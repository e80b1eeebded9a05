import FazhiCore
import Fluent
import Foundation
import SQLKit

extension AssessmentRepository {
    /// A unit's scorecard: its entries, the figures of its automatic indicators and every score, summed.
    public func scorecard(_ roundID: UUID, unit unitID: UUID) async throws -> AssessmentScorecard {
        let round = try await round(roundID)
        guard let unit = try await units(of: round).first(where: { $0.organisationID == unitID }) else {
            throw Self.notFound
        }
        return try await scorecard(round, unit)
    }

    func scorecard(_ round: AssessmentRoundRow, _ unit: AssessmentUnitRow) async throws -> AssessmentScorecard {
        let entries = try await entries(round.id, unit.organisationID)
        var figures: [String: MetricCount] = [:]
        var scores: [IndicatorScore] = []
        for leaf in round.system.leaves {
            let entry = entries[leaf.code]
            var value: MetricValue?
            if let metric = leaf.method?.metricCode,
                let count = try await AssessmentFigures.count(
                    metric, unit: unit.organisationID, in: round.period, on: sql)
            {
                figures[leaf.code] = count
                value = count.value
            }
            scores.append(
                IndicatorScore.score(leaf, value: value, selfAssessed: entry?.selfPoints, decision: entry?.review))
        }
        return AssessmentScorecard(
            round: round, unit: unit, entries: entries, figures: figures,
            card: UnitScorecard(system: round.system, scores: scores))
    }

    private func entries(_ roundID: UUID, _ unitID: UUID) async throws -> [String: AssessmentEntry] {
        let rows = try await sql.raw(
            """
            SELECT code, self_points, self_comment, evidence, review, reviewer_name FROM assessment_entries
            WHERE round_id = \(bind: roundID) AND organisation_id = \(bind: unitID)
            """
        ).all()
        var entries: [String: AssessmentEntry] = [:]
        for row in rows {
            let code = try row.decode(column: "code", as: String.self)
            entries[code] = AssessmentEntry(
                code: code,
                selfPoints: try row.decode(column: "self_points", as: Int?.self).map(Points.init(hundredths:)),
                selfComment: try row.decode(column: "self_comment", as: String?.self),
                evidence: try Self.decode([EvidenceFile].self, try row.decode(column: "evidence", as: String.self)),
                review: try row.decode(column: "review", as: String?.self).map {
                    try Self.decode(ReviewDecision.self, $0)
                },
                reviewerName: try row.decode(column: "reviewer_name", as: String?.self))
        }
        return entries
    }

    /// The unit's self-assessment of one indicator: points (manual indicators only), a note, evidence files.
    public func selfAssess(
        _ roundID: UUID, unit unitID: UUID, code: String, points: String, comment: String,
        files: [(name: String, content: Data)], by actor: Actor
    ) async throws -> AssessmentScorecard {
        let card = try await scorecard(roundID, unit: unitID)
        guard card.unit.inScope else { throw DomainError.forbidden("自评由被考核单位填写") }
        guard card.unit.status.allowedTransitions(in: card.round.status).contains(.submitted) else {
            throw DomainError.conflict("考核处于「\(card.round.status.label)」阶段，单位状态「\(card.unit.status.label)」，不能修改自评")
        }
        guard let leaf = card.round.system.leaves.first(where: { $0.code == code }) else { throw Self.notFound }
        var v = Validation()
        let pointsText = points.trimmingCharacters(in: .whitespaces)
        var selfPoints: Points?
        if !pointsText.isEmpty {
            if case .manual = leaf.method {
                selfPoints = Points(pointsText)
                if selfPoints == nil || selfPoints! < .zero || selfPoints! > leaf.points {
                    v.add("\(code).self", "「\(leaf.name)」的自评分应在0至\(leaf.points.text)分之间")
                }
            } else {
                v.add("\(code).self", "「\(leaf.name)」按平台数据自动计分，不需要自评分")
            }
        }
        let note = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > 2000 { v.add("\(code).comment", "自评说明不能超过2000个字") }
        EvidenceUpload.check(files, into: &v)
        try v.check()
        let previous = card.entries[code]
        let newPoints = selfPoints ?? previous?.selfPoints
        let evidence = (previous?.evidence ?? []) + files.map { EvidenceFile(name: $0.name, content: $0.content) }
        let path = try await ownerPath(roundID)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let now = Date()
            for (file, proof) in zip(files, evidence.suffix(files.count)) {
                try await EvidenceFiles.store(file.content, sha256: proof.sha256, at: now, on: sql)
            }
            try await Self.write(
                AssessmentEntry(
                    code: code, selfPoints: newPoints, selfComment: note.isEmpty ? previous?.selfComment : note,
                    evidence: evidence, review: previous?.review, reviewerName: previous?.reviewerName),
                round: roundID, unit: unitID, at: now, on: sql)
            try await AuditLog.append(
                .of(
                    "assessment.self", "assessment_entry", id: "\(roundID)/\(unitID)/\(code)",
                    before: EntryRecord(previous),
                    after: EntryRecord(points: newPoints, comment: note, evidence: evidence)),
                orgPath: path, by: actor, on: tx)
        }
        return try await scorecard(roundID, unit: unitID)
    }

    /// Replaces a unit's entry on one indicator, inside the caller's transaction: one upsert, so that two saves at
    /// once both land (the later wins) instead of the second failing on the key.
    private static func write(
        _ entry: AssessmentEntry, round: UUID, unit: UUID, at date: Date, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO assessment_entries
                (round_id, organisation_id, code, self_points, self_comment, evidence, review, reviewer_name, updated_at)
            VALUES (\(bind: round), \(bind: unit), \(bind: entry.code), \(bind: entry.selfPoints?.hundredths),
                    \(bind: entry.selfComment), \(bind: try json(entry.evidence)), \(bind: try entry.review.map(json)),
                    \(bind: entry.reviewerName), \(bind: date))
            ON CONFLICT (round_id, organisation_id, code) DO UPDATE SET
                self_points = excluded.self_points, self_comment = excluded.self_comment, evidence = excluded.evidence,
                review = excluded.review, reviewer_name = excluded.reviewer_name, updated_at = excluded.updated_at
            """
        ).run()
    }

    /// Submits the unit's self-assessment, once every manual indicator has its points and required evidence.
    public func submit(_ roundID: UUID, unit unitID: UUID, by actor: Actor) async throws -> AssessmentScorecard {
        let card = try await scorecard(roundID, unit: unitID)
        guard card.unit.inScope else { throw DomainError.forbidden("自评由被考核单位提交") }
        _ = try card.unit.status.moving(to: .submitted, in: card.round.status)
        try card.round.system.checkSelfAssessment(
            selfAssessed: card.entries.compactMapValues(\.selfPoints),
            evidenceCounts: card.entries.mapValues(\.evidence.count))
        try await setUnitStatus(card, to: .submitted, by: actor)
        return try await scorecard(roundID, unit: unitID)
    }

    /// The office's decision on one indicator of a unit: points with the reason for any deduction, or 不适用. An
    /// automatic indicator whose figure has data follows its counts and cannot be scored by hand.
    public func review(_ roundID: UUID, unit unitID: UUID, code: String, decision: ReviewDecision, by actor: Actor)
        async throws -> AssessmentScorecard
    {
        let card = try await scorecard(roundID, unit: unitID)
        guard mayAssess, card.round.ownRound else { throw Self.officeOnly }
        guard card.round.status == .review, card.unit.status == .submitted || card.unit.status == .reviewed else {
            throw DomainError.conflict("只有审核阶段已提交自评的单位可以评分")
        }
        guard let leaf = card.round.system.leaves.first(where: { $0.code == code }) else { throw Self.notFound }
        if case .automatic = leaf.method, card.figures[code]?.value.hasData == true {
            throw DomainError.conflict("「\(leaf.name)」按平台数据自动计分，不能人工评分")
        }
        let problems = decision.problems(for: leaf)
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let previous = card.entries[code]
        let path = try await ownerPath(roundID)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await Self.write(
                AssessmentEntry(
                    code: code, selfPoints: previous?.selfPoints, selfComment: previous?.selfComment,
                    evidence: previous?.evidence ?? [], review: decision, reviewerName: actor.name),
                round: roundID, unit: unitID, at: Date(), on: sql)
            try await AuditLog.append(
                .of(
                    "assessment.review", "assessment_entry", id: "\(roundID)/\(unitID)/\(code)",
                    before: previous?.review, after: decision),
                orgPath: path, by: actor, on: tx)
        }
        return try await scorecard(roundID, unit: unitID)
    }

    /// The office concludes a unit's review (every indicator scored), or sends it back for more (退回补充).
    public func decide(_ roundID: UUID, unit unitID: UUID, _ next: UnitAssessmentStatus, by actor: Actor) async throws
        -> AssessmentScorecard
    {
        let card = try await scorecard(roundID, unit: unitID)
        guard mayAssess, card.round.ownRound else { throw Self.officeOnly }
        _ = try card.unit.status.moving(to: next, in: card.round.status)
        if next == .reviewed && !card.card.isComplete {
            throw DomainError.conflict("还有\(card.card.total.pending)项指标未评分，不能审核完毕")
        }
        try await setUnitStatus(card, to: next, by: actor)
        return try await scorecard(roundID, unit: unitID)
    }

    private func setUnitStatus(_ card: AssessmentScorecard, to next: UnitAssessmentStatus, by actor: Actor) async throws
    {
        let path = try await ownerPath(card.round.id)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let current = try await sql.raw(
                "SELECT status FROM assessment_units WHERE round_id = \(bind: card.round.id) AND organisation_id = \(bind: card.unit.organisationID)\(sql.forUpdate)"
            ).first()?.decode(column: "status", as: String.self)
            guard current == card.unit.status.rawValue else {
                throw DomainError.conflict("该单位的考核状态刚刚已被他人更改，请刷新页面后再操作")
            }
            let stamp: SQLQueryString =
                next == .submitted
                ? ", submitted_at = \(bind: Date())" : next == .reviewed ? ", reviewed_at = \(bind: Date())" : ""
            try await sql.raw(
                """
                UPDATE assessment_units SET status = \(bind: next.rawValue)\(stamp)
                WHERE round_id = \(bind: card.round.id) AND organisation_id = \(bind: card.unit.organisationID)
                """
            ).run()
            try await AuditLog.append(
                .of(
                    "assessment.unit.\(next.rawValue)", "assessment_unit",
                    id: "\(card.round.id)/\(card.unit.organisationID)", before: ["status": card.unit.status.rawValue],
                    after: ["status": next.rawValue]),
                orgPath: path, by: actor, on: tx)
        }
    }

    /// Every unit's scorecard the scope may see, ranked by final score: the office sees all units; a unit sees its
    /// own until the results are published, and all of them after.
    public func results(of round: AssessmentRoundRow) async throws -> [AssessmentResult] {
        let units = try await units(of: round, everyUnit: round.status == .published)
        var cards: [AssessmentScorecard] = []
        for unit in units { cards.append(try await scorecard(round, unit)) }
        let ranks = AssessmentRanking.rank(
            cards.compactMap { card in card.card.final.map { (card.unit.organisationID, $0) } })
        let rankByUnit = Dictionary(ranks.map { ($0.unit, $0.rank) }, uniquingKeysWith: { first, _ in first })
        return cards.map { AssessmentResult(unit: $0.unit, card: $0.card, rank: rankByUnit[$0.unit.organisationID]) }
            .sorted { ($0.rank ?? Int.max, $0.unit.name) < ($1.rank ?? Int.max, $1.unit.name) }
    }

    /// The records behind one automatic figure of a unit: those counted, and whether each was met.
    public func figureRecords(_ roundID: UUID, unit unitID: UUID, code: String) async throws
        -> (card: AssessmentScorecard, metric: AssessmentMetric, records: [(title: String, path: String, met: Bool)])
    {
        let card = try await scorecard(roundID, unit: unitID)
        guard let leaf = card.round.system.leaves.first(where: { $0.code == code }),
            let metricCode = leaf.method?.metricCode,
            let metric = AssessmentMetric.named(metricCode), let count = card.figures[code]
        else { throw Self.notFound }
        let met = Set(count.met)
        let records = try await AssessmentFigures.records(metricCode, ids: count.counted, on: sql)
        return (card, metric, records.map { (title: $0.title, path: $0.path, met: met.contains($0.id)) })
    }
}

struct EntryRecord: Codable {
    var points: Points?
    var comment: String?
    var evidence: [EvidenceFile]

    init(points: Points?, comment: String?, evidence: [EvidenceFile]) {
        self.points = points
        self.comment = comment
        self.evidence = evidence
    }

    init?(_ entry: AssessmentEntry?) {
        guard let entry else { return nil }
        self.init(points: entry.selfPoints, comment: entry.selfComment, evidence: entry.evidence)
    }
}

extension AssessmentRepository {
    /// The content of an evidence file; callers first find it on a scorecard the user may see.
    public func evidenceContent(_ sha256: String) async throws -> Data {
        guard let content = try await EvidenceFiles.content(sha256, on: sql) else {
            throw DomainError.notFound("佐证材料不存在，或不在您的管辖范围内")
        }
        return content
    }
}
