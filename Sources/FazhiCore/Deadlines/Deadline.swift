/// A computed deadline with everything needed to explain it.
public struct Deadline: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Equatable, Codable {
        case running
        case suspended
    }

    public let ruleID: String
    public let title: String
    public let start: CivilDate
    /// The last day of the period (for a minimum period: the day it has fully run); nil while suspended.
    public let due: CivilDate?
    /// For periods counted in hours: the time of day on `due` ("HH:mm").
    public let dueTime: String?
    public let status: Status
    /// True when any day of the period lies in a year whose holidays are not yet published.
    public let provisional: Bool
    /// How many units were added by extensions.
    public let extended: Int
    /// The explanation, step by step, in Chinese.
    public let explanation: [String]
}
