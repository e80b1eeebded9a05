/// A figure the platform can compute for an assessment (考核数据口径), with its definition written out.
///
/// The code is stable: spreadsheets of indicator systems and URLs name figures by it, so a code is never renamed
/// or reused. A figure whose module does not exist yet stays in the catalogue with `isAvailable` false, so that an
/// indicator can already name it and shows it as missing (数据暂缺) — never as a number someone made up.
public struct AssessmentMetric: Hashable, Sendable, Identifiable {
    /// Which way is better, so that a rule's threshold reads 「≥95%」 for a completion rate and 「≤5%」 for a
    /// correction rate.
    public enum Direction: String, Hashable, Sendable, Codable {
        case higherIsBetter = "higher"
        case lowerIsBetter = "lower"

        /// The comparison a threshold of a rule means in this direction.
        public var comparison: String { self == .higherIsBetter ? "≥" : "≤" }
    }

    /// 「plan.tasks.on_time」.
    public let code: String
    /// 「任务按期完成率」.
    public let name: String
    /// The module whose records are counted (「任务台账」).
    public let module: String
    /// What is counted above the line, among the denominator's records.
    public let numerator: String
    /// What is counted below the line, with the filter: whose records, which ones are left out.
    public let denominator: String
    /// Which records belong to a period, and as of which day they are judged.
    public let period: String
    public let direction: Direction
    /// False while the module that holds the records does not exist: the figure is shown as 数据暂缺.
    public let isAvailable: Bool

    public var id: String { code }

    /// The whole definition as one text for a page or a spreadsheet note.
    public var definition: String {
        "\(name) = 分子 ÷ 分母。分子：\(numerator)分母：\(denominator)统计期间：\(period)"
            + (isAvailable ? "" : "（\(module)尚未接入平台，数据暂缺。）")
    }

    /// The figure with this code in the catalogue.
    public static func named(_ code: String) -> AssessmentMetric? { catalogue.first { $0.code == code } }
}
