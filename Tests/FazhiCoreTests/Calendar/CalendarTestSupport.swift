@testable import FazhiCore

/// `YYYY-MM-DD` literal for tests.
func date(_ text: String) -> CivilDate {
    guard let value = CivilDate(iso: text) else { preconditionFailure("bad date \(text)") }
    return value
}
