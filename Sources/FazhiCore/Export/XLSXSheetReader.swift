/// Reads a worksheet part (`<sheetData>` of `<row>`s of `<c>`ells) row by row into the table builder, so that a
/// table beyond the limits is refused as soon as it passes them.
///
/// Merged cells need nothing: Excel keeps a merged range's value in its top-left cell and leaves the others
/// empty, so the value is read once, in that cell, and the rest of the range reads as empty cells.
struct XLSXSheetReader: XLSXPartHandler {
    private(set) var builder: ImportedTableBuilder
    let values: XLSXCellValues

    private var rowNumber = 0
    private var cells: [(column: Int, text: String)] = []
    private var column = 0
    private var type: String?
    private var style: Int?
    private var value = ""
    private var inValue = false
    private var inline: XLSXRichText?
    private var inlineText: String?

    init(builder: ImportedTableBuilder, values: XLSXCellValues) {
        self.builder = builder
        self.values = values
    }

    mutating func start(_ name: Substring, attributes: [String: String]) throws(SpreadsheetInputError) {
        if inline != nil {
            inline?.start(name)
            return
        }
        switch name {
        case "row":
            // Rows and cells may leave out their reference; each then follows the one before.
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = []
            column = 0
        case "c":
            if let reference = attributes["r"] {
                guard let number = XLSXCellReference.columnNumber(of: reference) else {
                    throw .corrupt("单元格位置「\(reference)」无效。")
                }
                column = number - 1
            }
            type = attributes["t"]
            style = attributes["s"].flatMap(Int.init)
            value = ""
            inlineText = nil
        case "v": inValue = true
        case "is": inline = XLSXRichText()
        default: break
        }
    }

    mutating func end(_ name: Substring) throws(SpreadsheetInputError) {
        if name == "is", let item = inline {
            inlineText = item.text
            inline = nil
            return
        }
        if inline != nil {
            inline?.end(name)
            return
        }
        switch name {
        case "v": inValue = false
        case "c":
            let text = try values.text(type: type, style: style, value: value, inline: inlineText)
            cells.append((column, text))
            column += 1
        case "row": try builder.append(number: rowNumber, cells: cells)
        default: break
        }
    }

    mutating func characters(_ string: String) {
        if inValue {
            value += string
        } else {
            inline?.characters(string)
        }
    }
}

extension XLSXCellReference {
    /// The 1-based column of a cell reference such as `AA12` (27): the inverse of `column(_:)`. Nil without
    /// letters, or beyond Excel's last column (XFD, 16 384), which no valid workbook holds.
    static func columnNumber(of reference: String) -> Int? {
        var number = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            let value: UInt32
            switch scalar {
            case "A"..."Z": value = scalar.value - 64
            case "a"..."z": value = scalar.value - 96
            default: value = 0
            }
            guard value > 0 else { break }
            letters += 1
            number = number * 26 + Int(value)
            guard number <= TableExport.maximumColumns else { return nil }
        }
        return letters > 0 ? number : nil
    }
}
