/// Restores the prefix that a list of units shares (「自治区党委宣传部、依法治区办」) and marks collective names.
///
/// A unit that begins with a level word (自治区, 市, 区 …) or a place name (「银川市」, 「开发区」) is written in
/// full and sets the prefix for those after it: the place, and the organ after it (党委 or 委, 政府, 人大常委会).
/// A unit that begins otherwise continues the prefix: it takes the organ too when it is one of that organ's
/// bodies (组织部, 政法委, 编办, 依法治区办 … under 党委), else the place alone (「高级法院」 after 「自治区党委组织部」
/// is 「自治区高级法院」). The other reading is kept in `alternatives` for resolution against the tree.
enum PlanUnitPrefix {
    struct Context {
        var region: String?
        var organ: String?
        /// After 「各市」: a bare level (「县〔区〕」) continues the collective (「各县〔区〕」).
        var collectiveLevels = false
    }

    private static let levelWords = ["自治区", "自治州", "自治县", "自治旗", "省", "市", "州", "盟", "县", "旗", "区"].map {
        (word: $0, scalars: Array($0.unicodeScalars))
    }
    private static let organs = ["人大常委会", "纪委监委", "党委", "政府", "人大", "政协", "纪委", "监委", "委"]
    /// After a level character these make an ordinary word (市场监管厅, 区域, 县域 …), not a place. (Not 市政:
    /// 「市政府办公室」 and 「市政务服务局」 are far more common in plans than 市政 works.)
    private static let notAfterLevel: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "市": Set("场容民".unicodeScalars), "区": Set("域划".unicodeScalars), "县": Set("域".unicodeScalars),
    ]

    private static func ordinaryWord(_ level: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        notAfterLevel[level]?.contains(next) ?? false
    }
    /// Before 区/市 … these make an ordinary word (依法治区办, 社区, 地区, 辖区), not a place.
    private static let notBeforeLevel = Set("治社地辖".unicodeScalars)
    private static let levelScalars = Set("市县区旗盟州乡镇街道苏木嘎查村社〔〕（）()、".unicodeScalars)

    static func expand(_ text: String, role: PlanUnit.Role, context: inout Context) -> PlanUnit {
        let s = Array(text.unicodeScalars)
        if context.collectiveLevels, s.allSatisfy(levelScalars.contains) {
            let name = "各" + text
            return PlanUnit(
                name: name, role: role, written: text, collective: .governments(levels: levels(text), including: []))
        }
        context.collectiveLevels = false
        if text.hasPrefix("各") {
            let collective = collectiveKind(String(text.dropFirst()), region: nil)
            if case .governments = collective { context.collectiveLevels = true }
            return PlanUnit(name: text, role: role, collective: collective)
        }
        if let region = placePrefix(s) {
            let rest = String(text.dropFirst(region.count))
            let organ = organs.first { rest.hasPrefix($0) }
            context.region = region
            context.organ = organ
            if let collective = collective(rest, region: region) {
                if case .governments = collective { context.collectiveLevels = true }
                return PlanUnit(name: text, role: role, collective: collective)
            }
            return PlanUnit(name: text, role: role)
        }
        guard let region = context.region else {
            return PlanUnit(name: text, role: role, collective: collective(text, region: nil))
        }
        if let collective = collective(text, region: region) {
            return PlanUnit(name: region + text, role: role, written: text, collective: collective)
        }
        if let organ = organs.first(where: { text.hasPrefix($0) && $0 != "委" }) {
            context.organ = organ
            return PlanUnit(name: region + text, role: role, written: text)
        }
        if let organ = context.organ, belongs(text, to: organ) {
            return PlanUnit(name: region + organ + text, role: role, written: text, alternatives: [region + text])
        }
        context.organ = nil
        return PlanUnit(name: region + text, role: role, written: text)
    }

    /// The level word or place name the unit begins with: 「自治区」, 「区」, 「银川市」, 「开发区」.
    static func placePrefix(_ s: [Unicode.Scalar]) -> String? {
        for (word, w) in levelWords where s.count > w.count && s.starts(with: w) {
            if w.count == 1, ordinaryWord(w[0], s[1]) { return nil }
            return word
        }
        // A place name: two to eight Han characters ending in a level character, with more after it.
        var i = 2
        while i < min(s.count - 1, 10), PlanScalars.isHan(s[i - 1]) {
            if "市县区旗盟州".unicodeScalars.contains(s[i]), !notBeforeLevel.contains(s[i - 1]),
                !ordinaryWord(s[i], s[i + 1]), s[i + 1] != "办"
            {
                return String(scalars: s[0...i])
            }
            i += 1
        }
        return nil
    }

    /// Bodies of the party committee (党委, 区委 …), the people's congress standing committee and the government.
    private static func belongs(_ text: String, to organ: String) -> Bool {
        switch organ {
        case "党委", "委":
            let bodies = [
                "政法委", "编办", "网信办", "政研室", "政策研究室", "党校", "督查室", "办公厅", "办公室", "机关工委", "教育工委",
                "巡察办", "巡视办", "改革办", "深改办", "外办", "台办", "老干部局", "保密办", "机要局",
            ]
            return text.hasSuffix("部") || text.contains("依法治") || text.contains("委员会") || text.contains("小组")
                || bodies.contains(text)
        case "人大常委会", "人大": return text.contains("工委") || text.contains("委员会")
        case "政府": return ["办公厅", "办公室", "法制办", "研究室", "督查室"].contains(text)
        default: return false
        }
    }

    /// The collective a unit (after its place) stands for, or nil for a named unit.
    private static func collective(_ rest: String, region: String?) -> PlanCollective? {
        if let range = rest.range(of: "各") ?? rest.range(of: "有关") ?? rest.range(of: "相关") {
            // 「开发区及各镇街」: the place itself and a collective joined by 及/和.
            let before = rest[..<range.lowerBound]
            if let region, before == "及" || before == "和" || before == "与", rest[range] == "各" {
                let kind = collectiveKind(String(rest[range.upperBound...]), region: nil)
                if case .governments(let levels, _) = kind { return .governments(levels: levels, including: [region]) }
                return .other
            }
            return collectiveKind(String(rest.dropFirst(rest.hasPrefix("直") ? 1 : 0)), region: region)
        }
        if rest.hasSuffix("成员单位") { return .other }
        return nil
    }

    /// What 「各…」 (without the 各) stands for.
    private static func collectiveKind(_ rest: String, region: String?) -> PlanCollective {
        var words = rest.hasPrefix("各") ? String(rest.dropFirst()) : rest
        // 「各县（市、区）人民政府」, 「各市、县〔区〕党委和政府」: the governments themselves.
        for suffix in ["党委和政府", "党委、政府", "人民政府", "政府"] where words.hasSuffix(suffix) && words.count > suffix.count {
            words = String(words.dropLast(suffix.count))
            break
        }
        if !words.isEmpty, words.unicodeScalars.allSatisfy(levelScalars.contains) || words == "设区的市" {
            return .governments(levels: levels(words), including: [])
        }
        if rest.contains("部门") || rest.contains("单位") || rest.contains("机关") {
            return .departments(of: region, relevantOnly: rest.contains("有关") || rest.contains("相关"))
        }
        return .other
    }

    /// 「县〔区〕」 → [县, 区]; 「旗县（市、区）」 → [旗, 县, 市, 区]; 「镇街」 → [镇, 街道].
    static func levels(_ phrase: String) -> [String] {
        let compounds: [String: [String]] = [
            "盟市": ["盟", "市"], "旗县": ["旗", "县"], "乡镇": ["乡", "镇"], "镇街": ["镇", "街道"], "苏木乡镇": ["苏木", "乡", "镇"],
            "嘎查村": ["嘎查", "村"], "设区的市": ["市"], "县市区": ["县", "市", "区"], "市县": ["市", "县"],
        ]
        var result: [String] = []
        let tokens = phrase.split { "〔〕（）()、".contains($0) }.map(String.init)
        for token in tokens {
            for level in compounds[token] ?? [token] where !result.contains(level) { result.append(level) }
        }
        return result
    }
}
