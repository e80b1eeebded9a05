/// Why a file cannot be read as a plan, with a message in Chinese for the user.
public enum PlanInputError: Error, Sendable, Equatable {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    /// Not text: an image, an archive, a PDF, an old .doc, or bytes with NULs and control characters.
    case binary(kind: String?)
    /// Not valid UTF-8; `guess` names the likely encoding (GB18030/GBK).
    case notUTF8(line: Int, guess: String?)
    /// A .docx that could not be opened, or has no document text.
    case unreadableDocx(String)
    /// Readable, but holds no numbered heading: not a plan.
    case noStructure

    public var message: String {
        switch self {
        case .empty: "文件为空，没有可解析的内容。"
        case .tooLarge(let bytes, let limit):
            "文件过大（\(FileSize.megabytes(bytes))），超过上限 \(FileSize.megabytes(limit))；请拆分后分别导入。"
        case .binary(let kind?): "这是\(kind)，不是文本文件；请上传 UTF-8 纯文本（.txt）或 Word 文档（.docx）。"
        case .binary(nil): "文件不是文本（含有二进制内容）；请上传 UTF-8 纯文本（.txt）或 Word 文档（.docx）。"
        case .notUTF8(let line, let guess?):
            "文件不是 UTF-8 编码（第\(line)行起无法解读，看来是 \(guess) 编码）；请用记事本等另存为 UTF-8 后再上传。"
        case .notUTF8(let line, nil): "文件不是 UTF-8 编码（第\(line)行起无法解读）；请另存为 UTF-8 后再上传。"
        case .unreadableDocx(let reason): "无法读取该 Word 文档：\(reason)"
        case .noStructure: "没有找到任何编号标题（如「一、」「（一）」「1.」），无法识别为规划或方案文件。"
        }
    }
}
