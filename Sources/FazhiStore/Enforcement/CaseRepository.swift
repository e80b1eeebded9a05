import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Penalty cases within a scope: an agency sees its own cases, a justice bureau its government's subtree (the
/// scope's range on the case's `org_path`). Steps go through `CaseRecorder`, as the ingest API's do.
public struct CaseRepository: Sendable {
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

    static let notFound = DomainError.notFound("案件不存在，或不在您的管辖范围内")
    /// The roles that handle cases; 司法行政 supervises them and reads.
    public static let handlers: Set<Role> = [.officer, .legalUnit, .admin]

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// One case, if the scope may see it.
    public func find(_ id: UUID) async throws -> CaseRow {
        guard
            let row = try await sql.raw(
                "\(CaseRow.select) WHERE c.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("c.org_path", on: sql))"
            ).first()
        else { throw Self.notFound }
        return try CaseRow.decode(row)
    }

    /// The cases the scope may see, the latest change first.
    public func list(_ filter: CaseFilter) async throws -> (rows: [CaseRow], total: Int) {
        var conditions: [SQLQueryString] = [scope.root.sqlSubtreeRange("c.org_path", on: sql)]
        if let stage = filter.stage { conditions.append("c.stage = \(bind: stage.rawValue)") }
        if filter.open {
            conditions.append(
                "c.stage NOT IN (\(binds: [CaseStage.closed, .transferred, .withdrawn].map(\.rawValue)))")
        }
        if filter.overdue { conditions.append("c.due_on < \(bind: today.iso)") }
        if filter.unpublished { conditions.append("c.publicity_due IS NOT NULL") }
        if let organisationID = filter.organisationID {
            conditions.append("c.organisation_id = \(bind: organisationID)")
        }
        if let matterCode = filter.matterCode { conditions.append("c.matter_code = \(bind: matterCode)") }
        if let counted = filter.countedCondition() { conditions.append(counted) }
        if let words = filter.words, !words.isEmpty {
            let pattern = "%\(words)%"
            conditions.append(
                "(c.party_name LIKE \(bind: pattern) OR c.reference LIKE \(bind: pattern) OR c.matter_name LIKE \(bind: pattern))"
            )
        }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM enforcement_cases c WHERE \(condition)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            \(CaseRow.select) WHERE \(condition) ORDER BY c.updated_at DESC, c.id
            LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """
        ).all().map(CaseRow.decode)
        return (rows, total)
    }

    /// The case's steps, in order.
    public func events(of id: UUID) async throws -> [CaseEventRow] {
        _ = try await find(id)
        let decoder = JSONDecoder()
        return try await sql.raw(
            """
            SELECT id, sequence, action, on_day, stage_after, input, evidence, source, author_name, at
            FROM enforcement_case_events WHERE case_id = \(bind: id) ORDER BY sequence
            """
        ).all().map { row in
            CaseEventRow(
                id: try row.decode(column: "id", as: UUID.self),
                sequence: try row.decode(column: "sequence", as: Int.self),
                action: CaseAction(rawValue: try row.decode(column: "action", as: String.self)) ?? .investigate,
                onDay: try row.decode(column: "on_day", as: String.self),
                stageAfter: CaseStage(rawValue: try row.decode(column: "stage_after", as: String.self))
                    ?? .investigating,
                input: try decoder.decode(
                    CaseStepInput.self, from: Data(try row.decode(column: "input", as: String.self).utf8)),
                evidence: try decoder.decode(
                    [EvidenceFile].self, from: Data(try row.decode(column: "evidence", as: String.self).utf8)),
                source: try row.decode(column: "source", as: String.self),
                authorName: try row.decode(column: "author_name", as: String.self),
                at: try row.decode(column: "at", as: Date.self))
        }
    }

    /// The steps the member may take on the case now.
    public func availableActions(for row: CaseRow) -> [CaseAction] {
        guard !roles.isDisjoint(with: Self.handlers) else { return [] }
        let facts = row.facts
        return CaseAction.allCases.filter { action in
            !action.opensCase && (action != .legalReview || mayReview)
                && action.next(from: facts.stage, procedure: facts.procedure, resumeTo: facts.resumeTo) != nil
        }
    }

    var mayReview: Bool { !roles.isDisjoint(with: [.legalUnit, .admin]) }

    /// The registered, active enforcement body `id` within the scope.
    public func body(_ id: UUID) async throws -> EnforcementBodyRef {
        guard
            let row = try await sql.raw(
                """
                SELECT o.id, o.name, o.path FROM enforcement_bodies b JOIN organisations o ON o.id = b.id
                WHERE b.id = \(bind: id) AND b.status = 'active' AND \(scope.root.sqlSubtreeRange("o.path", on: sql))
                """
            ).first()
        else { throw DomainError.notFound("执法主体不存在、未登记或不在您的管辖范围内") }
        return EnforcementBodyRef(
            id: try row.decode(column: "id", as: UUID.self),
            path: OrgPath(value: try row.decode(column: "path", as: String.self)),
            name: try row.decode(column: "name", as: String.self))
    }

    /// The registered bodies in the scope, for the choice of body when a case is opened.
    public func bodies() async throws -> [EnforcementBodyRef] {
        try await sql.raw(
            """
            SELECT o.id, o.name, o.path FROM enforcement_bodies b JOIN organisations o ON o.id = b.id
            WHERE b.status = 'active' AND \(scope.root.sqlSubtreeRange("o.path", on: sql)) ORDER BY o.path
            """
        ).all().map {
            EnforcementBodyRef(
                id: try $0.decode(column: "id", as: UUID.self),
                path: OrgPath(value: try $0.decode(column: "path", as: String.self)),
                name: try $0.decode(column: "name", as: String.self))
        }
    }

    /// Opens a case (立案 or 当场处罚) for `body`; `reference` is the body's 案号, or one is made.
    public func open(
        body: UUID, reference: String?, _ input: CaseStepInput, files: [(name: String, content: Data)] = [],
        by actor: Actor
    ) async throws -> (row: CaseRow, alerts: [CaseFinding]) {
        try requireHandler()
        let body = try await self.body(body)
        let trimmed = reference?.trimmingCharacters(in: .whitespaces) ?? ""
        if trimmed.count > 100 { throw DomainError.invalid("reference", "案号不能超过100个字") }
        let reference = trimmed.isEmpty ? Self.newReference(today) : trimmed
        return try await step(in: body, reference: reference, input, files: files, by: actor)
    }

    /// Takes a step in case `id`.
    public func act(on id: UUID, _ input: CaseStepInput, files: [(name: String, content: Data)] = [], by actor: Actor)
        async throws -> (row: CaseRow, alerts: [CaseFinding])
    {
        try requireHandler()
        let row = try await find(id)
        let body = EnforcementBodyRef(id: row.organisationID, path: row.orgPath, name: row.organisationName)
        return try await step(in: body, reference: row.reference, input, files: files, by: actor)
    }

    func step(
        in body: EnforcementBodyRef, reference: String, _ input: CaseStepInput, files: [(name: String, content: Data)],
        by actor: Actor
    ) async throws -> (row: CaseRow, alerts: [CaseFinding]) {
        var fileCheck = Validation()
        EvidenceUpload.check(files, into: &fileCheck)
        try fileCheck.check()
        let request = CaseStepRequest(
            reference: reference, input: input,
            evidence: files.map { EvidenceFile(name: $0.name, content: $0.content) },
            contents: files.map(\.content), source: "page")
        let recorder = CaseRecorder(db: db, body: body, today: today, calendar: calendar, mayReview: mayReview)
        switch try await recorder.record([request], by: actor).first! {
        case .applied(let caseID, _, _, let alerts): return (try await find(caseID), alerts)
        case .duplicate(let caseID, _): return (try await find(caseID), [])
        case .refused(let error): throw error
        }
    }

    /// The content of a file uploaded with a step; the caller has checked that the step is the case's.
    public func evidenceContent(_ sha256: String) async throws -> Data? {
        try await EvidenceFiles.content(sha256, on: sql)
    }

    func requireHandler() throws {
        guard !roles.isDisjoint(with: Self.handlers) else {
            throw DomainError.forbidden("办理案件需要执法人员、部门法制员或管理员角色")
        }
    }

    /// 「2026-1202-K7Q3M9」: the day and random characters, for a case opened without the body's own 案号.
    static func newReference(_ day: CivilDate) -> String {
        let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        let suffix = String((0..<6).map { _ in alphabet.randomElement()! })
        return "\(day.iso.prefix(4))-\(day.iso.dropFirst(5).replacingOccurrences(of: "-", with: ""))-\(suffix)"
    }
}

/// What a list of cases shows.
public struct CaseFilter: Sendable, Equatable {
    public var stage: CaseStage?
    public var open: Bool
    public var overdue: Bool
    public var unpublished: Bool
    public var words: String?
    /// The drill-down from a statistics figure: one body, one matter, the cases a monthly figure counts.
    public var organisationID: UUID?
    public var matterCode: String?
    public var counted: CountedFigure?
    public var limit: Int
    public var offset: Int

    public init(
        stage: CaseStage? = nil, open: Bool = false, overdue: Bool = false, unpublished: Bool = false,
        words: String? = nil, organisationID: UUID? = nil, matterCode: String? = nil,
        counted: CountedFigure? = nil, limit: Int = 50,
        offset: Int = 0
    ) {
        self.stage = stage
        self.open = open
        self.overdue = overdue
        self.unpublished = unpublished
        self.words = words
        self.organisationID = organisationID
        self.matterCode = matterCode
        self.counted = counted
        self.limit = limit
        self.offset = offset
    }

    /// The condition selecting the cases that a monthly figure counts (see `CaseTally`), on the alias `c`.
    func countedCondition() -> SQLQueryString? {
        guard let counted else { return nil }
        let (metric, from, to) = (counted.metric, counted.from, counted.to)
        let low = from.firstDay.iso
        let high = to.next.firstDay.iso
        switch metric {
        case .filed: return "c.filed_on >= \(bind: low) AND c.filed_on < \(bind: high)"
        case .decided, .fines:
            return "c.decided_on >= \(bind: low) AND c.decided_on < \(bind: high) AND c.outcome = 'penalty'"
        case .noPenalty:
            return "c.decided_on >= \(bind: low) AND c.decided_on < \(bind: high) AND c.outcome = 'no_penalty'"
        case .closed: return "c.closed_on >= \(bind: low) AND c.closed_on < \(bind: high)"
        case .published:
            return """
                c.id IN (SELECT case_id FROM enforcement_publications \
                WHERE published_on >= \(bind: low) AND published_on < \(bind: high))
                """
        case .open, .overdue, .openAlerts, .reviewScore: return nil
        }
    }
}

/// The cases behind one monthly statistics figure: `metric` counted from month `from` to month `to`.
public struct CountedFigure: Sendable, Equatable {
    public var metric: EnforcementMetric
    public var from: StatisticsMonth
    public var to: StatisticsMonth

    public init(metric: EnforcementMetric, from: StatisticsMonth, to: StatisticsMonth) {
        self.metric = metric
        self.from = from
        self.to = to
    }
}
