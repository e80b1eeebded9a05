import Foundation

/// A reviewer's finding on one item: a veto item failed or not, a deduction item's points taken, the note, and
/// whether it departs from the prefilled outcome (which needs a reason).
public struct ReviewItemResult: Codable, Sendable, Equatable {
    public var itemID: String
    /// A veto item: whether it fails the file.
    public var vetoed: Bool
    /// A deduction item: the points taken.
    public var deduction: Int
    public var note: String

    public init(itemID: String, vetoed: Bool = false, deduction: Int = 0, note: String = "") {
        self.itemID = itemID
        self.vetoed = vetoed
        self.deduction = deduction
        self.note = note
    }

    /// Reads a result where only `itemID` is required (the API's clients leave out what does not apply).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        itemID = try container.decode(String.self, forKey: .itemID)
        vetoed = try container.decodeIfPresent(Bool.self, forKey: .vetoed) ?? false
        deduction = try container.decodeIfPresent(Int.self, forKey: .deduction) ?? 0
        note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
    }
}

/// The score of a file under a standard: a veto fails it with 0 and the reasons; otherwise 100 less the deductions,
/// form (20) and content (80) each floored at 0.
public struct ReviewScore: Codable, Sendable, Equatable {
    /// The titles (and notes) of the veto items that failed the file.
    public var vetoReasons: [String]
    public var formScore: Int
    public var contentScore: Int
    public var total: Int
    public var grade: ReviewGrade

    public var vetoed: Bool { !vetoReasons.isEmpty }

    /// Scores `results` (items missing count as met, no deduction).
    public init(_ results: [ReviewItemResult], standard: ReviewStandard) {
        var reasons: [String] = []
        var taken: [ReviewPart: Int] = [:]
        for result in results {
            guard let item = standard.item(result.itemID) else { continue }
            if item.part == .veto {
                if result.vetoed { reasons.append(result.note.isEmpty ? item.title : "\(item.title)：\(result.note)") }
            } else {
                taken[item.part, default: 0] += max(0, result.deduction)
            }
        }
        vetoReasons = reasons
        formScore = max(0, ReviewPart.form.points - taken[.form, default: 0])
        contentScore = max(0, ReviewPart.content.points - taken[.content, default: 0])
        total = reasons.isEmpty ? formScore + contentScore : 0
        grade = reasons.isEmpty ? standard.grades.grade(total) : .fail
    }

    /// Field errors in Chinese for `results` against `standard` and the prefill: items known, deductions within
    /// 0…the item's maximum, a note for every veto and deduction, and a reason wherever the reviewer departs from a
    /// prefilled outcome.
    public static func validate(
        _ results: [ReviewItemResult], standard: ReviewStandard, prefill: [ReviewPrefill]
    ) -> [FieldError] {
        var errors: [FieldError] = []
        for result in results {
            let field = "items.\(result.itemID)"
            guard let item = standard.item(result.itemID) else {
                errors.append(FieldError(field, "评查标准中没有「\(result.itemID)」这一项"))
                continue
            }
            if item.part != .veto, result.deduction < 0 || result.deduction > item.maxDeduction {
                errors.append(FieldError(field, "「\(item.title)」扣分应在0至\(item.maxDeduction)分之间"))
                continue
            }
            let failed = item.part == .veto ? result.vetoed : result.deduction > 0
            let note = result.note.trimmingCharacters(in: .whitespacesAndNewlines)
            if note.count > 500 { errors.append(FieldError(field, "「\(item.title)」的说明不能超过500个字")) }
            if let prefilled = prefill.first(where: { $0.itemID == item.id }), prefilled.met == failed, note.isEmpty {
                errors.append(
                    FieldError(field, "「\(item.title)」系统预填为「\(prefilled.met ? "符合" : "不符合")」，改判须写明理由"))
            } else if failed, note.isEmpty {
                errors.append(
                    FieldError(field, item.part == .veto ? "否决「\(item.title)」须写明理由" : "「\(item.title)」扣分须写明理由"))
            }
        }
        for entry in prefill where !entry.met && !results.contains(where: { $0.itemID == entry.itemID }) {
            let title = standard.item(entry.itemID)?.title ?? entry.itemID
            errors.append(FieldError("items.\(entry.itemID)", "「\(title)」系统预填为「不符合」，改判须写明理由"))
        }
        return errors
    }
}
