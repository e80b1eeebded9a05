/// Why a corpus file could not be read at all. Anything less is a `problems` line of the parsed file.
public enum LawFileError: Error, Sendable, Equatable {
    /// The file has no 「# 」 title line.
    case noTitle(path: String)
    /// The bytes are not UTF-8 text.
    case notUTF8(path: String)
    /// The file could not be read from disk.
    case unreadable(path: String, reason: String)

    /// A message in Chinese naming the file.
    public var message: String {
        switch self {
        case .noTitle(let path): "文件「\(path)」没有标题行（第一行应为「# 标题」），无法导入。"
        case .notUTF8(let path): "文件「\(path)」不是 UTF-8 编码的文本，无法导入。"
        case .unreadable(let path, let reason): "无法读取文件「\(path)」：\(reason)"
        }
    }
}

extension LawFileError: CustomStringConvertible {
    public var description: String { message }
}
