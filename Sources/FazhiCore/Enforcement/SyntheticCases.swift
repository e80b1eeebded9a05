import Crypto
import Foundation

/// A realistic synthetic region's enforcement data (`fazhi demo --cases N` and the ingest benchmark): each case a
/// run of events as an agency's system would send them — general cases filed, investigated, notified, sometimes
/// heard, reviewed and discussed as the policy requires, decided, served, paid and closed; simplified cases decided
/// on the spot; the newest cases still open at some stage. The same seed gives the same events. Every event is meant
/// to pass the rules under `EnforcementPolicy.standard`; the recorder checks them all the same.
public struct SyntheticCases: Sendable {
    public var officers: [String]
    public var matters: [CaseMatter]
    /// The last day events may bear (today, usually).
    public var endingBy: CivilDate
    public var policy: EnforcementPolicy

    public init(officers: [String], matters: [CaseMatter], endingBy: CivilDate, policy: EnforcementPolicy = .standard) {
        self.officers = officers
        self.matters = matters.filter { $0.kind == .penalty }
        self.endingBy = endingBy
        self.policy = policy
    }

    /// The events of case number `index` (with references and event ids under `prefix`), in order.
    public func events(ofCase index: Int, prefix: String, seed: UInt64) -> [CaseIngestEvent] {
        guard officers.count >= 2, !matters.isEmpty else { return [] }
        // Each case its own stream: seeds one golden step apart would give the same stream shifted by one draw.
        var mixer = SplitMix(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        var random = SplitMix(seed: mixer.next())
        let reference = "\(prefix)-\(index)"
        let start = endingBy.adding(days: -Int(random.next() % 365))
        var script = Script(
            random: random, day: start, endingBy: endingBy, officers: twoOfficers(&random), reference: reference)
        let matter = matters[Int(script.random.next() % UInt64(matters.count))]
        let person = script.random.next() % 10 < 3
        var opening = CaseStepInput()
        opening.matterCode = matter.code
        opening.partyKind = (person ? PartyKind.person : .organisation).rawValue
        opening.partyName = person ? Self.personName(&script.random) : Self.companyName(&script.random)
        opening.partyID = person ? Self.idNumber(&script.random) : Self.creditCode(&script.random)
        opening.violationOn = start.adding(days: -Int(script.random.next() % 60)).iso
        opening.facts = "经查，当事人违反\(matter.name)所涉规定。"
        if script.random.next() % 5 == 0 {
            // 简易程序: a warning or a small fine on the spot, then paid and closed.
            let fine = script.random.next() % 2 == 0 ? 0 : Int64(script.random.next() % (person ? 200 : 3000) + 1) * 100
            var spot = opening
            spot.action = CaseAction.decideOnSpot.rawValue
            spot.officers = [script.officers[0]]
            spot.penalties = fine > 0 ? [PenaltyKind.fine.rawValue] : [PenaltyKind.warning.rawValue]
            spot.fine = fine > 0 ? String(fine / 100) : nil
            spot.decisionNumber = "\(reference)-当场"
            guard script.add(spot, after: 0...0) else { return [] }
            if fine > 0, script.add(.execute, after: 1...10) { _ = script.add(.close, after: 0...3) }
            return script.events
        }
        var filing = opening
        filing.action = CaseAction.file.rawValue
        guard script.add(filing, after: 0...0) else { return [] }
        generalCase(&script, matter: matter, party: person ? .person : .organisation)
        return script.events
    }

    /// The general procedure after 立案, as far as `endingBy` allows.
    private func generalCase(_ script: inout Script, matter: CaseMatter, party: PartyKind) {
        guard script.add(.investigate, after: 1...15, { $0.note = "现场检查，制作现场笔录，提取证据" }) else { return }
        if script.random.next() % 10 == 0 {
            _ = script.add(.decide, after: 5...20) {
                $0.outcome = "none"; $0.note = "违法事实不能成立"
            }
            return
        }
        var penalties: Set<PenaltyKind> = [.fine]
        var fine: Int64
        var circumstance: String?
        let ranges = matter.benchmark.ranges
        if !ranges.isEmpty {
            let range = ranges[Int(script.random.next() % UInt64(ranges.count))]
            circumstance = range.circumstance
            let steps = max(0, (range.maximumFen - range.minimumFen) / 10_000)
            fine = min(range.minimumFen + Int64(script.random.next() % UInt64(steps + 1)) * 10_000, range.maximumFen)
        } else {
            fine = Int64(script.random.next() % 20 + 1) * 100_000
        }
        if fine == 0 { penalties = [.warning] }
        let hearing = policy.grantsHearing(penalties, fineFen: fine, party: party)
        let amount = fine > 0 ? Money.text(fine).replacingOccurrences(of: "元", with: "") : nil
        let fill = { (input: inout CaseStepInput) in
            input.penalties = penalties.map(\.rawValue).sorted()
            input.fine = amount
            input.circumstance = circumstance
        }
        guard
            script.add(
                .notify, after: 3...20,
                {
                    fill(&$0); $0.hearingRight = hearing
                })
        else { return }
        var heard = false
        if hearing, script.random.next() % 5 == 0 {
            guard script.add(.requestHearing, after: 1...3),
                script.add(.holdHearing, after: 5...15, { $0.note = "当事人到场陈述申辩" })
            else { return }
            heard = true
        }
        if policy.needsLegalReview(penalties, fineFen: fine, party: party, heard: heard) {
            guard script.add(.submitLegalReview, after: 1...5),
                script.add(
                    .legalReview, after: 1...7,
                    {
                        $0.reviewPassed = true; $0.note = "事实清楚，证据确凿，程序合法"
                    })
            else { return }
        }
        if policy.needsCollectiveDiscussion(penalties, fineFen: fine, party: party) {
            guard script.add(.discuss, after: 1...5, { $0.note = "经局务会集体讨论，同意处罚意见" }) else { return }
        }
        let method = script.random.next() % 3 == 0 ? "邮寄送达" : "直接送达"
        let number = "\(script.reference)-决"
        guard
            script.add(
                .decide, after: 1...10,
                {
                    fill(&$0); $0.decisionNumber = number
                }),
            script.add(.serve, after: 0...5, { $0.serviceMethod = method }),
            script.add(.execute, after: 3...15)
        else { return }
        _ = script.add(.close, after: 0...5)
    }

    /// One case's events as they are written, and the day the last one bore.
    struct Script {
        var random: SplitMix
        var day: CivilDate
        let endingBy: CivilDate
        let officers: [String]
        let reference: String
        var events: [CaseIngestEvent] = []

        /// Adds `action` some days after the last step, unless that day is past `endingBy` (the case stays open).
        mutating func add(
            _ action: CaseAction, after days: ClosedRange<Int>, _ fill: (inout CaseStepInput) -> Void = { _ in }
        ) -> Bool {
            var input = CaseStepInput(action: action.rawValue)
            fill(&input)
            return add(input, after: days)
        }

        mutating func add(_ input: CaseStepInput, after days: ClosedRange<Int>) -> Bool {
            day = day.adding(days: days.lowerBound + Int(random.next() % UInt64(days.count)))
            guard day <= endingBy else { return false }
            var input = input
            input.date = day.iso
            if input.officers == nil { input.officers = officers }
            let number = events.count + 1
            let evidence =
                input.action == CaseAction.investigate.rawValue
                ? [
                    DeclaredEvidence(
                        name: "现场笔录.pdf",
                        sha256: LedgerHex.encode(SHA256.hash(data: Data("\(reference)#\(number)".utf8))))
                ] : nil
            events.append(
                CaseIngestEvent(
                    eventID: "\(reference)#\(number)", reference: reference, evidence: evidence, step: input))
            return true
        }
    }

    private func twoOfficers(_ random: inout SplitMix) -> [String] {
        let first = Int(random.next() % UInt64(officers.count))
        let second = (first + 1 + Int(random.next() % UInt64(officers.count - 1))) % officers.count
        return [officers[first], officers[second]]
    }
}
