/// The demo region's enforcement master data: each 市场监督管理局 and 综合行政执法局 below the region registered as a
/// body, four officers each (one certificate expired, one running out within a month, one supervisor), and a powers
/// list per kind of body with real provisions (quoted from the corpus of laws) and made-up benchmarks within each
/// article's statutory range.
///
/// Certificate numbers are predictable, so that the demo cases can name them: the body's division code, 2026, a
/// digit for the kind of body (0 market regulation, 1 comprehensive enforcement) and the officer's number 001–004:
/// - 呼和浩特市市场监督管理局 15010020260001–15010020260004; 呼和浩特市综合行政执法局 15010020261001–15010020261004
/// - 新城区 150102…, 回民区 150103…, 赛罕区 150105…, 鄂尔多斯市 150600…, 东胜区 150602…, 准格尔旗 150622…, in the same
///   pattern (the region's own 内蒙古自治区市场监督管理局 is 15000020260001–15000020260004).
/// Officer 001 is valid, 002 expired ten days ago, 003 runs out in twenty days, 004 is a supervisor (监督人员).
/// The first officer of 呼和浩特市新城区市场监督管理局 is linked to the demo-officer account.
public enum DemoEnforcement {
    public enum Kind: Sendable { case market, comprehensive }

    public struct Body: Sendable {
        public let organisation: String
        public let division: String
        public let kind: Kind
        public let territory: String
    }

    /// How an officer's certificate stands today.
    public enum Term: Sendable { case valid, expired, expiring }

    public struct Officer: Sendable {
        public let name: String
        public let duty: OfficerDuty
        public let certificateNumber: String
        public let term: Term
    }

    public static let bodies: [Body] = {
        let places: [(prefix: String, division: String, territory: String, comprehensive: Bool)] = [
            ("内蒙古自治区", "150000", "内蒙古自治区行政区域", false),
            ("呼和浩特市", "150100", "呼和浩特市行政区域", true), ("呼和浩特市新城区", "150102", "新城区行政区域", true),
            ("呼和浩特市回民区", "150103", "回民区行政区域", true), ("呼和浩特市赛罕区", "150105", "赛罕区行政区域", true),
            ("鄂尔多斯市", "150600", "鄂尔多斯市行政区域", true), ("鄂尔多斯市东胜区", "150602", "东胜区行政区域", true),
            ("鄂尔多斯市准格尔旗", "150622", "准格尔旗行政区域", true),
        ]
        return places.flatMap { place in
            [
                Body(
                    organisation: place.prefix + "市场监督管理局", division: place.division, kind: .market,
                    territory: place.territory)
            ]
                + (place.comprehensive
                    ? [
                        Body(
                            organisation: place.prefix + "综合行政执法局", division: place.division, kind: .comprehensive,
                            territory: place.territory)
                    ] : [])
        }
    }()

    /// The certificate number of officer `n` (1–4) of a body.
    public static func certificateNumber(_ body: Body, _ n: Int) -> String {
        body.division + "2026" + (body.kind == .market ? "0" : "1") + "00" + String(n)
    }

    private static let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"]
    private static let givenNames = ["建国", "晓梅", "志强", "海燕", "俊杰", "丽娟", "文博", "雅琴"]

    /// The four officers of the body at `index` in `bodies`.
    public static func officers(_ index: Int) -> [Officer] {
        let body = bodies[index]
        let terms: [Term] = [.valid, .expired, .expiring, .valid]
        return (1...4).map { n in
            let name = surnames[(index + n * 4) % surnames.count] + givenNames[(index * 3 + n) % givenNames.count]
            return Officer(
                name: name, duty: n == 4 ? .supervision : .enforcement, certificateNumber: certificateNumber(body, n),
                term: terms[n - 1])
        }
    }

    public static func legalBasis(_ kind: Kind) -> String {
        switch kind {
        case .market: "《中华人民共和国食品安全法》第六条第二款；《中华人民共和国广告法》第六条第二款；本级人民政府机构改革方案"
        case .comprehensive: "《中华人民共和国行政处罚法》第十八条第一款、第二款；自治区人民政府关于相对集中行政处罚权的决定"
        }
    }

    public static let issuer = "内蒙古自治区人民政府"

    public static func fields(_ kind: Kind) -> String { kind == .market ? "市场监管" : "城市管理综合执法" }

    /// The powers list of a kind of body.
    public static func matters(_ kind: Kind) -> [PowerMatterInput.Valid] {
        kind == .market ? market : comprehensive
    }

    static func matter(
        _ code: String, _ name: String, _ basis: String, _ ranges: [(String, String, Int64, Int64)] = [],
        kind: PowerKind = .penalty, noPenalty: Bool = false, lightPenalty: Bool = false
    ) -> PowerMatterInput.Valid {
        PowerMatterInput.Valid(
            code: code, name: name, kind: kind, legalBasis: basis,
            benchmark: DiscretionBenchmark(
                ranges: ranges.map {
                    .init(circumstance: $0.0, description: $0.1, minimumFen: $0.2 * 100, maximumFen: $0.3 * 100)
                }), noPenalty: noPenalty, lightPenalty: lightPenalty)
    }
}
