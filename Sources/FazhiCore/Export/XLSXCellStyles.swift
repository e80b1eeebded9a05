/// The number format of each cell style of a workbook (xl/styles.xml): a cell's `s` attribute is an index
/// into `<cellXfs>`, whose `numFmtId` is either built in or defined by a `<numFmt>` with its format code.
struct XLSXCellStyles: XLSXPartHandler {
    private var customCodes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    mutating func start(_ name: Substring, attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                customCodes[id] = code
            }
        case "cellXfs": inCellFormats = true
        // <xf> also appears in <cellStyleXfs>, the named styles, which cells do not point at.
        case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    mutating func end(_ name: Substring) {
        if name == "cellXfs" { inCellFormats = false }
    }

    /// The number format of each cell style, by index; worked out once, not for every cell.
    func numberFormats() -> [XLSXNumberFormat] {
        formatIDs.map { id in
            // A workbook may redefine a built-in id; its own code wins.
            customCodes[id].map(XLSXNumberFormat.init(code:)) ?? XLSXNumberFormat(builtIn: id)
        }
    }
}
