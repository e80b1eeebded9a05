import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Normative documents and government rules within a scope, through their procedure.
///
/// Two ways of seeing a document, each a range on an indexed path: as its drafting body (`org_path` in the scope:
/// drafts stay there) and as its filing body (`filing_path` in the scope: what was filed with it). Nobody else sees
/// it here; the published text is public through the catalogue and the law library.
public struct NormativeRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let roles: Set<Role>
    let calendar: HolidayCalendar

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>, calendar: HolidayCalendar) {
        self.db = db
        self.scope = scope
        self.today = today
        self.roles = roles
        self.calendar = calendar
    }

    static let notFound = DomainError.notFound("文件不存在，或不在您的管辖范围内")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// Documents the scope may see, over `normative_documents d`.
    var visible: SQLQueryString {
        """
        (\(scope.root.sqlSubtreeRange("d.org_path", on: sql)) \
        OR (d.filing_path IS NOT NULL AND \(scope.root.sqlSubtreeRange("d.filing_path", on: sql))))
        """
    }

    /// The parties the member acts as for `document`: its drafting body (the drafter in scope), its legal unit (the
    /// 部门法制员 or 司法行政 role over the drafter) and its filing body (the 司法行政 role over the filing body).
    public func parties(for document: NormativeDocumentRow) -> Set<NormativeParty> {
        var parties: Set<NormativeParty> = []
        if scope.contains(document.orgPath) {
            parties.insert(.drafter)
            if !roles.isDisjoint(with: [.legalUnit, .justice]) { parties.insert(.legalUnit) }
        }
        if roles.contains(.justice), let filing = document.filingPath, scope.contains(filing) {
            parties.insert(.filingBody)
        }
        return parties
    }

    /// The steps the member may take on `document` now.
    public func availableActions(for document: NormativeDocumentRow) -> [NormativeAction] {
        let parties = parties(for: document)
        return NormativeAction.allCases.filter { parties.contains($0.party) && $0.next(from: document.stage) != nil }
    }

    /// One document, with its text, if the scope may see it.
    public func document(_ id: UUID) async throws -> NormativeDocumentRow {
        let row = try await sql.raw(
            "\(NormativeDocumentRow.select(withBody: true)) WHERE d.id = \(bind: id) AND \(visible)"
        )
        .first()
        guard let row else { throw Self.notFound }
        return try NormativeDocumentRow.decode(row)
    }

    /// The documents the scope may see, newest change first.
    public func list(_ filter: NormativeFilter) async throws -> (rows: [NormativeDocumentRow], total: Int) {
        var conditions: [SQLQueryString] = [visible]
        if let stage = filter.stage { conditions.append("d.stage = \(bind: stage.rawValue)") }
        if let kind = filter.kind { conditions.append("d.kind = \(bind: kind.rawValue)") }
        if filter.filedWithMe {
            conditions.append("d.filing_path IS NOT NULL AND \(scope.root.sqlSubtreeRange("d.filing_path", on: sql))")
        }
        if filter.overdue {
            conditions.append(
                "d.due_on < \(bind: today.iso) AND d.stage <> \(bind: NormativeStage.publicComment.rawValue)")
        }
        if let words = filter.words, !words.isEmpty {
            conditions.append("d.title LIKE \(bind: "%\(words)%")")
        }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM normative_documents d WHERE \(condition)")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false)) WHERE \(condition)
            ORDER BY d.updated_at DESC, d.id LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """
        ).all().map(NormativeDocumentRow.decode)
        return (rows, total)
    }

    /// The document's history, oldest first.
    public func events(of id: UUID) async throws -> [NormativeEventRow] {
        _ = try await document(id)
        return try await sql.raw(
            """
            SELECT e.id, e.action, e.stage_before, e.stage_after, o.name AS organisation_name, e.author_name, e.at,
                   e.on_day, e.details, e.evidence, e.body
            FROM normative_events e JOIN organisations o ON o.id = e.organisation_id
            WHERE e.document_id = \(bind: id) ORDER BY e.at, e.id
            """
        ).all().map { row in
            func json<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
                try JSONDecoder().decode(T.self, from: Data(try row.decode(column: column, as: String.self).utf8))
            }
            return NormativeEventRow(
                id: try row.decode(column: "id", as: UUID.self),
                action: try row.decode(column: "action", as: String.self),
                stageBefore: NormativeStage(rawValue: try row.decode(column: "stage_before", as: String.self))
                    ?? .drafting,
                stageAfter: NormativeStage(rawValue: try row.decode(column: "stage_after", as: String.self))
                    ?? .drafting,
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                authorName: try row.decode(column: "author_name", as: String.self),
                at: try row.decode(column: "at", as: Date.self), onDay: try CivilDate.column(row, "on_day"),
                details: try json("details", as: [String: String].self),
                evidence: try json("evidence", as: [EvidenceFile].self),
                body: try row.decode(column: "body", as: String?.self))
        }
    }

    /// The deadline of the step the document is in, computed again with its explanation, from the day the step that
    /// started the period recorded (the events give the day of a 补正 notice).
    public func currentDeadline(
        of document: NormativeDocumentRow, events: [NormativeEventRow], policy: NormativePolicy
    ) -> Deadline? {
        guard let id = document.dueRule, let rule = policy.rule(id) else { return nil }
        let start: CivilDate? =
            switch rule.id {
            case policy.commentMinimum.id: document.commentOpensOn
            case policy.filing.id: document.publishedOn
            case policy.review.id: document.registeredOn
            case policy.handling.id: document.reviewedOn
            case policy.legalityMaximum?.id: document.legalitySentOn
            case policy.supplement.id:
                events.last { $0.action == NormativeAction.requestSupplement.rawValue }?.onDay
            default: nil
            }
        guard let start else { return nil }
        return try? DeadlineCalculator(calendar: calendar).compute(rule, start: start)
    }

    /// The policy the document runs under.
    public func policy(for document: NormativeDocumentRow) async throws -> NormativePolicies.Applied {
        try await NormativePolicies.applied(kind: document.kind, drafterPath: document.orgPath, on: db)
    }

    /// Starts a draft for the member's organisation (or another in scope).
    public func create(_ input: NormativeDraftInput, drafter defaultDrafter: UUID, by actor: Actor) async throws
        -> NormativeDocumentRow
    {
        let valid = try input.validated()
        let drafter = try await OrganisationRepository(db: db, scope: scope).find(
            valid.organisationID ?? defaultDrafter)
        let id = UUID()
        let now = Date()
        try await db.writeTransaction { tx in
            try await (tx as! any SQLDatabase).insert(into: "normative_documents")
                .columns(
                    "id", "kind", "title", "organisation_id", "org_path", "stage", "supplement_count", "created_by",
                    "created_at", "updated_at", "body"
                )
                .values(
                    SQLBind(id), SQLBind(valid.kind.rawValue), SQLBind(valid.title), SQLBind(drafter.id),
                    SQLBind(drafter.path.value), SQLBind(NormativeStage.drafting.rawValue), SQLBind(0),
                    SQLBind(actor.userID), SQLBind(now), SQLBind(now), SQLBind(valid.body)
                )
                .run()
            try await AuditLog.append(
                .of(
                    "normative.create", "normative_document", id: id.uuidString, before: nil as DraftRecord?,
                    after: DraftRecord(kind: valid.kind.rawValue, title: valid.title, body: valid.body)),
                orgPath: drafter.path, by: actor, on: tx)
        }
        return try await document(id)
    }

    /// Replaces a draft's title and text, while it is still a draft and not open for public comment (the public
    /// must comment on the text as published for comment).
    public func revise(_ id: UUID, _ input: NormativeDraftInput, by actor: Actor) async throws -> NormativeDocumentRow {
        let document = try await document(id)
        guard parties(for: document).contains(.drafter) else { throw Self.drafterOnly }
        guard mayRevise(document) else {
            throw DomainError.conflict("文件当前处于「\(document.stage.label)」阶段，不能修改正文")
        }
        var input = input
        input.kind = document.kind.rawValue
        let valid = try input.validated()
        try await db.writeTransaction { tx in
            try await (tx as! any SQLDatabase).raw(
                """
                UPDATE normative_documents SET title = \(bind: valid.title), body = \(bind: valid.body),
                       updated_at = \(bind: Date())
                WHERE id = \(bind: id) AND stage = \(bind: document.stage.rawValue)
                """
            ).run()
            try await AuditLog.append(
                .of(
                    "normative.revise", "normative_document", id: id.uuidString,
                    before: DraftRecord(kind: document.kind.rawValue, title: document.title, body: document.body),
                    after: DraftRecord(kind: document.kind.rawValue, title: valid.title, body: valid.body)),
                orgPath: document.orgPath, by: actor, on: tx)
        }
        return try await self.document(id)
    }

    static let drafterOnly = DomainError.forbidden("只有起草单位可以进行此操作")

    /// Whether the member may revise the draft's title and text now.
    public func mayRevise(_ document: NormativeDocumentRow) -> Bool {
        parties(for: document).contains(.drafter) && document.stage.isDraft
            && !(document.stage == .publicComment && document.commentOpensOn != nil)
    }

    /// The content of a file attached to a step; the caller has checked that the member may see the step.
    public func evidenceContent(_ sha256: String) async throws -> Data? {
        try await EvidenceFiles.content(sha256, on: sql)
    }
}

/// What a list of documents shows.
public struct NormativeFilter: Sendable, Equatable {
    public var stage: NormativeStage?
    public var kind: NormativeKind?
    /// Only documents filed with the member's subtree (the filing body's view: 备案审查).
    public var filedWithMe: Bool
    /// Only documents whose current step is past its deadline.
    public var overdue: Bool
    /// Words the title contains.
    public var words: String?
    public var limit: Int
    public var offset: Int

    public init(
        stage: NormativeStage? = nil, kind: NormativeKind? = nil, filedWithMe: Bool = false, overdue: Bool = false,
        words: String? = nil, limit: Int = 50, offset: Int = 0
    ) {
        self.stage = stage
        self.kind = kind
        self.filedWithMe = filedWithMe
        self.overdue = overdue
        self.words = words
        self.limit = limit
        self.offset = offset
    }
}

/// A draft's record in the audit log.
struct DraftRecord: Codable {
    var kind: String
    var title: String
    var body: String
}
