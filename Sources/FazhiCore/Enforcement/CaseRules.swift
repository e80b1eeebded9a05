/// The rules of law checked at every step of a penalty case, each citing its article. The same check runs for a
/// step entered on a page and for an event an agency's system sends.
public struct CaseRules: Sendable {
    public var policy: EnforcementPolicy
    /// The certificates of the step's officers that are registered with the acting body, by number.
    public var certificates: [String: EnforcementCertificate]
    /// The case's matter in the body's powers list (for 立案, the one the step names), nil when it is not there.
    public var matter: CaseMatter?
    public var calendar: HolidayCalendar

    public init(
        policy: EnforcementPolicy, certificates: [String: EnforcementCertificate], matter: CaseMatter?,
        calendar: HolidayCalendar
    ) {
        self.policy = policy
        self.certificates = certificates
        self.matter = matter
        self.calendar = calendar
    }

    /// Checks `step` against the case as it stands.
    public func check(_ step: CaseStep, on facts: CaseFacts) -> CaseCheck {
        var result = CaseCheck()
        if let last = facts.lastOn, step.date < last {
            result.refusals.append(
                CaseFinding(
                    rule: "date.order", title: "办理日期早于上一步", message: "办理日期不能早于上一步的日期（\(last.iso)）",
                    basis: EnforcementBases.decisionLimit, severity: .medium, field: "date"))
        }
        if CaseStepInput.officerActions.contains(step.action) { checkOfficers(step, facts, into: &result) }
        switch step.action {
        case .file, .decideOnSpot: checkOpening(step, facts, into: &result)
        case .notify: checkNotice(step, facts, into: &result)
        case .requestHearing: checkHearingRequest(step, facts, into: &result)
        case .decide: checkDecision(step, facts, into: &result)
        case .serve: checkService(step, facts, into: &result)
        default: break
        }
        if step.action == .decideOnSpot { checkOnTheSpot(step, facts, into: &result) }
        return result
    }

    /// 第四十二条: enforcement by officers holding valid certificates, at least two (one on the spot, where the
    /// simplified procedure's laws allow it).
    func checkOfficers(_ step: CaseStep, _ facts: CaseFacts, into result: inout CaseCheck) {
        var valid = 0
        for number in step.officers {
            guard let certificate = certificates[number] else {
                result.refusals.append(
                    finding(
                        "officers.unknown", "执法证号未登记", "执法证号「\(number)」未在本机关登记", EnforcementBases.officers, .high,
                        "officers"))
                continue
            }
            if let problem = certificate.problem(on: step.date) {
                result.refusals.append(
                    finding("officers.certificate", "执法证无效", problem, EnforcementBases.officers, .high, "officers"))
            } else {
                valid += 1
            }
        }
        let needed = facts.procedure == .simplified || step.action == .decideOnSpot ? 1 : 2
        if valid < needed, result.refusals.allSatisfy({ $0.field != "officers" }) {
            result.refusals.append(
                finding(
                    "officers.count", "执法人员不足", "执法人员不得少于\(needed == 2 ? "两" : "一")人，持有效执法证的只有\(valid)人",
                    EnforcementBases.officers, .high, "officers"))
        }
    }

    /// 第十七条 (within the body's powers) and 第三十六条 (the limitation period had not run when the case began).
    func checkOpening(_ step: CaseStep, _ facts: CaseFacts, into result: inout CaseCheck) {
        if let code = step.matterCode, !code.isEmpty {
            if let matter {
                if matter.kind != .penalty {
                    result.refusals.append(
                        finding(
                            "matter.kind", "事项不是行政处罚", "事项「\(matter.name)」属于\(matter.kind.label)，不能立行政处罚案件",
                            EnforcementBases.competence, .high, "matterCode"))
                }
            } else {
                result.refusals.append(
                    finding(
                        "matter.unlisted", "超出权责清单", "事项编码「\(code)」不在本机关的权责清单中", EnforcementBases.competence, .high,
                        "matterCode"))
            }
        }
        if let violation = step.violationOn {
            let years = step.severeHarm ? 5 : 2
            let lapsed = violation.addingMonths(years * 12)
            if step.date > lapsed {
                result.refusals.append(
                    finding(
                        "limitation", "超过追责时效",
                        "违法行为发生于\(violation.iso)，\(years)年内未被发现（至\(lapsed.iso)），不再给予行政处罚",
                        EnforcementBases.limitation, .high, "violationOn"))
            }
        }
    }

