import FazhiCore
import Fluent
import Foundation
import SQLKit

extension NormativeRepository {
    /// Takes a step of the procedure. Refused with the reason when the document's stage does not allow it, when the
    /// member is not the party that takes it, or when a date rule forbids it (a comment period not yet over, a
    /// legality review shorter than the minimum); the document, its history and the audit log change together or
    /// not at all.
    @discardableResult
    public func act(
        on id: UUID, _ input: NormativeStepInput, files: [(name: String, content: Data)] = [], by actor: Actor
    )
        async throws -> NormativeDocumentRow
    {
        let document = try await document(id)
        guard let action = input.action.flatMap(NormativeAction.init(rawValue:)) else {
            throw DomainError.invalid("action", "请选择要办理的事项")
        }
        guard parties(for: document).contains(action.party) else {
            throw DomainError.forbidden("此事项由\(action.party.label)办理")
        }
        guard action.next(from: document.stage) != nil else {
            throw DomainError.conflict(action.refusal(for: document.stage))
        }
        var fileCheck = Validation()
        EvidenceUpload.check(files, into: &fileCheck)
        try fileCheck.check()
        let policy = try await policy(for: document).policy
        var step = try NormativeStepPlanner(
            document: document, policy: policy, today: today, calendar: calendar
        ).plan(action, input)
        if action == .submitFiling {
            let body = try await NormativeFilingBody.find(for: document.organisationID, on: db)
            step.set["filing_organisation_id"] = SQLBind(body.id)
            step.set["filing_path"] = SQLBind(body.path.value)
            step.details["备案审查机关"] = body.name
        }
        let planned = step
        let evidence = files.map { EvidenceFile(name: $0.name, content: $0.content) }
        let author = try await author(of: action, document)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            // Two people acting at once: the second finds the stage changed and is told so; nothing is written.
            let current = try await sql.raw(
                "SELECT stage FROM normative_documents WHERE id = \(bind: id)\(sql.forUpdate)"
            ).first()?.decode(column: "stage", as: String.self)
            guard current == document.stage.rawValue else {
                throw DomainError.conflict("文件的办理状态刚刚已被他人更改，请刷新页面后再操作")
            }
            var step = planned
            if action == .register {
                let number = try await NormativeNumbering.next(code: step.numberCode!, year: step.numberYear!, on: sql)
                step.set["number_sequence"] = SQLBind(number.sequence)
                step.set["document_number"] = SQLBind(number.text)
                step.details["文号"] = number.text
            }
            let now = Date()
            for (file, proof) in zip(files, evidence) {
                try await EvidenceFiles.store(file.content, sha256: proof.sha256, at: now, on: sql)
            }
            step.set["stage"] = SQLBind(step.stage.rawValue)
            step.set["updated_at"] = SQLBind(now)
            let assignments = step.set.sorted { $0.key < $1.key }
                .map { "\(unsafeRaw: $0.key) = \($0.value)" as SQLQueryString }.joined(separator: ", ")
            try await sql.raw("UPDATE normative_documents SET \(assignments) WHERE id = \(bind: id)").run()
            try await sql.insert(into: "normative_events")
                .columns(
                    "id", "document_id", "action", "stage_before", "stage_after", "organisation_id", "author_id",
                    "author_name", "at", "on_day", "details", "evidence", "body"
                )
                .values(
                    SQLBind(UUID()), SQLBind(id), SQLBind(action.rawValue), SQLBind(document.stage.rawValue),
                    SQLBind(step.stage.rawValue), SQLBind(author.id), SQLBind(actor.userID), SQLBind(actor.name),
                    SQLBind(now), SQLBind(today.iso), SQLBind(try AuditChange.canonicalJSON(step.details)),
                    SQLBind(try AuditChange.canonicalJSON(evidence)), SQLBind(step.body)
                )
                .run()
            try await AuditLog.append(
                .of(
                    "normative.\(action.rawValue)", "normative_document", id: id.uuidString,
                    before: StepRecord(stage: document.stage.rawValue),
                    after: StepRecord(
                        stage: step.stage.rawValue, details: step.details, body: step.body, evidence: evidence)),
                orgPath: author.path, by: actor, on: tx)
            if action == .register {
                try await NormativeLibrary.publish(id, by: actor, on: tx)
            } else if action == .reportHandling {
                // 废止 or 宣布失效 in answer to the review ends the document in the library too.
                try await NormativeLibrary.updateStatus(id, on: tx)
            }
        }
        return try await self.document(id)
    }

    /// Whom a step is recorded for: the filing body for its decisions, the drafting body otherwise.
    private func author(of action: NormativeAction, _ document: NormativeDocumentRow) async throws -> Organisation {
        let organisations = OrganisationRepository(db: db, scope: .system)
        if action.party == .filingBody, let filing = document.filingOrganisationID {
            return try await organisations.find(filing)
        }
        return try await organisations.find(document.organisationID)
    }
}

/// A step's record in the audit log.
struct StepRecord: Codable {
    var stage: String
    var details: [String: String]?
    var body: String?
    var evidence: [EvidenceFile]?
}
