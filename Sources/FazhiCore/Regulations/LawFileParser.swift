import Foundation

/// Parses one file of the law corpus (see ../shared/corpus/README.md for the format).
public enum LawFileParser {
    /// The version date of a file that names no date anywhere (some cases and guides): the founding of the
    /// People's Republic, before any version in the corpus, so that such files sort first and are never taken
    /// for a later version.
    public static let undatedVersionDate = CivilDate(year: 1949, month: 10, day: 1)!

    /// Parses one file. Throws `LawFileError` (its message names the file, in Chinese) only when nothing usable
    /// can be read: there is no title line. Everything else that goes wrong is a line of `problems`.
    public static func parse(relativePath: String, text: String) throws -> ParsedLawFile {
        let lines = LawText.lines(LawText.normalised(text))
        let header = try LawHeader(lines: lines, path: relativePath)
        var problems = header.problems
        let folder = LawFolder(relativePath: relativePath)
        let bodyLines = lines[min(header.bodyStart, lines.count)...]
        let body = LawFileParser.trimmedBlankLines(bodyLines)
        let parsed = LawBodyParser.parse(bodyLines, title: header.title, structured: folder.kind != .caseReport)
        problems += parsed.problems

        let promulgatedOn = header.history.filter { !$0.isEffectiveOnly }.map(\.date).max()
        let fileDate = fileNameDate(relativePath, problems: &problems)
        var versionDate: CivilDate
        if let date = fileDate ?? promulgatedOn ?? header.history.map(\.date).max()
            ?? header.frontMatter["date"].flatMap({ CivilDate(iso: LawText.trimmed($0).prefix(10)) })
        {
            versionDate = date
        } else if case .date(let date)? = LawEffectiveDate.clause(
            provisions: parsed.provisions, preamble: parsed.preamble)
        {
            // Some local regulations carry no date but their 施行 clause; better than none, and reported.
            versionDate = date
            problems.append(.versionDateFromClause)
        } else {
            versionDate = undatedVersionDate
            problems.append(.noVersionDate)
        }
        let (effectiveOn, rule) = LawEffectiveDate.decide(
            history: header.history, promulgatedOn: promulgatedOn, versionDate: versionDate,
            provisions: parsed.provisions, preamble: parsed.preamble)

        return ParsedLawFile(
            sourcePath: relativePath, title: header.title, subtitle: header.subtitle, kind: folder.kind,
            category: folder.category,
            issuer: LawIssuer.issuer(folder: folder, title: header.title, history: header.history),
            region: folder.region, versionDate: versionDate, promulgatedOn: promulgatedOn, effectiveOn: effectiveOn,
            effectiveDateRule: rule, history: header.history, headerNotes: header.notes,
            documentNumber: header.notes.lazy.compactMap(DocumentNumber.first(in:)).first,
            frontMatter: header.frontMatter, preamble: parsed.preamble, provisions: parsed.provisions, body: body,
            problems: problems.map(\.line))
    }

    /// 「行政处罚法(2021-01-22).md」 → 2021-01-22; nil without a date, with a problem for an impossible one.
    static func fileNameDate(_ path: String, problems: inout [LawParseProblem]) -> CivilDate? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(").md"), let open = name.lastIndex(of: "(") else { return nil }
        let inside = name[name.index(after: open)..<name.index(name.endIndex, offsetBy: -4)]
        guard inside.count == 10, inside.dropFirst(4).first == "-" else { return nil }
        guard let date = CivilDate(iso: inside) else {
            problems.append(.badFileNameDate(String(inside)))
            return nil
        }
        return date
    }

    private static func trimmedBlankLines(_ lines: ArraySlice<String>) -> String {
        let isBlank = { (line: String) in LawText.trimmed(line).isEmpty }
        guard let first = lines.firstIndex(where: { !isBlank($0) }), let last = lines.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return lines[first...last].joined(separator: "\n")
    }
}