    /// 第四十四条、第六十三条: the notice tells of the right to a hearing whenever the proposed penalty grants one.
    func checkNotice(_ step: CaseStep, _ facts: CaseFacts, into result: inout CaseCheck) {
        guard let party = facts.party?.kind else { return }
        if policy.grantsHearing(step.penalties, fineFen: step.fineFen, party: party), !step.hearingRight {
            result.refusals.append(
                finding(
                    "notice.hearing", "未告知听证权利", "拟作出的处罚属于应当告知听证权利的情形，告知书必须告知当事人有要求听证的权利",
                    EnforcementBases.hearingRight, .high, "hearingRight"))
        }
        checkBenchmark(step, party: party, into: &result)
    }

    /// 第六十四条第一项: a hearing is asked for within 5 working days of the notice.
    func checkHearingRequest(_ step: CaseStep, _ facts: CaseFacts, into result: inout CaseCheck) {
        guard let noticeOn = facts.noticeOn else { return }
        if !facts.hearingRightGiven {
            result.refusals.append(
                finding("hearing.right", "未告知听证权利", "告知书未告知听证权利，不能登记听证申请", EnforcementBases.hearingRight, .medium, nil))
            return
        }
        if let due = try? DeadlineCalculator(calendar: calendar).compute(CaseLimits.hearingRequest, start: noticeOn)
            .due,
            step.date > due
        {
            result.refusals.append(
                finding(
                    "hearing.late", "听证申请逾期", "告知日为\(noticeOn.iso)，要求听证的期限至\(due.iso)届满",
                    EnforcementBases.hearingRequest,
                    .medium, "date"))
        }
    }

    /// 第五十七条、第五十八条、第六十条、第六十三条 and the discretion benchmark.
    func checkDecision(_ step: CaseStep, _ facts: CaseFacts, into result: inout CaseCheck) {
        guard let party = facts.party?.kind else { return }
        if !step.noPenalty, facts.noticeOn == nil {
            result.refusals.append(
                finding(
                    "decision.notice", "未经告知", "作出行政处罚决定前，应当先告知当事人拟作出的处罚及其陈述、申辩权利",
                    EnforcementBases.noticeFirst, .high, nil))
        }
        if !step.noPenalty {
            let heard = facts.heard
            if policy.needsLegalReview(step.penalties, fineFen: step.fineFen, party: party, heard: heard),
                !facts.legalReviewPassed
            {
                result.refusals.append(
                    finding(
                        "decision.legal-review", "重大执法决定未经法制审核",
                        heard ? "案件经过听证程序，属于重大执法决定，法制审核通过后才能作出决定" : "拟作出的处罚属于重大执法决定，法制审核通过后才能作出决定",
                        EnforcementBases.legalReview, .high, nil))
            }
            if policy.needsCollectiveDiscussion(step.penalties, fineFen: step.fineFen, party: party), !facts.discussed {
                result.refusals.append(
                    finding(
                        "decision.collective", "未经集体讨论", "拟作出的处罚应当由行政机关负责人集体讨论决定",
                        EnforcementBases.collectiveDiscussion, .high,
                        nil))
            }
            if facts.noticeOn != nil, policy.grantsHearing(step.penalties, fineFen: step.fineFen, party: party),
                !facts.hearingRightGiven
            {
                result.refusals.append(
                    finding(
                        "decision.hearing-right", "未告知听证权利", "决定的处罚属于应当告知听证权利的情形，但告知时未告知听证权利，请重新告知",
                        EnforcementBases.hearingRight, .high, nil))
            }
            checkBenchmark(step, party: party, into: &result)
        }
        if let filedOn = facts.filedOn,
            let deadline = try? DeadlineCalculator(calendar: calendar).compute(
                CaseLimits.decision, start: filedOn, events: facts.clock),
            let due = deadline.due, step.date > due
        {
            result.alerts.append(
                finding(
                    "decision.late", "超期作出决定", "立案日为\(filedOn.iso)，作出决定的期限至\(due.iso)届满，决定于\(step.date.iso)作出",
                    EnforcementBases.decisionLimit, .high, nil))
        }
    }

