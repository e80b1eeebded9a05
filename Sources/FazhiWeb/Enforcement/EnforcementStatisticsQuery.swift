import FazhiCore
import FazhiStore
import Vapor

/// The query of the statistics pages and API: `from` and `to` (months, "2026-01"), `by` (agency, month, matter).
/// The default is this year up to this month, by agency; a month that is not one, a reversed range or more than
/// ten years is a field error.
struct EnforcementStatisticsQuery {
    static let longestSpan = 120

    var fromText: String
    var toText: String
    var from: StatisticsMonth
    var to: StatisticsMonth
    var grouping: EnforcementStatisticsRepository.Grouping
    var errors: [FieldError] = []

    init(_ req: Request, defaultGrouping: EnforcementStatisticsRepository.Grouping = .agency) {
        let today = req.today
        let text = { (name: String) in (try? req.query.get(String.self, at: name))?.trimmingCharacters(in: .whitespaces)
        }
        let thisMonth = StatisticsMonth(today)
        fromText = text("from") ?? ""
        toText = text("to") ?? ""
        from = StatisticsMonth(year: today.year, month: 1)
        to = thisMonth
        grouping = text("by").flatMap(EnforcementStatisticsRepository.Grouping.init(rawValue:)) ?? defaultGrouping
        if !fromText.isEmpty {
            if let month = StatisticsMonth(text: fromText) {
                from = month
            } else {
                errors.append(FieldError("from", "起始月份「\(fromText)」不正确，应为“年-月”，如 2026-01"))
            }
        }
        if !toText.isEmpty {
            if let month = StatisticsMonth(text: toText) {
                to = month
            } else {
                errors.append(FieldError("to", "截止月份「\(toText)」不正确，应为“年-月”，如 2026-11"))
            }
        }
        if errors.isEmpty {
            if to < from {
                errors.append(FieldError("to", "截止月份不能早于起始月份"))
            } else if (to.year - from.year) * 12 + to.month - from.month >= Self.longestSpan {
                errors.append(FieldError("to", "统计期最长十年（\(Self.longestSpan)个月）"))
            }
        }
        if fromText.isEmpty { fromText = from.description }
        if toText.isEmpty { toText = to.description }
    }

    /// This query's address on `path` with another grouping.
    func url(_ path: String, by grouping: EnforcementStatisticsRepository.Grouping? = nil) -> String {
        "\(path)?from=\(from)&to=\(to)&by=\((grouping ?? self.grouping).rawValue)"
    }
}
