import Testing

@testable import FazhiCore

@Suite("PasswordPolicy")
struct PasswordPolicyTests {
    @Test(
        "passwords with letters and digits between 10 and 128 characters are accepted",
        arguments: [
            "abcdefgh12", "fazhi-demo-2026", "依法治国依法行政2026", "Pass word 1 with spaces",
            String(repeating: "a", count: 127) + "1",
        ])
    func acceptable(password: String) {
        // given a password that follows every rule
        // when
        let problem = PasswordPolicy.problem(with: password)
        // then
        #expect(problem == nil)
    }

    @Test("fewer than 10 characters is too short", arguments: ["", "a1", "abcdefg12"])
    func tooShort(password: String) {
        // given
        // when
        let problem = PasswordPolicy.problem(with: password)
        // then
        #expect(problem == "密码至少10位")
        #expect(PasswordPolicy.minimumLength == 10)
    }

    @Test func lengthCountsCharactersNotBytes() {
        // given nine Chinese characters and a digit: 28 bytes of UTF-8, but 10 characters
        let password = "依法治国建设法治政1"
        // when
        let problem = PasswordPolicy.problem(with: password)
        // then
        #expect(password.utf8.count > 10)
        #expect(problem == nil)
    }

    @Test func moreThan128CharactersIsTooLong() {
        // given
        let password = String(repeating: "a", count: 128) + "1"
        // when
        let problem = PasswordPolicy.problem(with: password)
        // then
        #expect(problem == "密码不能超过128位")
    }

    @Test(
        "a password needs both a letter and a digit",
        arguments: ["abcdefghijkl", "1234567890", "-_-_-_-_-_-_", "依法治国依法行政建设"])
    func lettersAndDigits(password: String) {
        // given
        // when
        let problem = PasswordPolicy.problem(with: password)
        // then
        #expect(problem == "密码须同时包含字母和数字")
    }

    // Character.isNumber is true for CJK numerals and Roman numeral signs, which are letters too, so a single
    // repeated character passes both checks although the password has no digit at all.
    @Test(
        "a character that is both a letter and a numeral does not count as both",
        arguments: ["五五五五五五五五五五", "一二三四五六七八九十", "ⅫⅫⅫⅫⅫⅫⅫⅫⅫⅫ"])
    func numeralLettersAreNotDigits(password: String) {
        // given a password without a single digit
        // when
        let problem = PasswordPolicy.problem(with: password)
        // then
        #expect(problem == "密码须同时包含字母和数字")
    }
}