    /// The fine lies in the benchmark's range for the circumstance, or the departure is reasoned (then an alert).
    func checkBenchmark(_ step: CaseStep, party: PartyKind, into result: inout CaseCheck) {
        guard step.penalties.contains(.fine), let matter, !matter.benchmark.ranges.isEmpty else { return }
        guard let circumstance = step.circumstance else {
            result.refusals.append(
                finding(
                    "benchmark.circumstance", "未选择裁量情节", "事项「\(matter.name)」有裁量基准，请选择适用的情节",
                    EnforcementBases.discretion, .medium,
                    "circumstance"))
            return
        }
        guard let range = matter.benchmark.range(for: circumstance) else {
            let names = matter.benchmark.ranges.map(\.circumstance).joined(separator: "、")
            result.refusals.append(
                finding(
                    "benchmark.circumstance", "裁量情节不存在", "裁量基准中没有「\(circumstance)」，可选：\(names)",
                    EnforcementBases.discretion, .medium,
                    "circumstance"))
            return
        }
        guard step.fineFen < range.minimumFen || step.fineFen > range.maximumFen else { return }
        let message = "罚款\(Money.text(step.fineFen))超出「\(circumstance)」情节的裁量幅度（\(range.text)）"
        if step.deviationReason == nil {
            result.refusals.append(
                finding(
                    "benchmark.range", "超出裁量基准", message + "，请说明理由", EnforcementBases.discretion, .medium,
                    "deviationReason"))
        } else {
            result.alerts.append(
                finding("benchmark.range", "偏离裁量基准", message, EnforcementBases.discretion, .medium, nil))
        }
    }

    /// 第六十一条: the decision is served within 7 working days (late service is allowed and raises an alert).
    func checkService(_ step: CaseStep, _ facts: CaseFacts, into result: inout CaseCheck) {
        guard let decidedOn = facts.decidedOn,
            let due = try? DeadlineCalculator(calendar: calendar).compute(CaseLimits.service, start: decidedOn).due,
            step.date > due
        else { return }
        result.alerts.append(
            finding(
                "service.late", "超期送达", "决定日为\(decidedOn.iso)，送达期限至\(due.iso)届满，于\(step.date.iso)送达",
                EnforcementBases.service,
                .medium, nil))
    }

    /// 第五十一条: on the spot, only a warning or a fine up to 200 yuan for a person, 3,000 for an organisation.
    func checkOnTheSpot(_ step: CaseStep, _ facts: CaseFacts, into result: inout CaseCheck) {
        guard let party = step.party else { return }
        let limit: Int64 = party.kind == .person ? 20_000 : 300_000
        if !step.penalties.isSubset(of: [.warning, .fine]) {
            result.refusals.append(
                finding("spot.kind", "不适用简易程序", "当场只能作出警告或者罚款", EnforcementBases.onTheSpot, .high, "penalties"))
        }
        if step.fineFen > limit {
            result.refusals.append(
                finding(
                    "spot.amount", "不适用简易程序",
                    "当场罚款对\(party.kind == .person ? "公民" : "法人或者其他组织")不得超过\(Money.text(limit))",
                    EnforcementBases.onTheSpot, .high,
                    "fine"))
        }
    }

    private func finding(
        _ rule: String, _ title: String, _ message: String, _ basis: LegalBasis, _ severity: CaseFinding.Severity,
        _ field: String?
    ) -> CaseFinding {
        CaseFinding(rule: rule, title: title, message: message, basis: basis, severity: severity, field: field)
    }
}
