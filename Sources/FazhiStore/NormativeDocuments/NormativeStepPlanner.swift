import FazhiCore
import Foundation
import SQLKit

/// A step, checked and planned: the stage it leads to, the columns it sets, and what the history records.
struct NormativeStep {
    var stage: NormativeStage
    var set: [String: any SQLExpression] = [:]
    /// The step's fields for the history, by their Chinese names.
    var details: [String: String] = [:]
    var body: String?
    /// For 统一编号: the code and year the number is drawn in (the sequence is drawn inside the write).
    var numberCode: String?
    var numberYear: Int?
}

/// Checks a step's fields and its date rules, and plans its effect. Every refusal names the field and, where a
/// time limit decides, the rule and its article.
struct NormativeStepPlanner {
    let document: NormativeDocumentRow
    let policy: NormativePolicy
    let today: CivilDate
    let calendar: HolidayCalendar

    func due(_ rule: DeadlineRule, from start: CivilDate) throws -> CivilDate {
        let deadline = try DeadlineCalculator(calendar: calendar).compute(rule, start: start)
        return deadline.due ?? start
    }

    /// Sets the running deadline of the stage the step leads to (or clears it), with the reminder marker reset.
    func running(_ rule: DeadlineRule?, from start: CivilDate, into step: inout NormativeStep) throws {
        if let rule {
            let dueOn = try due(rule, from: start)
            step.set["due_on"] = SQLBind(dueOn.iso)
            step.set["due_rule"] = SQLBind(rule.id)
            step.details["期限"] = "\(rule.title)：\(dueOn.iso)前（\(rule.basis.citation)）"
        } else {
            step.set["due_on"] = SQLBind(String?.none)
            step.set["due_rule"] = SQLBind(String?.none)
        }
        step.set["reminded_for"] = SQLBind(String?.none)
    }

    func plan(_ action: NormativeAction, _ input: NormativeStepInput) throws -> NormativeStep {
        var v = Validation()
        var step = NormativeStep(stage: action.next(from: document.stage)!)
        if action.needsBody {
            step.body = v.text("body", input.body, label: action.bodyLabel, maxLength: 8000)
        } else {
            step.body = v.optionalText("body", input.body, label: "说明", maxLength: 8000)
        }
        switch action {
        case .finishDraft, .withdraw, .resubmitFiling, .acceptHandling:
            break
        case .submitFiling:
            // The first submission counts for 按时报备; a resubmission after 补正 keeps it.
            step.set["filed_on"] = SQLBind(today.iso)
        case .recordEvaluation:
            step.set["evaluated_on"] = SQLBind(today.iso)
        case .openComment:
            try openComment(input, &v, &step)
        case .skipComment:
            guard document.commentOpensOn == nil else {
                throw DomainError.conflict("草案已公开征求意见，不能再选择不公开征求意见")
            }
            step.set["legality_sent_on"] = SQLBind(today.iso)
        case .sendForLegalityReview:
            guard let closes = document.commentClosesOn else {
                throw DomainError.conflict("请先公开征求意见，或说明不公开征求意见的理由")
            }
            guard closes < today else {
                throw DomainError.conflict("公开征求意见截止于\(closes.iso)，期满后方可送合法性审核")
            }
            step.set["legality_sent_on"] = SQLBind(today.iso)
        case .giveLegalityOpinion:
            try legalityOpinion(input, &v, &step)
        case .recordDeliberation:
            try deliberation(input, &v, &step)
        case .register:
            try register(input, &v, &step)
        case .requestSupplement:
            step.set["supplement_count"] = SQLBind(document.supplementCount + 1)
        case .registerFiling:
            step.set["registered_on"] = SQLBind(today.iso)
        case .concludeReview:
            let outcome = input.outcome.flatMap(NormativeReviewOutcome.init(rawValue:))
            if outcome == nil { v.add("outcome", "请选择审查结论") }
            if let outcome {
                step.set["reviewed_on"] = SQLBind(today.iso)
                step.set["review_outcome"] = SQLBind(outcome.rawValue)
                step.details["审查结论"] = outcome.label
                if outcome == .approved {
                    step.set["closed_on"] = SQLBind(today.iso)
                } else {
                    step.stage = .correcting
                }
            }
        case .reportHandling:
            let decision = input.decision.flatMap(NormativeCleanupDecision.init(rawValue:))
            if decision == nil || decision == .keep { v.add("decision", "请选择处理结果（修改、废止或宣布失效）") }
            if let decision, decision != .keep {
                step.set["handled_on"] = SQLBind(today.iso)
                step.set["decision"] = SQLBind(decision.rawValue)
                step.set["decided_on"] = SQLBind(today.iso)
                step.details["处理结果"] = decision.label
            }
        case .returnHandling:
            break
        }
        try v.check()
        try runningDeadline(after: action, &step)
        if action == .acceptHandling { step.set["closed_on"] = SQLBind(today.iso) }
        return step
    }

