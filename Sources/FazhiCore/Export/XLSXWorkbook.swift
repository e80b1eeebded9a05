/// What the reader needs from xl/workbook.xml: the sheets in the order of their tabs, and the date system.
struct XLSXWorkbook: XLSXPartHandler {
    struct Sheet: Equatable {
        let name: String
        let relationshipID: String
        /// Hidden and "very hidden" sheets have no tab the user sees.
        let isHidden: Bool
    }

    private(set) var sheets: [Sheet] = []
    /// Serial days count from 1904-01-01 rather than 1900 (workbooks made by old Excel for Mac).
    private(set) var usesDate1904 = false

    mutating func start(_ name: Substring, attributes: [String: String]) {
        switch name {
        case "sheet":
            guard let id = XMLNames.attribute("id", in: attributes) else { return }
            let state = attributes["state"] ?? "visible"
            sheets.append(Sheet(name: attributes["name"] ?? "", relationshipID: id, isHidden: state != "visible"))
        case "workbookPr":
            usesDate1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default: break
        }
    }

    /// The worksheet the user sees first: the first visible tab that is a worksheet (not a chart sheet), or,
    /// when every worksheet is hidden, the first of them.
    func firstWorksheetPath(relationships: [XLSXArchive.Relationship]) -> String? {
        let worksheets = sheets.compactMap { sheet in
            relationships.first { $0.id == sheet.relationshipID && $0.isOfType("worksheet") }
                .map { (sheet, $0.path) }
        }
        return (worksheets.first { !$0.0.isHidden } ?? worksheets.first)?.1
    }
}
