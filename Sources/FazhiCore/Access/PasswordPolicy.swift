/// Rules for a password a user chooses.
public enum PasswordPolicy {
    public static let minimumLength = 10

    /// The problem with a proposed password, or nil when it is acceptable.
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "密码至少\(minimumLength)位" }
        if password.count > 128 { return "密码不能超过128位" }
        let hasLetter = password.contains { $0.isLetter && !$0.isNumber }
        // Chinese and Roman numerals are letters too; only a character that is not a letter counts as a digit.
        let hasDigit = password.contains { $0.isNumber && !$0.isLetter }
        if !(hasLetter && hasDigit) { return "密码须同时包含字母和数字" }
        return nil
    }
}
