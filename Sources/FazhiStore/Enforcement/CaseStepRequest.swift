import FazhiCore
import Foundation

/// One step to record in a body's case, from a page, the API or an agency's system (数据对接): the same request and
/// the same recorder for all three.
public struct CaseStepRequest: Sendable {
    /// The case by the body's reference (案号 or the sending system's id).
    public var reference: String
    /// The sending system's id for the event; a second event with the same id is recognised, not applied.
    public var clientEventID: String?
    public var input: CaseStepInput
    public var evidence: [EvidenceFile]
    /// The uploaded files' content, stored with the step when it is applied (an agency's system declares hashes
    /// only and keeps its files).
    public var contents: [Data]
    /// 「page」, 「api」 or 「ingest」.
    public var source: String
    /// The input and evidence as canonical JSON, encoded before the batch's transaction (`CaseRecorder.record`) so
    /// that concurrent requests encode while another holds the database.
    var inputJSON = ""
    var evidenceJSON = "[]"

    public init(
        reference: String, clientEventID: String? = nil, input: CaseStepInput, evidence: [EvidenceFile] = [],
        contents: [Data] = [], source: String
    ) {
        self.reference = reference
        self.clientEventID = clientEventID
        self.input = input
        self.evidence = evidence
        self.contents = contents
        self.source = source
    }
}

/// What became of one step.
public enum CaseStepOutcome: Sendable, Equatable {
    /// Recorded as the case's `sequence`th step; soft rules it broke raised `alerts`.
    case applied(caseID: UUID, sequence: Int, stage: CaseStage, alerts: [CaseFinding])
    /// The event id was recorded before (as the case's `sequence`th step); nothing changed.
    case duplicate(caseID: UUID, sequence: Int)
    /// Refused with the reason; nothing changed.
    case refused(DomainError)
}

/// A step's record in the audit log, and so in the evidence ledger: the full-process record (全过程记录). The audit
/// entry's `after` is `{"event": <this>, "input": <the step's fields>}`, canonical (keys sorted, no spaces), composed
/// from the two canonical parts so the input is encoded once for the event row and the ledger alike.
struct CaseEventRecord: Codable {
    var reference: String
    var sequence: Int
    var action: String
    var onDay: String
    var stageBefore: String?
    var stageAfter: String
    var officers: [String]
    var evidence: [EvidenceFile]

    func auditJSON(input: String) throws -> String {
        "{\"event\":\(try AuditChange.canonicalJSON(self)),\"input\":\(input)}"
    }
}
