import Foundation

/// The cell formats (`cellXfs`) of styles.xml, by index.
enum XLSXStyle {
    static let normal = 0
    static let header = 1
    static let date = 2
}

/// The fixed parts of a workbook package: content types, relationships, workbook and styles.
enum XLSXPackage {
    static let declaration = OfficePackage.declaration
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = OfficePackage.relationshipNamespace
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    static func worksheetPath(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }

    static func contentTypes(sheetCount: Int) -> String {
        OfficePackage.contentTypes(
            [
                ("xl/workbook.xml", "\(contentTypePrefix).sheet.main+xml"),
                ("xl/styles.xml", "\(contentTypePrefix).styles+xml"),
            ]
                + (1...sheetCount).map { (worksheetPath($0), "\(contentTypePrefix).worksheet+xml") })
    }

    static let rootRelationships = OfficePackage.relationships([("rId1", "officeDocument", "xl/workbook.xml")])

    /// Sheet `n` is relationship `rIdn`; the styles come after the sheets.
    static func workbookRelationships(sheetCount: Int) -> String {
        OfficePackage.relationships(
            (1...sheetCount).map { ("rId\($0)", "worksheet", "worksheets/sheet\($0).xml") }
                + [("rId\(sheetCount + 1)", "styles", "styles.xml")])
    }

    /// The sheets by name, and for each filtered sheet the hidden name `_xlnm._FilterDatabase` that Excel
    /// keeps for the range of an autofilter.
    static func workbook(sheetNames: [String], filterRanges: [String?]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(SpreadsheetText.xmlEscaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        let filters = filterRanges.enumerated().compactMap { index, range in
            range.map { range in
                // A sheet name is always quoted in a formula, with its apostrophes doubled.
                let sheet = "'" + sheetNames[index].replacingOccurrences(of: "'", with: "''") + "'"
                return "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                    + SpreadsheetText.xmlEscaped("\(sheet)!\(absolute(range))") + "</definedName>"
            }
        }
        let names = filters.isEmpty ? "" : "<definedNames>" + filters.joined() + "</definedNames>"
        return [
            declaration, "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">",
            "<bookViews><workbookView activeTab=\"0\"/></bookViews>",
            "<sheets>", sheets.joined(), "</sheets>", names, "</workbook>",
        ].joined()
    }

    /// `A1:C9` as `$A$1:$C$9`.
    private static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { reference in
            let letters = reference.prefix { $0.isLetter }
            return "$\(letters)$\(reference.dropFirst(letters.count))"
        }.joined(separator: ":")
    }

    /// One font in two weights and the three cell formats of `XLSXStyle`. The font is 等线 (DengXian), the
    /// default of Excel on Chinese Windows, so that Chinese text has the look users expect; elsewhere it
    /// falls back to the system's font. Format 164 is the first number format id free for custom formats.
    static let styles = [
        declaration, "<styleSheet xmlns=\"\(mainNamespace)\">",
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>",
        "<fonts count=\"2\">",
        "<font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>",
        "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>",
        "</fonts>",
        // The first two fills are required by Excel as they are.
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>",
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>",
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
        "<cellXfs count=\"3\">",
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
        "</cellXfs>",
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
        "</styleSheet>",
    ].joined()
}
