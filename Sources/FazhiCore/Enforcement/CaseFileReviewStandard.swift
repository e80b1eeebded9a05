import Foundation

/// The part of a case-file review standard (案卷评查标准) an item belongs to.
public enum ReviewPart: String, Codable, CaseIterable, Sendable {
    /// 否决项: one failure fails the whole file.
    case veto
    /// 形式评查 (20 points).
    case form
    /// 内容评查 (80 points).
    case content

    public var label: String {
        switch self {
        case .veto: "否决项"
        case .form: "案卷形式"
        case .content: "案卷内容"
        }
    }

    /// The points the part carries; veto items carry none.
    public var points: Int {
        switch self {
        case .veto: 0
        case .form: 20
        case .content: 80
        }
    }
}

/// What the platform can check from a case's recorded facts, to prefill an item (`ReviewPrefill`).
public enum ReviewCheck: String, Codable, CaseIterable, Sendable {
    case officers
    case noticeBeforeDecision = "notice_before_decision"
    case hearingRight = "hearing_right"
    case legalReview = "legal_review"
    case decisionLimit = "decision_limit"
    case serviceLimit = "service_limit"
    case limitation
}

/// One item of a review standard: a veto item, or a deduction item with its maximum deduction.
public struct ReviewItem: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var part: ReviewPart
    public var title: String
    /// What the reviewer looks for and how points are taken.
    public var guidance: String
    /// The most that may be deducted (0 for a veto item).
    public var maxDeduction: Int
    /// The check that prefills this item, where the data can tell.
    public var check: ReviewCheck?

    public init(
        id: String, part: ReviewPart, title: String, guidance: String, maxDeduction: Int = 0, check: ReviewCheck? = nil
    ) {
        self.id = id
        self.part = part
        self.title = title
        self.guidance = guidance
        self.maxDeduction = maxDeduction
        self.check = check
    }
}

/// A case-file review standard: veto items first, then form items (20 points) and content items (80 points), and
/// the grade scale. Provinces set their own; `ReviewStandard.standard` is a common one, marked 参照.
public struct ReviewStandard: Codable, Sendable, Equatable {
    public var name: String
    public var items: [ReviewItem]
    public var grades: ReviewGradeScale
    /// Whether this is the built-in reference standard rather than a region's own.
    public var isDefault: Bool

    public init(name: String, items: [ReviewItem], grades: ReviewGradeScale = .standard, isDefault: Bool = false) {
        self.name = name
        self.items = items
        self.grades = grades
        self.isDefault = isDefault
    }

    /// The items of one part, in the standard's order.
    public func items(_ part: ReviewPart) -> [ReviewItem] { items.filter { $0.part == part } }

    /// The item `id`, if the standard has it.
    public func item(_ id: String) -> ReviewItem? { items.first { $0.id == id } }

    /// Field errors in Chinese: ids unique and present, titles present, deductions positive on deduction items and
    /// zero on veto items, each part's maximum deductions summing to its points (形式20分, 内容80分), at least one
    /// veto item, and a grade scale in order.
    public func validated() -> [FieldError] {
        var errors: [FieldError] = []
        if name.trimmingCharacters(in: .whitespaces).isEmpty { errors.append(FieldError("name", "请填写评查标准名称")) }
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            if item.id.isEmpty || !seen.insert(item.id).inserted {
                errors.append(FieldError("items.\(index).id", "第\(index + 1)项的编号为空或重复"))
            }
            if item.title.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(FieldError("items.\(index).title", "第\(index + 1)项缺少名称"))
            }
            if item.part == .veto, item.maxDeduction != 0 {
                errors.append(FieldError("items.\(index).maxDeduction", "否决项「\(item.title)」不扣分，只判定是否否决"))
            }
            if item.part != .veto, item.maxDeduction <= 0 {
                errors.append(FieldError("items.\(index).maxDeduction", "「\(item.title)」的最高扣分应大于0"))
            }
        }
        if items(.veto).isEmpty { errors.append(FieldError("items", "评查标准至少应有一项否决项")) }
        for part in [ReviewPart.form, .content] {
            let sum = items(part).reduce(0) { $0 + $1.maxDeduction }
            if sum != part.points {
                errors.append(
                    FieldError("items.\(part.rawValue)", "\(part.label)各项最高扣分合计应为\(part.points)分，现为\(sum)分"))
            }
        }
        errors += grades.validated()
        return errors
    }
}