    /// The deadline of the stage the step leads to.
    private func runningDeadline(after action: NormativeAction, _ step: inout NormativeStep) throws {
        switch step.stage {
        case .publicComment where action == .openComment:
            break  // set by openComment: the last day of the period
        case .legalityReview:
            try running(policy.legalityMaximum, from: today, into: &step)
        case .published:
            break  // set by register: the filing deadline
        case .supplementing:
            try running(policy.supplement, from: today, into: &step)
        case .underReview:
            try running(policy.review, from: today, into: &step)
        case .correcting:
            // Sent back (退回): the handling is still owed by the original limit, counted from the review's notice.
            try running(policy.handling, from: document.reviewedOn ?? today, into: &step)
        default:
            try running(nil, from: today, into: &step)
        }
    }

    /// 公开征求意见: the period starts today or later and lasts at least the minimum.
    private func openComment(_ input: NormativeStepInput, _ v: inout Validation, _ step: inout NormativeStep) throws {
        guard document.commentOpensOn == nil else { throw DomainError.conflict("草案已公开征求意见") }
        let opens = v.date("opensOn", input.opensOn, label: "征求意见开始日期")
        let closes = v.date("closesOn", input.closesOn, label: "征求意见截止日期")
        if let opens, opens < today { v.add("opensOn", "开始日期不能早于今天（\(today.iso)）") }
        if let opens, let closes {
            let earliest = try due(policy.commentMinimum, from: opens)
            if closes < earliest {
                v.add(
                    "closesOn",
                    "\(policy.commentMinimum.basis.citation)规定\(policy.commentMinimum.title)为\(policy.commentMinimum.periodText)，自\(opens.iso)公布的，截止日期不能早于\(earliest.iso)"
                )
            }
            step.set["comment_opens_on"] = SQLBind(opens.iso)
            step.set["comment_closes_on"] = SQLBind(closes.iso)
            step.set["due_on"] = SQLBind(closes.iso)
            step.set["due_rule"] = SQLBind(policy.commentMinimum.id)
            step.details["征求意见期间"] = "\(opens.iso)至\(closes.iso)"
        }
    }

    /// 合法性审核意见: not before the minimum review time has run; an unlawful draft goes back to drafting.
    private func legalityOpinion(_ input: NormativeStepInput, _ v: inout Validation, _ step: inout NormativeStep)
        throws
    {
        let sent = document.legalitySentOn ?? today
        if let minimum = policy.legalityMinimum {
            let earliest = try due(minimum, from: sent)
            guard today >= earliest else {
                throw DomainError.conflict(
                    "\(minimum.basis.citation)规定\(minimum.title)为\(minimum.periodText)，\(sent.iso)送审的，最早可于\(earliest.iso)出具审核意见"
                )
            }
        }
        let opinion = input.opinion.flatMap(LegalityOpinion.init(rawValue:))
        if opinion == nil { v.add("opinion", "请选择审核意见") }
        guard let opinion else { return }
        step.set["legality_opinion"] = SQLBind(opinion.rawValue)
        step.set["legality_reviewed_on"] = SQLBind(today.iso)
        step.details["审核意见"] = opinion.label
        if opinion == .unlawful { step.stage = .drafting }
    }

