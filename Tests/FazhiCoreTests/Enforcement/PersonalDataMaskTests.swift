import Testing

@testable import FazhiCore

@Suite("Enforcement: masking personal data and reading money")
struct PersonalDataMaskTests {
    @Test func namesAddressesIDNumbersAndPhonesAreMasked() {
        #expect(PersonalDataMask.name("张三") == "张*")
        #expect(PersonalDataMask.name("欧阳小明") == "欧阳**")
        #expect(PersonalDataMask.address("内蒙古自治区呼和浩特市新城区某某路8号") == "内蒙古自治区呼和浩特市新城区****")
        #expect(PersonalDataMask.address("北京市朝阳区某路1号") == "北京市朝阳区****")
        #expect(PersonalDataMask.address("某村") == "****")
        let text = PersonalDataMask.text(
            "当事人张三，身份证号11010119900307451X不对，110101199003074514，手机13912345678，罚款5000元，决定书2026001号",
            names: ["张三"])
        #expect(text.contains("张*，"))
        #expect(text.contains("110101***********4"))
        #expect(text.contains("11010119900307451X"))  // not a valid number: left as written
        #expect(text.contains("139****5678"))
        #expect(text.contains("5000元") && text.contains("2026001号"))
    }

    /// Property: every valid identity number in any position of a text is masked, never shown whole.
    @Test func everyValidIdentityNumberIsMasked() {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let checks = Array("10X98765432")
        var state: UInt64 = 0x1D_2026
        for _ in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let body = String(format: "%017llu", state % 100_000_000_000_000_000)
            let sum = zip(body, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
            let number = body + String(checks[sum % 11])
            #expect(PersonalDataMask.isIDNumber(number))
            let masked = PersonalDataMask.text("号码：\(number)。")
            #expect(!masked.contains(number), "\(number)")
        }
    }

    @Test func moneyIsReadInYuanAndKeptInFen() {
        #expect(Money.fen("5000") == 500_000)
        #expect(Money.fen("5,000.5元") == 500_050)
        #expect(Money.fen("0.05") == 5)
        #expect(Money.fen("-1") == nil)
        #expect(Money.fen("5.123") == nil)
        #expect(Money.fen("abc") == nil)
        #expect(Money.text(500_050) == "5000.50元")
        #expect(Money.text(500_005) == "5000.05元")
    }
}
