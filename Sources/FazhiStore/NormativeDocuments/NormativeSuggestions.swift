import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The public side of review suggestions (审查建议): anyone may send one against a filed document and follow it by
/// its receipt number. No scope and no login: the suggestion goes to the document's filing body, which answers
/// through `NormativeSuggestionRepository`.
public struct NormativeSuggestions: Sendable {
    let db: any Database
    public let today: CivilDate
    /// The working-day calendar the answer period is computed on.
    let calendar: HolidayCalendar

    public init(db: any Database, today: CivilDate, calendar: HolidayCalendar) {
        self.db = db
        self.today = today
        self.calendar = calendar
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    public static let notFiled = DomainError.conflict("该文件尚未报送备案，暂不能提出审查建议；报送备案后可在本页提出")

    public static func unknownReceipt(_ text: String) -> DomainError {
        .notFound("未找到回执号为「\(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(40))」的审查建议，请核对后重新输入")
    }

    /// Receives a suggestion: a receipt number, today as the day of receipt, the due date of the answer under the
    /// document's policy, addressed to the document's filing body; with its audit entry. Refused: a document that
    /// is not published (404) or not yet filed (409); a number that names no filed document, or a text that breaks
    /// the rules (422, nothing stored).
    public func submit(_ input: NormativeSuggestionInput, by actor: Actor) async throws -> NormativeSuggestionTracking {
        var v = Validation()
        let document = try await document(named: input, errors: &v)
        let body = NormativePublicText.required("body", input.body, label: "意见", length: 10...4000, in: &v)
        let name = v.optionalText("name", input.name, label: "姓名", maxLength: 40)
        let contact = v.optionalText("contact", input.contact, label: "联系方式", maxLength: 100)
        try v.check()
        guard let document, let filingPath = document.filingPath else { throw Self.notFiled }

        let policy = try await NormativePolicies.policy(kind: document.kind, drafterPath: document.orgPath, on: db)
        let answer = try DeadlineCalculator(calendar: calendar).compute(policy.suggestionAnswer, start: today)
        let dueOn = answer.due ?? today
        let receipt = ReviewSuggestionReceipt.make(on: today)
        let id = UUID()
        let today = today
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.insert(into: "normative_suggestions")
                .columns(
                    "id", "receipt", "document_id", "filing_path", "submitted_at", "received_on", "due_on", "name",
                    "contact", "body", "status"
                )
                .values(
                    SQLBind(id), SQLBind(receipt), SQLBind(document.id), SQLBind(filingPath.value), SQLBind(Date()),
                    SQLBind(today.iso), SQLBind(dueOn.iso), SQLBind(name), SQLBind(contact), SQLBind(body),
                    SQLBind(NormativeSuggestionStatus.received.rawValue)
                )
                .run()
            try await AuditLog.append(
                .of(
                    "normative.suggestion.submit", "normative_suggestion", id: id.uuidString,
                    before: nil as NormativeSuggestionRecord?,
                    after: NormativeSuggestionRecord(
                        receipt: receipt, documentID: document.id.uuidString,
                        status: NormativeSuggestionStatus.received.rawValue, receivedOn: today.iso, dueOn: dueOn.iso,
                        body: body, name: name)),
                orgPath: filingPath, by: actor, on: tx)
        }
        return try await track(receipt)
    }

    /// The document a suggestion names: by id (a published document, else 404; not filed, 409) or by number (a
    /// field error when no filed document has it). Nil when a field error was recorded.
    private func document(named input: NormativeSuggestionInput, errors v: inout Validation) async throws
        -> NormativeDocumentRow?
    {
        let catalogue = NormativePublicCatalogue(db: db, today: today)
        if input.namesDocumentByID {
            guard let id = UUID(uuidString: input.documentID!.trimmingCharacters(in: .whitespaces)) else {
                throw NormativePublicCatalogue.notFound
            }
            let document = try await catalogue.document(id)
            guard document.stage.isFiled else { throw Self.notFiled }
            return document
        }
        let typed = input.documentNumber?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !typed.isEmpty else {
            v.add("documentNumber", "请填写文件的文号，例如 测政规〔2026〕1号")
            return nil
        }
        guard let number = DocumentNumber(parsing: typed),
            let document = try await catalogue.filedDocument(number: number)
        else {
            v.add("documentNumber", "未找到文号为「\(typed.prefix(40))」的已备案文件")
            return nil
        }
        return document
    }

    /// The suggestion with receipt number `text` (as typed: spaces, lower case and full-width forms are accepted).
    public func track(_ text: String) async throws -> NormativeSuggestionTracking {
        guard let receipt = ReviewSuggestionReceipt.normalise(text),
            let row = try await sql.raw("\(NormativeSuggestionRow.select) WHERE s.receipt = \(bind: receipt)").first()
        else { throw Self.unknownReceipt(text) }
        return try NormativeSuggestionRow.decode(row).tracking
    }
}
