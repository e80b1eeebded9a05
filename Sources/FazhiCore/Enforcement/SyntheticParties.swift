import Foundation

/// Made-up parties for synthetic cases, with identifiers that pass their check characters.
extension SyntheticCases {
    static let surnames = Array(
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
    static let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国红梅玉兰志强海燕")
    static let towns = ["呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布", "锡林郭勒"]
    static let trades = ["商贸", "食品", "餐饮", "超市", "药房", "建材", "物流", "科技", "农牧业", "汽车服务"]

    public static func personName(_ random: inout SplitMix) -> String {
        let surname = surnames[Int(random.next() % UInt64(surnames.count))]
        let length = random.next() % 3 == 0 ? 1 : 2
        return String(surname) + String((0..<length).map { _ in given[Int(random.next() % UInt64(given.count))] })
    }

    public static func companyName(_ random: inout SplitMix) -> String {
        let town = towns[Int(random.next() % UInt64(towns.count))]
        let trade = trades[Int(random.next() % UInt64(trades.count))]
        let shop = String((0..<2).map { _ in given[Int(random.next() % UInt64(given.count))] })
        return "\(town)市\(shop)\(trade)有限公司"
    }

    /// A resident identity number born 1960–1999 in Inner Mongolia (region codes 1501xx–1509xx), check digit right.
    public static func idNumber(_ random: inout SplitMix) -> String {
        let region = 150_100 + Int(random.next() % 9) * 100 + Int(random.next() % 5) + 1
        let birth = CivilDate(iso: "1960-01-01")!.adding(days: Int(random.next() % 14_600))
        let order = String(format: "%03d", Int(random.next() % 1000))
        let body = "\(region)\(birth.iso.replacingOccurrences(of: "-", with: ""))\(order)"
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// A unified social credit code of a company registered in Inner Mongolia, check character right.
    public static func creditCode(_ random: inout SplitMix) -> String {
        let digits = String(format: "%09llu", random.next() % 1_000_000_000)
        return CreditCode.completing("91150100" + digits)!
    }
}

/// A small, fast, seedable generator (SplitMix64), so the same seed always gives the same region.
public struct SplitMix: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
