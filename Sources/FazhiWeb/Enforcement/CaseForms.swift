import FazhiCore
import FazhiStore
import Vapor

/// A case form as posted: opening a case (立案 or 当场处罚) or one step. The field names are `CaseStepInput`'s, so a
/// refusal's field errors land beside the fields; everything arrives as text (a multipart body, for the evidence).
struct CaseStepForm: Content {
    // Opening only: the body the case belongs to and its own 案号.
    var bodyID: String?
    var reference: String?

    var action: String?
    var date: String?
    /// One text field of certificate numbers separated by commas or spaces; `validated()` splits it.
    var officers: String?
    var matterCode: String?
    var partyKind: String?
    var partyName: String?
    var partyID: String?
    var partyAddress: String?
    var violationOn: String?
    var severeHarm: String?
    var facts: String?
    var penalties: [String]?
    var fine: String?
    var circumstance: String?
    var deviationReason: String?
    var hearingRight: String?
    var reviewPassed: String?
    var outcome: String?
    var decisionNumber: String?
    var serviceMethod: String?
    var note: String?
    var files: [File]?

    /// The step for the recorder; a box left unticked is `false`.
    var input: CaseStepInput {
        var input = CaseStepInput(action: action, date: date, officers: officers.map { [$0] })
        input.matterCode = matterCode
        input.partyKind = partyKind
        input.partyName = partyName
        input.partyID = partyID
        input.partyAddress = partyAddress
        input.violationOn = violationOn
        input.severeHarm = Self.flag(severeHarm)
        input.facts = facts
        input.penalties = penalties
        input.fine = fine
        input.circumstance = circumstance
        input.deviationReason = deviationReason
        input.hearingRight = Self.flag(hearingRight)
        input.reviewPassed = Self.flag(reviewPassed)
        input.outcome = outcome
        input.decisionNumber = decisionNumber
        input.serviceMethod = serviceMethod
        input.note = note
        return input
    }

    /// The uploaded files that hold something (a browser sends an empty part for an empty file input).
    var evidence: [(name: String, content: Data)] {
        (files ?? []).filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }
            .map { (name: $0.filename, content: Data(buffer: $0.data)) }
    }

    /// A checkbox or a yes/no choice: 「true」「1」「on」 are yes, anything else given is no.
    static func flag(_ value: String?) -> Bool? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return ["true", "1", "on", "yes"].contains(value.lowercased())
    }
}

/// The publicity forms of a case: publishing the decision (a summary), or withdrawing it (the day the decision was
/// changed and why).
struct CasePublicityForm: Content {
    var summary: String?
    var changedOn: String?
    var reason: String?
}

/// Closing an alert with a note.
struct EnforcementAlertCloseForm: Content {
    var note: String?
}
