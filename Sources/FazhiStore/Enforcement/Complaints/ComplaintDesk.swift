import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The public side of complaints (投诉举报), no login: the registered bodies one may name, submission from the form
/// or the 12345 feed (idempotent on the feed's own id), the status page opened with the tracking number and the
/// query code, and the complainant's view of the answer.
public struct ComplaintDesk: Sendable {
    let db: any Database
    public let today: CivilDate
    let calendar: HolidayCalendar

    public init(db: any Database, today: CivilDate, calendar: HolidayCalendar) {
        self.db = db
        self.today = today
        self.calendar = calendar
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// Unknown number, wrong code: the same answer, so a number alone discloses nothing.
    public static let notFound = DomainError.notFound("没有找到这件投诉举报，请核对受理编号和查询码")

    /// The active registered enforcement bodies whose name contains `words` (all when empty), by name.
    public func bodies(matching words: String? = nil, limit: Int = 1000) async throws -> [ComplaintBodyOption] {
        let typed = (words ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let filter: SQLQueryString = typed.isEmpty ? "" : " AND o.name LIKE \(bind: "%\(typed)%")"
        return try await sql.raw(
            """
            SELECT o.id, o.name FROM enforcement_bodies b JOIN organisations o ON o.id = b.id
            WHERE b.status = 'active' AND o.active = \(bind: true)\(filter)
            ORDER BY o.name LIMIT \(unsafeRaw: String(limit))
            """
        ).all().map {
            ComplaintBodyOption(
                id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "name", as: String.self))
        }
    }

    /// Receives a complaint: checked field by field (a body that is not registered is a field error), routed (举报 to
    /// the body, 投诉 to its supervising justice bureau), its answer period computed under the handler's region, and
    /// numbered with a fresh query code, of which only the hash is kept. A feed's resend (same `source` and
    /// `externalID`) returns the complaint it made before and changes nothing.
    public func submit(
        _ input: ComplaintInput, source: ComplaintSource = .web, externalID: String? = nil, submitter: OrgPath? = nil,
        by actor: Actor
    ) async throws -> ComplaintReceipt {
        var generator = SystemRandomNumberGenerator()
        return try await submit(
            input, source: source, externalID: externalID, submitter: submitter, by: actor, using: &generator)
    }

    /// `submit` drawing the number and the code from `generator` (the demo's are predictable).
    func submit(
        _ input: ComplaintInput, source: ComplaintSource, externalID: String?, submitter: OrgPath?, by actor: Actor,
        using generator: inout some RandomNumberGenerator
    ) async throws -> ComplaintReceipt {
        let external = externalID?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let external, !external.isEmpty {
            if external.count > 64 { throw DomainError.invalid("externalID", "外部工单号不能超过64个字符") }
            if let known = try await find(source: source, externalID: external) {
                return ComplaintReceipt(complaint: known, code: nil)
            }
        }
        let complaint = try input.validated()
        guard let body = try await ComplaintRouting.body(complaint.bodyID, on: sql) else {
            throw DomainError.invalid("bodyID", "请从列表中选择已登记的执法机关")
        }
        guard let handler = try await ComplaintRouting.handler(for: complaint.kind, about: body, on: sql) else {
            throw DomainError.conflict("\(body.name)所属人民政府未登记司法行政机关，暂时无法受理对其执法行为的投诉")
        }
        let policy = try await ComplaintRouting.policy(at: handler.path, on: sql)
        guard let due = try DeadlineCalculator(calendar: calendar).compute(policy.replyRule, start: today).due else {
            throw DomainError.conflict("无法计算答复期限")
        }
        let number = ComplaintCode.number(on: today, using: &generator)
        let code = ComplaintCode.code(using: &generator)
        let id = UUID()
        let storedExternalID = (external?.isEmpty ?? true) ? nil : external
        do {
            try await insert(
                id: id, number: number, code: code, complaint, body: body, handler: handler, policy: policy, due: due,
                source: source, externalID: storedExternalID, submitter: submitter, by: actor)
        } catch {
            // The same work order sent twice at once: the unique (source, external_id) refused the second; answer it
            // like a resend.
            if let storedExternalID, let known = try await find(source: source, externalID: storedExternalID) {
                return ComplaintReceipt(complaint: known, code: nil)
            }
            throw error
        }
        return ComplaintReceipt(complaint: try await load(id)!, code: code)
    }

    /// The complaint, its first event and its audit entry, in one transaction.
    private func insert(
        id: UUID, number: String, code: String, _ complaint: Complaint, body: ComplaintRouting.Body,
        handler: ComplaintRouting.Body, policy: ComplaintPolicy, due: CivilDate, source: ComplaintSource,
        externalID storedExternalID: String?, submitter: OrgPath?, by actor: Actor
    ) async throws {
        let today = today
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let now = Date()
            try await BulkInsert.run(
                into: "complaints",
                columns: [
                    "id", "number", "code_hash", "source", "external_id", "submitter_path", "kind", "body_id",
                    "body_path", "organisation_id", "org_path", "narrative", "decision_number", "name", "mobile",
                    "stage", "received_on", "reply_days", "due_on", "due_day", "event_count", "created_at",
                    "updated_at",
                ],
                rows: [
                    [
                        id, number, ComplaintCode.hash(code), source.rawValue, storedExternalID, submitter?.value,
                        complaint.kind.rawValue, body.id, body.path.value, handler.id, handler.path.value,
                        complaint.narrative, complaint.decisionNumber, complaint.name, complaint.mobile,
                        ComplaintStage.received.rawValue, today.iso, policy.replyWorkingDays, due.iso, due.iso, 1, now,
                        now,
                    ]
                ], on: sql)
            let routed = handler.id == body.id ? "转\(handler.name)办理" : "转\(handler.name)（监督\(body.name)）办理"
            try await ComplaintEvents.append(
                to: id, sequence: 1, action: "submit", stage: .received,
                text: "\(source.label)\(complaint.kind.shortLabel)，\(routed)，答复期限至\(due.iso)", side: source.label,
                by: actor, today: today, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.complaint.submit", "complaint", id: id.uuidString, before: nil as AuditedComplaint?,
                    after: AuditedComplaint(
                        number: number, source: source.rawValue, externalID: storedExternalID,
                        kind: complaint.kind.rawValue,
                        body: body.name, handler: handler.name, dueOn: due.iso, anonymous: complaint.isAnonymous)),
                orgPath: handler.path, by: actor, on: tx)
        }
    }

    /// The complaint with this number, if `code` is its query code (404 otherwise, the same for both).
    public func track(number: String, code: String) async throws -> ComplaintRow {
        let typed = ComplaintCode.normalise(number)
        guard !typed.isEmpty, !code.isEmpty,
            let row = try await sql.raw(
                "\(ComplaintRow.select) WHERE c.number = \(bind: typed) AND c.code_hash = \(bind: ComplaintCode.hash(code))"
            ).first()
        else { throw Self.notFound }
        return try ComplaintRow.decode(row)
    }

    /// Records the complainant's view of the answer, once, after it is in.
    public func feedback(
        number: String, code: String, _ input: ComplaintFeedbackInput, by actor: Actor
    ) async throws -> ComplaintRow {
        let row = try await track(number: number, code: code)
        let (rating, comment) = try input.validated()
        guard row.stage.isAnswered else { throw DomainError.conflict("收到答复后才能评价") }
        guard row.rating == nil else { throw DomainError.conflict("已经评价过，不能重复评价") }
        let today = today
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let count = try await sql.raw(
                """
                SELECT event_count, rating FROM complaints WHERE id = \(bind: row.id)\(sql.forUpdate)
                """
            ).first()
            guard let count, try count.decode(column: "rating", as: String?.self) == nil else {
                throw DomainError.conflict("已经评价过，不能重复评价")
            }
            let sequence = try count.decode(column: "event_count", as: Int.self) + 1
            try await sql.raw(
                """
                UPDATE complaints SET rating = \(bind: rating.rawValue), rating_comment = \(bind: comment),
                    rated_on = \(bind: today.iso), event_count = \(bind: sequence), updated_at = \(bind: Date())
                WHERE id = \(bind: row.id)
                """
            ).run()
            try await ComplaintEvents.append(
                to: row.id, sequence: sequence, action: "feedback", stage: row.stage,
                text: [rating.label, comment].compactMap { $0 }.joined(separator: "："), side: "投诉举报人", by: actor,
                today: today, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.complaint.feedback", "complaint", id: row.id.uuidString, before: nil as AuditedRating?,
                    after: AuditedRating(rating: rating.rawValue, comment: comment)),
                orgPath: row.orgPath, by: actor, on: tx)
        }
        return try await load(row.id)!
    }

    /// The steps taken on a complaint, in order (for its status page).
    public func events(of id: UUID) async throws -> [ComplaintEventRow] {
        try await ComplaintEvents.list(of: id, on: sql)
    }

    /// The answer period of a complaint, computed and explained (nil once answered).
    public func deadline(for row: ComplaintRow) async throws -> Deadline? {
        try await ComplaintEvents.deadline(for: row, calendar: calendar, on: sql)
    }

    func find(source: ComplaintSource, externalID: String) async throws -> ComplaintRow? {
        try await sql.raw(
            "\(ComplaintRow.select) WHERE c.source = \(bind: source.rawValue) AND c.external_id = \(bind: externalID)"
        ).first().map(ComplaintRow.decode)
    }

    func load(_ id: UUID) async throws -> ComplaintRow? {
        try await sql.raw("\(ComplaintRow.select) WHERE c.id = \(bind: id)").first().map(ComplaintRow.decode)
    }
}

/// What the audit trail records of a received complaint (no name or mobile number).
struct AuditedComplaint: Encodable {
    var number: String
    var source: String
    var externalID: String?
    var kind: String
    var body: String
    var handler: String
    var dueOn: String
    var anonymous: Bool
}

/// What the audit trail records of the complainant's view.
struct AuditedRating: Encodable {
    var rating: String
    var comment: String?
}
