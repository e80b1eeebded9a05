import FazhiCore
import Fluent
import Foundation

/// The data exchange (数据对接) for agencies that keep their own case systems: a batch of events for one body, each
/// recognised by its event id (a batch sent again changes nothing), applied in the order sent, through the same
/// recorder, rules, alerts and ledger as a step taken on a page.
public struct CaseIngest: Sendable {
    let cases: CaseRepository

    /// Large enough that a system catching up sends few requests, small enough to keep one transaction short.
    public static let maximumEvents = 1000

    public init(cases: CaseRepository) { self.cases = cases }

    /// Applies `events` for body `bodyID`; the outcome of each, in order. An event with a malformed envelope is
    /// refused alone; a batch beyond the limit, or for a body outside the scope, is refused whole.
    public func ingest(body bodyID: UUID, events: [CaseIngestEvent], by actor: Actor) async throws
        -> [CaseStepOutcome]
    {
        guard !events.isEmpty else { throw DomainError.invalid("events", "请至少提交一个事件") }
        guard events.count <= Self.maximumEvents else {
            throw DomainError.invalid("events", "每批最多\(Self.maximumEvents)个事件，本批\(events.count)个")
        }
        let body = try await cases.body(bodyID)
        var refused: [Int: DomainError] = [:]
        var requests: [CaseStepRequest] = []
        for (index, event) in events.enumerated() {
            if let problem = Self.envelopeProblem(event) {
                refused[index] = problem
                continue
            }
            requests.append(
                CaseStepRequest(
                    reference: event.reference.trimmingCharacters(in: .whitespaces), clientEventID: event.eventID,
                    input: event.step,
                    evidence: (event.evidence ?? []).map {
                        EvidenceFile(name: $0.name, size: 0, sha256: $0.sha256.lowercased())
                    }, source: "ingest"))
        }
        let recorder = CaseRecorder(
            db: cases.db, body: body, today: cases.today, calendar: cases.calendar, mayReview: true)
        var applied = try await recorder.record(requests, by: actor).makeIterator()
        return events.indices.map { refused[$0].map(CaseStepOutcome.refused) ?? applied.next()! }
    }

    static func envelopeProblem(_ event: CaseIngestEvent) -> DomainError? {
        let id = event.eventID.trimmingCharacters(in: .whitespaces)
        if id.isEmpty || id.count > 100 { return .invalid("eventId", "事件编号不能为空，且不超过100个字符") }
        let reference = event.reference.trimmingCharacters(in: .whitespaces)
        if reference.isEmpty || reference.count > 100 { return .invalid("reference", "案件编号不能为空，且不超过100个字符") }
        if (event.evidence ?? []).count > 50 { return .invalid("evidence", "每个事件最多声明50个证据文件") }
        if let bad = event.evidence?.first(where: { !$0.isWellFormed }) {
            return .invalid("evidence", "证据「\(bad.name)」的 SHA-256 应为64位十六进制数")
        }
        return nil
    }
}
