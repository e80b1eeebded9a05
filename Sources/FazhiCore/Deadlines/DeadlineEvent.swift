/// Something that happens to a running period. Events are applied in date order and the
/// computation keeps each one in its explanation.
public enum DeadlineEvent: Sendable, Equatable, Codable {
    /// The period is extended by `amount` (in the rule's unit), with approval where the law requires it.
    case extend(on: CivilDate, amount: Int, note: String?)
    /// The clock stops (中止): days already run are kept.
    case suspend(on: CivilDate, note: String?)
    /// The clock runs again (恢复) from the day after this date with the days that remained.
    case resume(on: CivilDate, note: String?)
    /// The period starts again from this date (e.g. after 补正, the limit runs from receipt of the corrections).
    case restart(on: CivilDate, note: String?)

    public var date: CivilDate {
        switch self {
        case .extend(let d, _, _), .suspend(let d, _), .resume(let d, _), .restart(let d, _): d
        }
    }

    /// The event in Chinese (延长, 中止, 恢复, 重新起算).
    public var label: String {
        switch self {
        case .extend: "延长"
        case .suspend: "中止"
        case .resume: "恢复"
        case .restart: "重新起算"
        }
    }
}
