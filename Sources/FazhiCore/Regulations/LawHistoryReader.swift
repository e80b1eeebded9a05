/// Reads the history lines of a header into events. The corpus wraps long lines, splits a date over two lines
/// (「2014年9月26」 / 「日山东省……批准」), puts two events on one line (「……第二次修正  2020年11月27日……修订 根据」),
/// brackets a line (「(2014年11月1日……通过)」) and leaves some events undated; each is handled here.
struct LawHistoryReader {
    private(set) var events: [LawHistoryEvent] = []
    var notes: [String] = []
    private(set) var problems: [LawParseProblem] = []
    private var pendingLines: [String] = []

    /// Takes one non-blank header line.
    mutating func read(_ line: String) {
        // A date broken after its day number continues on the next line, which starts with 「日」.
        if let last = pendingLines.last, last.unicodeScalars.last.flatMap(LawText.digit) != nil, line.hasPrefix("日") {
            pendingLines[pendingLines.count - 1] = last + line
        } else {
            pendingLines.append(line)
        }
    }

    /// Turns the lines read into events and notes.
    mutating func finish() {
        // First put each event's lines back together, then split lines that hold several events.
        var groups: [String] = []
        for line in pendingLines {
            if DocumentNumber(parsing: line) != nil {
                notes.append(line)
            } else if LawDateText.match(Array(LawHistoryReader.withoutOpening(line).unicodeScalars), at: 0) != nil {
                groups.append(line)
            } else if let last = groups.indices.last {
                groups[last] = joined(groups[last], line)
            } else {
                // Before any event: a title repeated over two lines, a covering notice.
                notes.append(line)
            }
        }
        pendingLines = []
        for group in groups { take(group) }
        events = events.map { LawHistoryEvent(date: $0.date, text: LawHistoryReader.cleaned($0.text)) }
    }

    /// A line without a date after an event: the rest of a wrapped line, or an event whose date the source left
    /// out (then joined with 「；」 and reported).
    private mutating func joined(_ previous: String, _ line: String) -> String {
        let before = LawHistoryReader.cleaned(previous)
        guard LawHistoryReader.isComplete(before), LawHistoryReader.isComplete(line) else { return previous + line }
        problems.append(.undatedHistoryLine(line))
        return before + "；" + line
    }

    private mutating func take(_ line: String) {
        let scalars = Array(LawHistoryReader.withoutOpening(line).unicodeScalars)
        let starts = [0] + LawHistoryReader.boundaryDates(scalars)
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : scalars.count
            guard let match = LawDateText.match(scalars, at: start) else { continue }
            let text = LawText.trimmed(LawText.string(scalars[match.end..<end]))
            guard let date = match.date else {
                problems.append(.impossibleDate(match.text))
                notes.append(LawText.string(scalars[start..<end]))
                continue
            }
            events.append(LawHistoryEvent(date: date, text: text))
        }
    }

    /// Positions of dates that start a second event on the same line: after a space, or after 「根据」.
    private static func boundaryDates(_ s: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        var i = 1
        while i < s.count {
            defer { i += 1 }
            guard LawText.digit(s[i]) != nil, LawText.digit(s[i - 1]) == nil else { continue }
            let afterSpace = LawText.isSpace(s[i - 1])
            let afterGenju = i >= 2 && s[i - 2] == "根" && s[i - 1] == "据"
            guard afterSpace || afterGenju, LawDateText.match(s, at: i) != nil else { continue }
            result.append(i)
        }
        return result
    }

    /// Words that end a complete history event.
    private static let endings = [
        "通过", "批准", "修正", "修订", "公布", "发布", "施行", "实施", "修改", "生效", "废止", "）", ")",
    ]

    private static func isComplete(_ text: String) -> Bool { endings.contains { text.hasSuffix($0) } }

    /// The line without an opening bracket before its date: 「(2014年11月1日……通过)」.
    static func withoutOpening(_ line: String) -> String {
        line.hasPrefix("（") || line.hasPrefix("(") ? String(line.dropFirst()) : line
    }

    /// Trailing 「根据」 (it introduces the next event), punctuation, and a closing bracket with no opening one.
    static func cleaned(_ text: String) -> String {
        var t = LawText.trimmed(text)
        var changed = true
        while changed {
            changed = false
            for suffix in ["根据", "，", "。", "、", ",", ";", "；"] where t.hasSuffix(suffix) {
                t = LawText.trimmed(String(t.dropLast(suffix.count)))
                changed = true
            }
            for (open, close) in [("（", "）"), ("(", ")")] where t.hasSuffix(close) {
                if t.filter({ String($0) == open }).count < t.filter({ String($0) == close }).count {
                    t = LawText.trimmed(String(t.dropLast()))
                    changed = true
                }
            }
        }
        return t
    }
}
