/// An article as another part of the platform cites it — the statute's title and 「第八十八条第二款」 — with the
/// address it has in the library (`art_88`, `art_88__para_2`).
public struct LawCitation: Sendable, Equatable {
    /// The title as cited, e.g. 「中华人民共和国行政处罚法」.
    public var statute: String
    /// 「第六十条」, 「第八十八条第二款」, 「第三条之一」.
    public var article: String
    /// The article's address: `art_60`, `art_3-1`.
    public var articleEid: String
    /// The cited paragraph (款) or item (项) inside it, or the article itself.
    public var provisionEid: String

    /// Nil when `article` does not start with 「第…条」.
    public init?(statute: String, article: String) {
        let scalars = Array(article.unicodeScalars.filter { !$0.properties.isWhitespace })
        var i = 0
        func number(endingWith marker: Unicode.Scalar) -> Int? {
            guard i < scalars.count, scalars[i] == "第" else { return nil }
            var j = i + 1
            while j < scalars.count, ChineseNumeral.isNumeral(scalars[j]) { j += 1 }
            guard j < scalars.count, scalars[j] == marker, let value = ChineseNumeral.value(scalars[(i + 1)..<j]) else {
                return nil
            }
            i = j + 1
            return value
        }
        guard let value = number(endingWith: "条") else { return nil }
        var eid = "art_\(value)"
        // 「第三条之一」: an article inserted by an amendment.
        if i + 1 < scalars.count, scalars[i] == "之" {
            var j = i + 1
            while j < scalars.count, ChineseNumeral.isNumeral(scalars[j]) { j += 1 }
            if let sub = ChineseNumeral.value(scalars[(i + 1)..<j]) {
                eid += "-\(sub)"
                i = j
            }
        }
        self.statute = statute
        self.article = article
        articleEid = eid
        provisionEid = eid
        if let paragraph = number(endingWith: "款") {
            provisionEid += "__para_\(paragraph)"
            if let item = number(endingWith: "项") { provisionEid += "__point_\(item)" }
        }
    }

    /// 「《中华人民共和国行政处罚法》第六十条」; nil without a title in 《》 followed by an article.
    public init?(parsing text: String) {
        guard let open = text.firstIndex(of: "《"), let close = text[open...].firstIndex(of: "》") else { return nil }
        let statute = String(text[text.index(after: open)..<close])
        var rest = text[text.index(after: close)...].drop { $0.isWhitespace }
        // 「《行政复议法》（2023-09-01）第八十八条」: a version in brackets is allowed before the article.
        if rest.first == "（" || rest.first == "(", let end = rest.firstIndex(where: { $0 == "）" || $0 == ")" }) {
            rest = rest[rest.index(after: end)...]
        }
        self.init(statute: statute, article: String(rest))
    }

    /// The titles under which the library may hold the statute: as cited, and with or without 「中华人民共和国」.
    public var titleCandidates: [String] {
        let prefix = "中华人民共和国"
        return statute.hasPrefix(prefix)
            ? [statute, String(statute.dropFirst(prefix.count))] : [statute, prefix + statute]
    }
}

/// Every article the platform's own rules cite (the statutory deadlines and the rules on counting days), with what
/// the platform uses it for: checked against the library so that an amendment or a repeal raises an alert.
public enum PlatformCitations {
    public static var all: [(use: String, basis: LegalBasis)] {
        DeadlineRules.all.map { ($0.title, $0.basis) } + [
            ("短期间按工作日计算（行政处罚）", CountingBases.punishmentWorkingDays),
            ("短期间按工作日计算（行政复议）", CountingBases.reconsiderationWorkingDays),
            ("期间的起算与顺延", CountingBases.civilProcedurePeriods),
        ]
    }
}
