/// Why an uploaded file cannot be read as a table, with a message in Chinese for the user that says what to do.
public enum SpreadsheetInputError: Error, Sendable, Equatable {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    /// Neither an .xlsx workbook nor CSV text; `kind` names what it is when known (PDF, image, Word, web page…).
    case notSpreadsheet(kind: String?)
    /// An OLE2 compound file: an old .xls workbook, or an .xlsx protected by a password (Office encrypts it
    /// into the same container). Either way the cure is to save an unprotected .xlsx.
    case oldExcel
    /// Text that is neither UTF-8 nor GB18030; `line` is where the first bad byte is.
    case notUTF8(line: Int)
    /// A ZIP that cannot be opened, or a workbook part that is missing, cannot be inflated or is not XML.
    case corrupt(String)
    /// A workbook without any worksheet (only chart sheets, or none at all).
    case noWorksheet
    /// A readable table in which no cell holds any text.
    case noRows
    case tooManyRows(limit: Int)
    /// The table's rows padded to their widest cell would hold more than `limit` cells.
    case tooManyCells(limit: Int)

    public var message: String {
        switch self {
        case .empty: "文件为空，没有可读取的内容。"
        case .tooLarge(let bytes, let limit):
            "文件过大（\(FileSize.megabytes(bytes))），超过上限 \(FileSize.megabytes(limit))；请拆分后分别导入。"
        case .notSpreadsheet(let kind?): "这是\(kind)，不是 Excel 工作簿或 CSV 文件；\(Self.advice)"
        case .notSpreadsheet(nil): "文件含有无法识别的二进制内容，不是 Excel 工作簿或 CSV 文件；\(Self.advice)"
        case .oldExcel:
            "这是旧版 Excel（.xls）格式，或设置了打开密码的工作簿；请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再上传。"
        case .notUTF8(let line):
            "CSV 文件的编码无法识别（第\(line)行起无法解读）；请在 Excel 中另存为「CSV UTF-8」或改存为 .xlsx 后再上传。"
        case .corrupt(let reason): "无法读取该 Excel 工作簿：\(reason)请用 Excel 或 WPS 打开并重新保存后再试。"
        case .noWorksheet: "工作簿中没有工作表（只有图表或为空）。"
        case .noRows: "表格中没有任何内容。"
        case .tooManyRows(let limit): "表格超过 \(limit) 行的上限；请拆分后分别导入。"
        case .tooManyCells(let limit): "表格过大（超过 \(limit) 个单元格）；请删去无关的行列或拆分后分别导入。"
        }
    }

    private static let advice = "请上传 .xlsx 或 .csv 文件（其他格式的表格可在 Excel 或 WPS 中打开后另存为 .xlsx）。"
}