    /// 集体审议: a meeting on a past day, after the legality review; not adopted goes back to drafting.
    private func deliberation(_ input: NormativeStepInput, _ v: inout Validation, _ step: inout NormativeStep) throws {
        let meeting = v.text("meeting", input.meeting, label: "会议名称（如「市政府第12次常务会议」）", maxLength: 200)
        let day = v.date("meetingOn", input.meetingOn, label: "会议日期")
        if let day, day > today { v.add("meetingOn", "会议日期不能晚于今天") }
        if let day, let reviewed = document.legalityReviewedOn, day < reviewed {
            v.add("meetingOn", "会议日期不能早于合法性审核日期（\(reviewed.iso)）")
        }
        let adopted: Bool? =
            switch input.adopted {
            case "yes": true
            case "no": false
            default: nil
            }
        if adopted == nil { v.add("adopted", "请选择审议结果") }
        step.set["deliberation_meeting"] = SQLBind(meeting)
        step.set["deliberated_on"] = SQLBind(day?.iso)
        step.details["会议"] = meeting
        step.details["审议结果"] = adopted == true ? "审议通过" : "未通过，退回起草"
        if adopted == false { step.stage = .drafting }
    }

    /// 统一登记、编号、印发: an issuer code, a publication day not in the future and not before the meeting, an effective
    /// day not before publication, and a term within the policy's longest.
    private func register(_ input: NormativeStepInput, _ v: inout Validation, _ step: inout NormativeStep) throws {
        let code = NormativeNumbering.code(input.numberCode, into: &v)
        let published = v.date("publishedOn", input.publishedOn, label: "印发日期")
        let effective = v.date("effectiveOn", input.effectiveOn, label: "施行日期")
        let expires = v.date(
            "expiresOn", input.expiresOn, label: "有效期截止日期", required: policy.maxValidityYears != nil)
        if let published {
            if published > today { v.add("publishedOn", "印发日期不能晚于今天（\(today.iso)）") }
            if let met = document.deliberatedOn, published < met {
                v.add("publishedOn", "印发日期不能早于集体审议日期（\(met.iso)）")
            }
        }
        if let published, let effective, effective < published { v.add("effectiveOn", "施行日期不能早于印发日期") }
        if let effective, let expires {
            if expires <= effective { v.add("expiresOn", "有效期截止日期应晚于施行日期") }
            if let years = policy.maxValidityYears, expires >= effective.addingMonths(12 * years) {
                v.add(
                    "expiresOn",
                    "有效期不能超过\(years)年：自\(effective.iso)施行的，最晚截止于\(effective.addingMonths(12 * years).adding(days: -1).iso)"
                )
            }
        }
        guard let code, let published, let effective else { return }
        step.numberCode = code
        step.numberYear = published.year
        step.set["number_code"] = SQLBind(code)
        step.set["number_year"] = SQLBind(published.year)
        step.set["published_on"] = SQLBind(published.iso)
        step.set["effective_on"] = SQLBind(effective.iso)
        step.set["expires_on"] = SQLBind(expires?.iso)
        step.details["印发日期"] = published.iso
        step.details["施行日期"] = effective.iso
        if let expires { step.details["有效期至"] = expires.iso }
        let dueOn = try due(policy.filing, from: published)
        step.set["filing_due"] = SQLBind(dueOn.iso)
        step.set["due_on"] = SQLBind(dueOn.iso)
        step.set["due_rule"] = SQLBind(policy.filing.id)
        step.details["报送备案期限"] = "\(dueOn.iso)前（\(policy.filing.basis.citation)）"
    }
}
