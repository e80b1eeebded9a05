import FazhiCore
import Fluent
import Foundation
import SQLKit

/// An expiry evaluation (有效期届满前评估) as the drafting body enters it.
public struct NormativeExpiryInput: Sendable, Codable {
    /// `keep`, `amend`, `repeal` or `declare_expired`.
    public var decision: String?
    /// 继续有效: the new last day of the term.
    public var expiresOn: String?
    /// 废止 / 宣布失效: the day the document stops being in force.
    public var endsOn: String?
    /// 评估意见: required unless the document is kept.
    public var reason: String?

    public init(decision: String?, expiresOn: String? = nil, endsOn: String? = nil, reason: String? = nil) {
        self.decision = decision
        self.expiresOn = expiresOn
        self.endsOn = endsOn
        self.reason = reason
    }
}

/// Published documents whose term is running out, and the drafting body's evaluation of each. Every local rule asks
/// the drafting body to evaluate a document before its term ends (有效期届满前评估) and to decide whether it stays in
/// force (with a new term), is amended, repealed, or declared expired.
public struct NormativeExpiryRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let mayDecide: Bool

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.mayDecide = !roles.isDisjoint(with: NormativeCleanupEnding.deciders)
    }

    /// How long before the term ends the evaluation is due (the same for every policy).
    public static let noticeMonths = NormativeLocalRules.national.policy.expiryNoticeMonths
    static let notFound = DomainError.notFound("文件不存在，或不在您的管辖范围内")
    static let publishedStages: SQLQueryString = SQLQueryString(
        "d.stage IN ("
            + NormativeStage.allCases.filter(\.isPublished).map { "'\($0.rawValue)'" }
            .joined(separator: ", ") + ")")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// The published documents drafted in the scope whose term ends within `noticeMonths` months or has ended, and
    /// which no decision has ended: soonest first.
    public func expiring() async throws -> [NormativeDocumentRow] {
        let horizon = today.addingMonths(Self.noticeMonths)
        return try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false))
            WHERE \(scope.root.sqlSubtreeRange("d.org_path", on: sql)) AND \(Self.publishedStages)
              AND d.expires_on IS NOT NULL AND d.expires_on <= \(bind: horizon.iso)
              AND (d.decision IS NULL OR d.decision NOT IN ('repeal', 'declare_expired'))
            ORDER BY d.expires_on, d.title
            """
        ).all().map(NormativeDocumentRow.decode)
    }

    /// A published document drafted in the scope (404 otherwise).
    public func document(_ id: UUID) async throws -> NormativeDocumentRow {
        guard
            let row = try await sql.raw(
                """
                \(NormativeDocumentRow.select(withBody: false))
                WHERE d.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("d.org_path", on: sql)) AND \(Self.publishedStages)
                """
            ).first()
        else { throw Self.notFound }
        return try NormativeDocumentRow.decode(row)
    }

    /// The longest term the document may be given, in years (nil: no term, as for government rules).
    public func maxValidityYears(of document: NormativeDocumentRow) async throws -> Int? {
        try await NormativePolicies.policy(kind: document.kind, drafterPath: document.orgPath, on: db).maxValidityYears
    }

    /// Records the drafting body's evaluation: the decision, its day, the new term; the document's history, the
    /// library's status and the audit log change together. Bad input is refused with the field named and changes
    /// nothing; a document a decision has already ended cannot be evaluated (409).
    @discardableResult
    public func evaluate(_ id: UUID, _ input: NormativeExpiryInput, by actor: Actor) async throws
        -> NormativeDocumentRow
    {
        let document = try await document(id)
        guard mayDecide else { throw DomainError.forbidden("您的角色无权录入评估结论（需要部门法制员、司法行政、依法治理办或管理员）") }
        if NormativeCleanupEnding.ended(document, on: today) {
            throw DomainError.conflict("文件已于\(document.decidedOn!.iso)\(document.decision!.label)，不能再评估")
        }
        let valid = try validate(input, for: document, maxYears: try await maxValidityYears(of: document))
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            // Two evaluations at once: the second sees the first's decision and is refused.
            let current = try await sql.raw(
                "SELECT decision, decided_on FROM normative_documents WHERE id = \(bind: id)\(sql.forUpdate)"
            ).first()
            guard try current?.decode(column: "decision", as: String?.self) == document.decision?.rawValue,
                try current?.decode(column: "decided_on", as: String?.self) == document.decidedOn?.iso
            else { throw DomainError.conflict("文件刚刚已被他人评估或清理，请刷新页面后再操作") }
            // Labelled in Chinese, as the document's history shows them.
            var details = ["评估结论": valid.decision.label]
            if valid.decision == .keep { details["有效期至"] = valid.expiresOn?.iso ?? "不设有效期" }
            if valid.decision.ends { details["废止或失效日期"] = valid.decidedOn.iso }
            try await NormativeCleanupEnding.apply(
                .init(
                    document: document, decision: valid.decision, decidedOn: valid.decidedOn,
                    expiresOn: valid.expiresOn, reason: valid.reason, action: NormativeCleanupEnding.expiryAction,
                    details: details),
                today: today, by: actor, on: tx)
            try await AuditLog.append(
                .of(
                    "normative.expiry.evaluate", "normative_document", id: id.uuidString,
                    before: NormativeCleanupEnding.record(document),
                    after: NormativeCleanupEnding.Record(
                        decision: valid.decision.rawValue, decidedOn: valid.decidedOn.iso,
                        expiresOn: valid.expiresOn?.iso, reason: valid.reason)),
                orgPath: document.orgPath, by: actor, on: tx)
        }
        return try await self.document(id)
    }

    struct Valid {
        var decision: NormativeCleanupDecision
        var decidedOn: CivilDate
        var expiresOn: CivilDate?
        var reason: String?
    }

    /// The rules of an evaluation: a new term after the old one and within the longest term from today; an end not
    /// before publication, and in the future no later than the term's end; a reason for anything but 继续有效.
    func validate(_ input: NormativeExpiryInput, for document: NormativeDocumentRow, maxYears: Int?) throws -> Valid {
        var v = Validation()
        let decision = input.decision.flatMap(NormativeCleanupDecision.init(rawValue:))
        if decision == nil { v.add("decision", "请选择评估结论") }
        let reason = v.optionalText("reason", input.reason, label: "评估意见", maxLength: 4000)
        if decision != nil && decision != .keep && reason == nil { v.add("reason", "请填写评估意见（修改、废止或宣布失效的理由）") }
        var expiresOn = document.expiresOn
        var decidedOn = today
        switch decision {
        case .keep?:
            let entered = v.date("expiresOn", input.expiresOn, label: "新的有效期截止日期", required: maxYears != nil)
            if let entered {
                if let old = document.expiresOn, entered <= old {
                    v.add("expiresOn", "新的有效期截止日期应晚于原截止日期 \(old.iso)")
                } else if entered <= today {
                    v.add("expiresOn", "新的有效期截止日期应晚于今日")
                } else if let maxYears, entered > today.addingMonths(12 * maxYears) {
                    v.add("expiresOn", "有效期自今日起不能超过\(maxYears)年（最晚 \(today.addingMonths(12 * maxYears).iso)）")
                }
            }
            // A rule without a term (规章) kept without a date is kept without one.
            expiresOn = entered
        case .repeal?, .declareExpired?:
            if let endsOn = v.date("endsOn", input.endsOn, label: "废止或失效日期") {
                if let published = document.publishedOn, endsOn < published {
                    v.add("endsOn", "废止或失效日期不能早于印发日期 \(published.iso)")
                } else if endsOn > today, let expires = document.expiresOn, endsOn > expires.adding(days: 1) {
                    v.add("endsOn", "废止或失效日期不能晚于有效期届满之日 \(expires.adding(days: 1).iso)")
                } else if endsOn > today, document.expiresOn == nil {
                    v.add("endsOn", "没有有效期的文件，废止或失效日期不能晚于今日")
                }
                decidedOn = endsOn
            }
        case .amend?, nil: break
        }
        try v.check()
        return Valid(decision: decision!, decidedOn: decidedOn, expiresOn: expiresOn, reason: reason)
    }
}
