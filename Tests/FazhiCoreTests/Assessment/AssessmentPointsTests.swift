import Foundation
import Testing

@testable import FazhiCore

@Suite("Assessment points: exact to the hundredth")
struct AssessmentPointsTests {
    @Test("points are read as people write them, and written back without trailing zeros")
    func readAndWrite() {
        #expect(Points("5") == 5)
        #expect(Points("2.5")?.hundredths == 250)
        #expect(Points(" 0.25 ")?.hundredths == 25)
        #expect(Points("3分") == 3)
        #expect(Points("２．５")?.hundredths == 250)
        #expect(Points("2.500")?.hundredths == 250)
        #expect(Points("-1.5")?.hundredths == -150)
        for bad in ["", "abc", "2.555", "1.2.3", ".5", "5.", "1e3", "--1"] { #expect(Points(bad) == nil, "\(bad)") }
        #expect(Points(hundredths: 250).text == "2.5")
        #expect(Points(hundredths: 5).text == "0.05")
        #expect(Points(hundredths: 1230).text == "12.3")
        #expect(Points(hundredths: -150).text == "-1.5")
        #expect(Points(100).text == "100")
    }

    @Test("0.1 three times is exactly 0.3, where binary floating point is not")
    func exactSums() {
        // given
        let tenth = Points("0.1")!
        // when
        let sum = [tenth, tenth, tenth].sum()
        // then
        #expect(0.1 + 0.1 + 0.1 != 0.3)
        #expect(sum == Points("0.3")!)
        #expect(sum.text == "0.3")
        #expect(sum.decimal == Decimal(string: "0.3"))
    }

    @Test("a share of points is rounded half up to the hundredth, with integers only")
    func scaling() {
        #expect(Points(5).scaled(by: 2, over: 3)?.text == "3.33")
        #expect(Points(4).scaled(by: 2, over: 3)?.text == "2.67")
        // 1 × 1/8 = 0.125: the half rounds up.
        #expect(Points(1).scaled(by: 1, over: 8)?.text == "0.13")
        #expect(Points(3).scaled(by: 20, over: 20) == 3)
        #expect(Points(3).scaled(by: 0, over: 20) == .zero)
        #expect(Points(3).scaled(by: 1, over: 0) == nil)
    }

    @Test("points travel through JSON as text, never as a floating-point number")
    func codable() throws {
        // given
        let points = Points("2.5")!
        // when
        let json = try JSONEncoder().encode([points])
        // then
        #expect(String(decoding: json, as: UTF8.self) == #"["2.5"]"#)
        #expect(try JSONDecoder().decode([Points].self, from: json) == [points])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Points].self, from: Data(#"["x"]"#.utf8)) }
    }

    @Test("rate thresholds are read in percent and compared with the counts exactly")
    func thresholds() {
        #expect(RateThreshold(percent: "95%")?.basisPoints == 9500)
        #expect(RateThreshold(percent: "99.5％")?.basisPoints == 9950)
        #expect(RateThreshold(percent: "100")?.text == "100%")
        #expect(RateThreshold(percent: "101%") == nil)
        #expect(RateThreshold(percent: "-5%") == nil)
        let ninetyFive = RateThreshold(percent: "95%")!
        #expect(ninetyFive.isReached(by: MetricValue(numerator: 19, denominator: 20), .higherIsBetter) == true)
        #expect(ninetyFive.isReached(by: MetricValue(numerator: 18, denominator: 19), .higherIsBetter) == false)
        #expect(ninetyFive.isReached(by: MetricValue(numerator: 0, denominator: 0), .higherIsBetter) == nil)
        let five = RateThreshold(percent: "5%")!
        #expect(five.isReached(by: MetricValue(numerator: 1, denominator: 20), .lowerIsBetter) == true)
        #expect(five.isReached(by: MetricValue(numerator: 2, denominator: 20), .lowerIsBetter) == false)
    }
}
