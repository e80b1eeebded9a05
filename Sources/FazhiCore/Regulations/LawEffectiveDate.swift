/// Finds a version's effective date (施行日期): a history line saying so, else the text's 施行 clause
/// (「本法自2021年7月15日起施行」「自公布之日起施行」), else the version date. See `LawEffectiveDateRule`.
enum LawEffectiveDate {
    /// The 施行 clause of a text: a date, or the promulgation day (plus some days).
    enum Clause: Equatable {
        case date(CivilDate)
        case onPromulgation
        case daysAfterPromulgation(Int)
    }

    /// How many articles from the end are searched: the clause sits in 附则, usually the last article, sometimes
    /// followed by one on interpretation or on the laws repealed.
    static let articlesSearched = 8
    /// For a text without articles, how many of its last lines are searched.
    static let linesSearched = 15

    /// The effective date and the rule that decided it. The promulgation date is the later of the last history
    /// date and the version date: a file named for an amendment its history does not list
    /// (「北京市公园条例(2019-07-26)」 whose history stops in 2002) was still promulgated on its version date.
    static func decide(
        history: [LawHistoryEvent], promulgatedOn: CivilDate?, versionDate: CivilDate, provisions: [LawProvision],
        preamble: String?
    ) -> (CivilDate, LawEffectiveDateRule) {
        let promulgation = max(promulgatedOn ?? versionDate, versionDate)
        let stated = history.compactMap(historyDate).filter { promulgatedOn == nil || $0 >= promulgatedOn! }
        if let date = stated.max() { return (date, .historyLine) }
        switch clause(provisions: provisions, preamble: preamble) {
        case .date(let date)?:
            // An amended text keeps its first version's clause; the amendment took effect on promulgation.
            return date < promulgation ? (promulgation, .amendmentPromulgation) : (date, .statedDate)
        case .onPromulgation?: return (promulgation, .onPromulgation)
        case .daysAfterPromulgation(let days)?: return (promulgation.adding(days: days), .afterPromulgation)
        case nil: return (versionDate, .versionDate)
        }
    }

    /// The effective date a history line states: 「2007年6月1日 施行」, 「……公告公布施行」, 「……公布自2009年1月1日施行」.
    static func historyDate(_ event: LawHistoryEvent) -> CivilDate? {
        if event.isEffectiveOnly { return event.date }
        let text = LawText.compact(event.text)
        if text.hasSuffix("公布施行") || text.hasSuffix("发布施行") || text.hasSuffix("公布实施") { return event.date }
        if case .date(let date)? = clause(in: text) { return date }
        return nil
    }

    /// The clause in the last articles (last first), or in the last lines of a text without articles.
    static func clause(provisions: [LawProvision], preamble: String?) -> Clause? {
        let articles = provisions.filter { $0.level == .article }
        if !articles.isEmpty {
            for article in articles.suffix(articlesSearched).reversed() {
                if let found = clause(in: LawText.compact(article.text)) { return found }
            }
            return nil
        }
        let lines = (preamble ?? "").split(separator: "\n").suffix(linesSearched)
        return clause(in: LawText.compact(lines.joined(separator: "\n")))
    }

    private static let verbs = ["施行", "实施", "生效", "执行", "试行"]
    private static let days = ["公布", "发布", "颁布", "印发", "下发", "公告", "通过", "批准", "签署", "签发"]

    /// The first 「自…起施行」 in `text` (spaces already removed): 自 or 从, a date or 「…之日」, optional 零时, 起,
    /// optional 「N日后」, then 施行/实施/生效/执行/试行.
    static func clause(in text: String) -> Clause? {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            defer { i += 1 }
            guard s[i] == "自" || s[i] == "从" else { continue }
            var j = i + 1
            var found: Clause?
            if let m = LawDateText.match(s, at: j, chinese: true), let date = m.date {
                found = .date(date)
                j = m.end
            } else if let end = promulgationDay(s, from: j) {
                found = .onPromulgation
                j = end
            }
            guard var clause = found else { continue }
            j = skip(s, j, "零时")
            j = skip(s, j, "起")
            if clause == .onPromulgation, let (n, end) = daysAfter(s, from: j) {
                clause = .daysAfterPromulgation(n)
                j = end
            }
            if verbs.contains(where: { startsWith(s, j, $0) }) { return clause }
        }
        return nil
    }

    /// 「公布之日」 (or 发布, 颁布 …, possibly after a few words naming who: 「国务院批准之日」) at `j`.
    private static func promulgationDay(_ s: [Unicode.Scalar], from j: Int) -> Int? {
        for start in j..<min(j + 8, s.count) {
            if let word = days.first(where: { startsWith(s, start, $0 + "之日") }) {
                return start + word.unicodeScalars.count + 2
            }
            if "，。；".unicodeScalars.contains(s[start]) { return nil }
        }
        return nil
    }

    /// 「30日后」「三十日后」 at `j`.
    private static func daysAfter(_ s: [Unicode.Scalar], from j: Int) -> (Int, Int)? {
        var k = j
        while k < s.count, LawText.digit(s[k]) != nil || ChineseNumeral.isNumeral(s[k]) { k += 1 }
        guard k > j, startsWith(s, k, "日后"),
            let n = ChineseNumeral.value(of: LawText.string(s[j..<k]))
        else { return nil }
        return (n, k + 2)
    }

    private static func skip(_ s: [Unicode.Scalar], _ j: Int, _ word: String) -> Int {
        startsWith(s, j, word) ? j + word.unicodeScalars.count : j
    }

    private static func startsWith(_ s: [Unicode.Scalar], _ j: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard j + w.count <= s.count else { return false }
        return Array(s[j..<(j + w.count)]) == w
    }
}
