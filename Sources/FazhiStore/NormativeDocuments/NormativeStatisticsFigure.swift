import FazhiCore
import Foundation
import SQLKit

/// The figures of the yearly statistics on normative documents (规范性文件统计), each defined once as a condition on a
/// document (`normative_documents d`): the table counts the documents that meet it and the drill-down lists them,
/// so a figure and its list cannot disagree. Periods are calendar years of Beijing days.
public enum NormativeStatisticsFigure: String, CaseIterable, Sendable, Codable {
    case published
    case due
    case filed
    case filedOnTime = "filed_on_time"
    case reviewed
    case corrected
    case cleaned
    case ended

    public var label: String {
        switch self {
        case .published: "印发"
        case .due: "应报备"
        case .filed: "已报备"
        case .filedOnTime: "按时报备"
        case .reviewed: "已审查"
        case .corrected: "纠正"
        case .cleaned: "清理"
        case .ended: "废止/失效"
        }
    }

    /// What is counted, in words, as the page states it.
    public var definition: String {
        switch self {
        case .published: "当年印发（印发日期在当年）的文件数。"
        case .due: "当年印发、且报送备案期限已届满（截止日早于今日）或已报送备案的文件数。期限未届满又未报送的不计入。"
        case .filed: "当年印发、已报送备案（有报送日期）的文件数。"
        case .filedOnTime: "当年印发、报送备案日期不晚于报送备案期限截止日的文件数。"
        case .reviewed: "备案审查结论作出日期在当年的文件数（不论印发年份）。"
        case .corrected: "当年作出审查结论、结论为要求纠正或建议撤销的文件数。"
        case .cleaned: "当年在清理中作出清理决定的文件数（一件文件在当年多次清理只计一次）。"
        case .ended: "当年因评估或清理决定废止、宣布失效的文件数（以废止或失效之日计）。"
        }
    }

    /// 按时报备率's definition: numerator, denominator, period.
    public static let onTimeRateDefinition =
        "按时报备率 = 按时报备 ÷ 应报备 × 100%。分子、分母均为当年印发的文件；应报备为 0 时不计算。"

    /// The condition on `d` for `year`, seen on `today`.
    public func condition(year: Int, today: CivilDate) -> SQLQueryString {
        let first = "\(year)-01-01"
        let last = "\(year)-12-31"
        func inYear(_ column: String) -> SQLQueryString {
            "(d.\(unsafeRaw: column) >= \(bind: first) AND d.\(unsafeRaw: column) <= \(bind: last))"
        }
        switch self {
        case .published: return inYear("published_on")
        case .due:
            return
                "\(inYear("published_on")) AND (d.filed_on IS NOT NULL OR (d.filing_due IS NOT NULL AND d.filing_due < \(bind: today.iso)))"
        case .filed: return "\(inYear("published_on")) AND d.filed_on IS NOT NULL"
        case .filedOnTime:
            return "\(inYear("published_on")) AND d.filed_on IS NOT NULL AND d.filed_on <= d.filing_due"
        case .reviewed: return inYear("reviewed_on")
        case .corrected: return "\(inYear("reviewed_on")) AND d.review_outcome IN ('correct', 'revoke')"
        case .cleaned:
            return """
                EXISTS (SELECT 1 FROM normative_cleanup_items ci WHERE ci.document_id = d.id
                        AND ci.decided_on >= \(bind: first) AND ci.decided_on <= \(bind: last))
                """
        case .ended: return "\(inYear("decided_on")) AND d.decision IN ('repeal', 'declare_expired')"
        }
    }

    /// Reads `?year=`: a whole year between 1949 and 9999, else a field error.
    public static func year(_ text: String?, default fallback: Int) throws -> Int {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return fallback }
        guard let year = Int(text), (1949...9999).contains(year) else {
            throw DomainError.invalid("year", "年份「\(text.prefix(20))」无效，请填写1949到9999之间的四位年份，例如 2026")
        }
        return year
    }
}
