import Testing

@testable import FazhiCore

@Suite("CreditCode 统一社会信用代码 (GB 32100-2015)")
struct CreditCodeTests {
    /// The 31 characters the standard allows, in the order of their values (no I, O, Z, S, V).
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// The check character computed independently of the code under test, straight from the standard:
    /// weights 3^i mod 31, check value 31 - (sum mod 31), where 31 means 0.
    static func referenceCheckCharacter(_ body: String) -> Character {
        var weight = 1
        var sum = 0
        for char in body {
            sum += alphabet.firstIndex(of: char)! * weight
            weight = weight * 3 % 31
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    static func randomBody(_ rng: inout SplitMix64) -> String {
        String((0..<17).map { _ in alphabet.randomElement(using: &rng)! })
    }

    static func randomCode(_ rng: inout SplitMix64) -> String {
        CreditCode.completing(randomBody(&rng))!
    }

    @Test(
        "codes published by real organisations validate",
        arguments: [
            "91350100M000100Y43",
            "914403001922038216",
            "91440300708461136T",
            "91110108551385082Q",
            "91110000802100433B",
            "12100000400010275N",
        ])
    func publishedCodesValidate(published: String) throws {
        // given a code as it is printed on a business licence
        // when
        let code = try CreditCode(published)
        // then
        #expect(code.value == published)
        #expect(code.description == published)
    }

    @Test func lowerCaseAndSurroundingSpacesAreAcceptedAndNormalised() throws {
        // given
        let typed = "  91350100m000100y43\t"
        // when
        let code = try CreditCode(typed)
        // then
        #expect(code.value == "91350100M000100Y43")
        #expect(code == (try CreditCode("91350100M000100Y43")))
    }

    @Test(
        "a code that is not 18 characters long is rejected with its length",
        arguments: [
            ("", 0), ("9135010", 7), ("91350100M000100Y4", 17), ("91350100M000100Y433", 19),
            ("   ", 0), ("91350100M 000100Y43", 19),
        ])
    func wrongLength(raw: String, length: Int) {
        // given a code of the wrong length
        // when / then
        #expect(throws: CreditCodeError.wrongLength(length)) { try CreditCode(raw) }
        #expect(CreditCodeError.wrongLength(length).message == "统一社会信用代码应为18位，当前为\(length)位")
    }

    @Test(
        "the letters I O Z S V are forbidden, also when typed in lower case",
        arguments: ["I", "O", "Z", "S", "V", "i", "o", "z", "s", "v"])
    func forbiddenLetters(letter: String) {
        // given a valid code with one character replaced by a forbidden letter
        let raw = "91350100" + letter + "000100Y43"
        // when / then
        let upper = Character(letter.uppercased())
        #expect(throws: CreditCodeError.invalidCharacter(upper)) { try CreditCode(raw) }
    }

    @Test(
        "characters outside the alphabet are rejected", arguments: ["-", "中", "１", "*", "Ä"])
    func otherForbiddenCharacters(char: String) {
        // given
        let raw = "9135010" + char + "M000100Y43"
        // when / then
        #expect(throws: CreditCodeError.invalidCharacter(Character(char))) { try CreditCode(raw) }
    }

    @Test func invalidCharacterMessageNamesTheCharacterAndTheForbiddenLetters() {
        // given
        let error = CreditCodeError.invalidCharacter("O")
        // when
        let message = error.message
        // then
        #expect(message == "统一社会信用代码含有不允许的字符「O」（不使用I、O、Z、S、V）")
    }

    @Test func wrongCheckCharacterIsRejectedWithTheExpectedOne() {
        // given the published example with its check character changed from 3 to 4
        let raw = "91350100M000100Y44"
        // when / then
        #expect(throws: CreditCodeError.checkMismatch(expected: "3")) { try CreditCode(raw) }
        #expect(CreditCodeError.checkMismatch(expected: "3").message == "统一社会信用代码校验位不正确，请核对")
    }

    @Test func weightsArePowersOfThreeModulo31() {
        // given the standard's definition W_i = 3^(i-1) mod 31
        var expected: [Int] = []
        var w = 1
        for _ in 0..<17 {
            expected.append(w)
            w = w * 3 % 31
        }
        // when
        let weights = CreditCode.weights
        // then
        #expect(weights == expected)
        #expect(CreditCode.alphabet == Self.alphabet)
    }

    @Test func completingRejectsBodiesOfTheWrongLengthOrWithForbiddenCharacters() {
        // given
        let bodies = ["", "9135010M000100Y4", "91350100M000100Y43", "91350100I000100Y4", "91350100M000100 4"]
        // when
        let results = bodies.map(CreditCode.completing)
        // then
        #expect(results.allSatisfy { $0 == nil })
    }

    @Test func completingUpperCasesTheBody() {
        // given
        let body = "91350100m000100y4"
        // when
        let code = CreditCode.completing(body)
        // then
        #expect(code == "91350100M000100Y43")
    }

    @Test("property: a random 17-character body completed with its check character validates")
    func completedBodiesValidate() throws {
        // given
        var rng = SplitMix64(seed: 0x32100)
        var failures: [String] = []
        for _ in 0..<2_000 {
            let body = Self.randomBody(&rng)
            // when
            let completed = CreditCode.completing(body)
            // then
            guard let completed, completed.hasPrefix(body), completed.count == 18,
                completed.last == Self.referenceCheckCharacter(body),
                (try? CreditCode(completed))?.value == completed
            else {
                failures.append(body)
                continue
            }
        }
        expectNone(failures, "bodies whose completed code does not validate")
    }

    @Test("property: changing any single character of a valid code makes it invalid")
    func everySingleSubstitutionIsDetected() {
        // given
        var rng = SplitMix64(seed: 18)
        var undetected: [String] = []
        for _ in 0..<40 {
            let valid = Array(Self.randomCode(&rng))
            for position in 0..<18 {
                for replacement in Self.alphabet where replacement != valid[position] {
                    var changed = valid
                    changed[position] = replacement
                    // when
                    let result = Result { () throws(CreditCodeError) in try CreditCode(String(changed)) }
                    // then
                    guard case .failure(.checkMismatch) = result else {
                        undetected.append(String(changed))
                        continue
                    }
                }
            }
        }
        expectNone(undetected, "changed codes accepted")
    }

    @Test("property: swapping two different adjacent characters of a valid code makes it invalid")
    func everyAdjacentTranspositionIsDetected() {
        // given
        var rng = SplitMix64(seed: 31)
        var undetected: [String] = []
        for _ in 0..<500 {
            let valid = Array(Self.randomCode(&rng))
            for position in 0..<17 where valid[position] != valid[position + 1] {
                var swapped = valid
                swapped.swapAt(position, position + 1)
                // when
                let accepted = (try? CreditCode(String(swapped))) != nil
                // then
                if accepted { undetected.append(String(swapped)) }
            }
        }
        expectNone(undetected, "transposed codes accepted")
    }

    @Test("property: a valid code typed in lower case validates to the same code")
    func lowerCasedCodesValidate() {
        // given
        var rng = SplitMix64(seed: 7)
        var failures: [String] = []
        for _ in 0..<500 {
            let code = Self.randomCode(&rng)
            // when
            let parsed = try? CreditCode(code.lowercased())
            // then
            if parsed?.value != code { failures.append(code) }
        }
        expectNone(failures, "codes rejected in lower case")
    }
}
