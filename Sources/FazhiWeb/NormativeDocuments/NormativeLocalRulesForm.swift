import FazhiCore
import FazhiStore
import Vapor

/// The local rules form as posted: every field as typed, so that a bad entry is shown back as it was.
struct NormativeLocalRulesForm: Content {
    var organisationID: String?
    var statute: String?
    var version: String?
    var commentDays: String?
    var commentArticle: String?
    var legalityMinimumWorkdays: String?
    var legalityMaximumWorkdays: String?
    var legalityArticle: String?
    var filingDays: String?
    var filingArticle: String?
    var suggestionDays: String?
    var suggestionArticle: String?
    var validityYears: String?
    var validityArticle: String?

    /// The form filled with `rules` (an organisation's own, the inherited ones, or the national defaults).
    init(_ rules: NormativeLocalRules, organisationID: UUID) {
        self.organisationID = organisationID.uuidString
        (statute, version) = (rules.statute, rules.version)
        (commentDays, commentArticle) = (String(rules.commentDays), rules.commentArticle)
        legalityMinimumWorkdays = String(rules.legalityMinimumWorkdays)
        legalityMaximumWorkdays = String(rules.legalityMaximumWorkdays)
        legalityArticle = rules.legalityArticle
        (filingDays, filingArticle) = (String(rules.filingDays), rules.filingArticle)
        (suggestionDays, suggestionArticle) = (String(rules.suggestionDays), rules.suggestionArticle)
        (validityYears, validityArticle) = (String(rules.validityYears), rules.validityArticle)
    }

    /// The rules, or every problem with them: a number that is not a whole number is named here, the rest by
    /// `NormativeLocalRules.validate()`.
    func rules() throws(DomainError) -> NormativeLocalRules {
        var v = Validation()
        func number(_ field: String, _ text: String?) -> Int {
            let trimmed = text?.trimmingCharacters(in: .whitespaces) ?? ""
            guard let value = Int(trimmed) else {
                v.add(field, trimmed.isEmpty ? "请填写天数、工作日数或年数" : "「\(trimmed.prefix(20))」不是整数")
                return 0
            }
            return value
        }
        let rules = NormativeLocalRules(
            statute: statute ?? "", version: version ?? "", commentDays: number("commentDays", commentDays),
            commentArticle: commentArticle ?? "",
            legalityMinimumWorkdays: number("legalityMinimumWorkdays", legalityMinimumWorkdays),
            legalityMaximumWorkdays: number("legalityMaximumWorkdays", legalityMaximumWorkdays),
            legalityArticle: legalityArticle ?? "", filingDays: number("filingDays", filingDays),
            filingArticle: filingArticle ?? "", suggestionDays: number("suggestionDays", suggestionDays),
            suggestionArticle: suggestionArticle ?? "", validityYears: number("validityYears", validityYears),
            validityArticle: validityArticle ?? "")
        do {
            try rules.validate()
        } catch {
            // A field already refused as not a number is not refused again for its range.
            let named = Set(v.errors.map(\.field))
            for field in error.fields where !named.contains(field.field) { v.add(field.field, field.message) }
        }
        try v.check()
        return rules
    }
}

/// The periods of a policy as the rules page and the API list them, each with its citation and whether it is
/// borrowed (「参照」): every period is while the national defaults apply, and otherwise those the local rules do not
/// set themselves (补正, 审查, 纠正 follow 法规规章备案审查条例).
struct NormativePolicyPeriod {
    let rule: DeadlineRule
    let borrowed: Bool

    static func list(_ applied: NormativePolicies.Applied) -> [NormativePolicyPeriod] {
        let policy = applied.policy
        let rules = [
            policy.commentMinimum, policy.legalityMinimum, policy.legalityMaximum, policy.filing, policy.supplement,
            policy.review, policy.handling, policy.suggestionAnswer,
        ].compactMap { $0 }
        return rules.map { rule in
            NormativePolicyPeriod(
                rule: rule, borrowed: applied.localRules.map { rule.basis.statute != $0.statute } ?? true)
        }
    }
}
