import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("ChineseNumeral.value(of:)")
    struct ChineseNumeralTextTests {
        @Test(
            "numerals as law texts print them",
            arguments: [
                ("一", 1), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("一百", 100), ("一百零八", 108),
                ("一百〇八", 108), ("一百○八", 108), ("一百一十", 110), ("两百", 200), ("两千零一", 2001),
                ("一千二百六十", 1260), ("九千九百九十九", 9999), ("三十六", 36), ("零", 0),
            ])
        func chinese(text: String, value: Int) {
            #expect(ChineseNumeral.value(of: text) == value)
        }

        @Test("ASCII and full-width digits", arguments: [("36", 36), ("３６", 36), ("0", 0), ("１２０", 120)])
        func digits(text: String, value: Int) {
            #expect(ChineseNumeral.value(of: text) == value)
        }

        @Test("anything else is nil", arguments: ["", "十十", "三四", "第三", "三a", "一万", "３六"])
        func malformed(text: String) {
            #expect(ChineseNumeral.value(of: text) == nil)
        }

        @Test("years read digit by digit")
        func years() {
            #expect(ChineseNumeral.digitByDigit("二〇二一") == 2021)
            #expect(ChineseNumeral.digitByDigit("一九九五") == 1995)
            #expect(ChineseNumeral.digitByDigit("一八四○") == 1840)
            #expect(ChineseNumeral.digitByDigit("二十") == nil)
            #expect(ChineseNumeral.digitByDigit("两〇") == nil)
        }

        @Test("round trip with ChineseNumeral.text for 1 … 999")
        func roundTrip() {
            let failures = (1...999).filter { ChineseNumeral.value(of: ChineseNumeral.text($0)) != $0 }.map(String.init)
            expectNone(failures, "numbers not read back")
        }
    }
}
