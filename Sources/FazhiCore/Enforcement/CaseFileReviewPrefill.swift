/// An item the platform checked from a case's recorded facts: met or not, and why. The reviewer may depart from it
/// with a reason (`ReviewScore.validate`).
public struct ReviewPrefill: Codable, Sendable, Equatable {
    public var itemID: String
    public var met: Bool
    public var explanation: String

    public init(itemID: String, met: Bool, explanation: String) {
        self.itemID = itemID
        self.met = met
        self.explanation = explanation
    }

    /// Prefills every item of `standard` that has a check the facts can answer.
    public static func of(
        _ facts: CaseFacts, standard: ReviewStandard, policy: EnforcementPolicy, calendar: HolidayCalendar
    ) -> [ReviewPrefill] {
        standard.items.compactMap { item in
            guard let check = item.check, let outcome = outcome(check, facts, policy: policy, calendar: calendar)
            else { return nil }
            return ReviewPrefill(itemID: item.id, met: outcome.met, explanation: outcome.explanation)
        }
    }

    /// The results a reviewer starts from: each prefilled item's outcome (a failed veto item, or its full deduction).
    public static func initialResults(_ prefill: [ReviewPrefill], standard: ReviewStandard) -> [ReviewItemResult] {
        prefill.compactMap { entry in
            guard let item = standard.item(entry.itemID) else { return nil }
            let note = entry.met ? "" : "系统预填：\(entry.explanation)"
            return item.part == .veto
                ? ReviewItemResult(itemID: item.id, vetoed: !entry.met, note: note)
                : ReviewItemResult(itemID: item.id, deduction: entry.met ? 0 : item.maxDeduction, note: note)
        }
    }

    /// What `check` says about `facts`, or nil when the facts cannot tell.
    static func outcome(
        _ check: ReviewCheck, _ facts: CaseFacts, policy: EnforcementPolicy, calendar: HolidayCalendar
    ) -> (met: Bool, explanation: String)? {
        let party = facts.party?.kind ?? .organisation
        switch check {
        case .officers:
            // CaseRecorder refuses any step without two officers holding valid certificates (one on the spot).
            return (true, "每一步均经平台核验：执法人员持有效执法证件且人数符合行政处罚法第四十二条")
        case .noticeBeforeDecision:
            guard let decidedOn = facts.decidedOn else { return nil }
            if facts.noPenalty { return (true, "不予处罚决定，无须事先告知") }
            if facts.procedure == .simplified { return (true, "简易程序当场告知并作出决定") }
            guard let noticeOn = facts.noticeOn else { return (false, "作出处罚决定（\(decidedOn.iso)）前没有告知记录") }
            return noticeOn <= decidedOn
                ? (true, "\(noticeOn.iso)告知，\(decidedOn.iso)作出决定") : (false, "告知日\(noticeOn.iso)晚于决定日\(decidedOn.iso)")
        case .hearingRight:
            guard facts.decidedOn != nil, !facts.noPenalty, facts.procedure == .general else { return nil }
            guard policy.grantsHearing(facts.penalties, fineFen: facts.fineFen, party: party) else {
                return (true, "拟作出的处罚不属于应当告知听证权利的情形")
            }
            return facts.hearingRightGiven
                ? (true, "告知书告知了要求听证的权利") : (false, "属于应当告知听证权利的情形，告知书未告知听证权利")
        case .legalReview:
            guard facts.decidedOn != nil, !facts.noPenalty, facts.procedure == .general else { return nil }
            guard policy.needsLegalReview(facts.penalties, fineFen: facts.fineFen, party: party, heard: facts.heard)
            else { return (true, "不属于须经法制审核的重大执法决定") }
            return facts.legalReviewPassed
                ? (true, "重大执法决定，经法制审核通过") : (false, "重大执法决定，未经法制审核或审核未通过（行政处罚法第五十八条）")
        case .decisionLimit:
            guard facts.procedure == .general, let filedOn = facts.filedOn, let decidedOn = facts.decidedOn,
                let due = try? DeadlineCalculator(calendar: calendar).compute(
                    CaseLimits.decision, start: filedOn, events: facts.clock
                ).due
            else { return nil }
            return decidedOn <= due
                ? (true, "\(filedOn.iso)立案，\(decidedOn.iso)决定，期限至\(due.iso)")
                : (false, "\(filedOn.iso)立案，期限至\(due.iso)，\(decidedOn.iso)才作出决定")
        case .serviceLimit:
            guard let decidedOn = facts.decidedOn, let servedOn = facts.servedOn,
                let due = try? DeadlineCalculator(calendar: calendar).compute(CaseLimits.service, start: decidedOn).due
            else { return nil }
            return servedOn <= due
                ? (true, "\(decidedOn.iso)决定，\(servedOn.iso)送达，期限至\(due.iso)")
                : (false, "\(decidedOn.iso)决定，送达期限至\(due.iso)，\(servedOn.iso)才送达")
        case .limitation:
            guard let violationOn = facts.violationOn, let filedOn = facts.filedOn else { return nil }
            // Beyond two years only harm to life, health or financial security extends it to five (第三十六条),
            // which the file must show: left to the reviewer.
            return filedOn <= violationOn.addingMonths(24)
                ? (true, "违法行为发生于\(violationOn.iso)，\(filedOn.iso)立案，在二年内") : nil
        }
    }
}
