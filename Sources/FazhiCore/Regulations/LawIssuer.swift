/// Tells the 制定机关 of a document from what the file says.
enum LawIssuer {
    static func issuer(folder: LawFolder, title: String, history: [LawHistoryEvent]) -> String? {
        if let ministry = folder.ministry { return ministry }
        switch folder.kind {
        case .constitution: return "全国人民代表大会"
        case .judicialInterpretation:
            return courts(inTitle: title) ?? history.lazy.compactMap { courts(inTitle: $0.text) }.first
        case .administrativeRegulation:
            let joint = history.contains { $0.text.contains("中央军事委员会") || $0.text.contains("中央军委") }
            return joint ? "国务院、中央军事委员会" : "国务院"
        case .caseReport, .other: return nil
        default:
            if let body = history.lazy.compactMap({ adoptingBody($0.text) }).first { return body }
            return folder.region.map(provincialCongress)
        }
    }

    /// 「最高人民法院」, 「最高人民检察院」 or both, from the start of a title or history line.
    private static func courts(inTitle text: String) -> String? {
        let prefix = text.prefix(24)
        let court = prefix.contains("最高人民法院"), procuratorate = prefix.contains("最高人民检察院")
        switch (court, procuratorate) {
        case (true, true): return "最高人民法院、最高人民检察院"
        case (true, false): return "最高人民法院"
        case (false, true): return "最高人民检察院"
        case (false, false): return nil
        }
    }

    /// The body named at the start of a history line: 「第十三届全国人民代表大会常务委员会第二十五次会议修订」 →
    /// 全国人民代表大会常务委员会; 「青岛市第十五届人民代表大会常务委员会……」 → 青岛市人民代表大会常务委员会;
    /// 「北京市人民政府第56次常务会议……」 → 北京市人民政府; 「国务院令第X号」 → 国务院.
    static func adoptingBody(_ text: String) -> String? {
        let congress = "人民代表大会"
        if let range = text.range(of: congress) {
            let before = String(text[..<range.lowerBound])
            let standing = text[range.upperBound...].hasPrefix("常务委员会")
            let place = before.hasSuffix("全国") ? "全国" : placeName(before)
            guard let place else { return nil }
            return place + congress + (standing ? "常务委员会" : "")
        }
        if let range = text.range(of: "人民政府"), let place = placeName(String(text[..<range.lowerBound])) {
            return place + "人民政府"
        }
        if text.hasPrefix("国务院") || text.hasPrefix("中华人民共和国国务院") { return "国务院" }
        return nil
    }

    /// The place at the start of `text`, before any 「第X届」: 「上海市第十三届」 → 上海市. Nil when the text does not
    /// start with a place name ending in 省, 市, 自治区, 州 or 县.
    private static func placeName(_ text: String) -> String? {
        var t = Substring(text)
        for prefix in ["中华人民共和国"] where t.hasPrefix(prefix) { t = t.dropFirst(prefix.count) }
        if let session = t.range(of: "第") { t = t[..<session.lowerBound] }
        guard (2...16).contains(t.count), ["省", "市", "自治区", "州", "县", "区"].contains(where: { t.hasSuffix($0) })
        else { return nil }
        return String(t)
    }

    /// The standing committee of the province's (or municipality's) people's congress: 北京 → 北京市人民代表大会常务委员会.
    static func provincialCongress(_ region: String) -> String {
        let municipalities: Set<String> = ["北京", "上海", "天津", "重庆"]
        let autonomous: [String: String] = [
            "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
            "新疆": "新疆维吾尔自治区",
        ]
        let name =
            autonomous[region]
            ?? (region.hasSuffix("省") || region.hasSuffix("市")
                ? region
                : region + (municipalities.contains(region) ? "市" : "省"))
        return name + "人民代表大会常务委员会"
    }
}
