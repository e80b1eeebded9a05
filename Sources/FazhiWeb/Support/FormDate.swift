import FazhiCore
import Foundation

/// A date typed into a form: `2026-12-01` (what a date input sends) or `2026年12月1日`. Shared by every form with a
/// date, so that all of them accept the same spellings and say the same thing when they cannot read one.
enum FormDate {
    /// The date, or nil with an error for `field` added to `errors` (missing or unreadable).
    static func read(_ text: String?, field: String, label: String, errors: inout [FieldError]) -> CivilDate? {
        let text = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            errors.append(FieldError(field, "请填写\(label)"))
            return nil
        }
        guard let date = NoticeText.date(text, context: nil) else {
            errors.append(FieldError(field, "\(label)「\(text)」无法识别，请写作 2026-12-01"))
            return nil
        }
        return date
    }
}
