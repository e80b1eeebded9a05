/// The header of a corpus file: optional front matter, the 「# 」 title, an optional 「# 」 subtitle, and the
/// history lines up to 「<!-- INFO END -->」; and where the body starts.
struct LawHeader {
    var title: String
    var subtitle: String?
    var frontMatter: [String: String] = [:]
    var history: [LawHistoryEvent] = []
    var notes: [String] = []
    /// Index of the first body line in the file's lines.
    var bodyStart: Int
    var problems: [LawParseProblem] = []

    static let infoEnd = "<!-- INFO END -->"

    init(lines: [String], path: String) throws {
        var problems: [LawParseProblem] = []
        var i = 0
        func skipBlank() { while i < lines.count, LawText.trimmed(lines[i]).isEmpty { i += 1 } }
        skipBlank()
        var frontMatter: [String: String] = [:]
        if i < lines.count, LawText.trimmed(lines[i]) == "---" {
            if let close = lines[(i + 1)...].firstIndex(where: { LawText.trimmed($0) == "---" }) {
                frontMatter = LawHeader.frontMatter(lines[(i + 1)..<close])
                i = close + 1
                skipBlank()
            } else {
                problems.append(.unclosedFrontMatter)
            }
        }
        guard i < lines.count, let title = LawHeader.hashLine(lines[i]), !title.isEmpty else {
            throw LawFileError.noTitle(path: path)
        }
        self.title = title
        self.frontMatter = frontMatter
        let headerStart = i + 1
        let headerEnd: Int
        if let end = lines[headerStart...].firstIndex(where: { LawText.trimmed($0) == LawHeader.infoEnd }) {
            headerEnd = end
            bodyStart = end + 1
        } else {
            // Without the marker, the header is the run of blank, 「# 」 and dated lines after the title.
            var end = headerStart
            while end < lines.count {
                let t = LawText.trimmed(lines[end])
                let dated = LawDateText.match(Array(LawHistoryReader.withoutOpening(t).unicodeScalars), at: 0) != nil
                guard t.isEmpty || LawHeader.hashLine(t) != nil && !t.hasPrefix("##") || dated else { break }
                end += 1
            }
            headerEnd = end
            bodyStart = end
            problems.append(.missingInfoEnd)
        }
        var reader = LawHistoryReader()
        for line in lines[headerStart..<headerEnd] {
            let t = LawText.trimmed(line)
            if t.isEmpty || LawText.isComment(t) { continue }
            if !t.hasPrefix("##"), let heading = LawHeader.hashLine(t) {
                if subtitle == nil { subtitle = heading } else { reader.notes.append(heading) }
            } else {
                reader.read(t)
            }
        }
        reader.finish()
        history = reader.events
        notes = reader.notes
        self.problems = problems + reader.problems
    }

    /// The text of a 「# 」 line, nil for any other line.
    static func hashLine(_ line: String) -> String? {
        let t = LawText.trimmed(line)
        guard t.hasPrefix("#") else { return nil }
        return LawText.trimmed(t.drop { $0 == "#" })
    }

    /// `key: value` lines; quotes around a value removed.
    static func frontMatter(_ lines: ArraySlice<String>) -> [String: String] {
        var result: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = LawText.trimmed(line[..<colon])
            var value = LawText.trimmed(line[line.index(after: colon)...])
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty { result[key] = value }
        }
        return result
    }
}
