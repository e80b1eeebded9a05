/// What an uploaded file is, told by its first bytes (its "magic number") rather than by its name: users rename
/// files, and browsers send whatever extension the file had. Shared by every reader of uploads, so that each
/// refuses a PDF or an image the same way.
enum FileSignature: Equatable {
    /// A ZIP archive: .docx, .xlsx, .odt/.ods, or a plain archive.
    case zip
    case pdf
    /// An OLE2 compound file: old Word (.doc) and Excel (.xls), WPS's .wps/.et, and also an encrypted .docx or
    /// .xlsx, which Office wraps in a compound file.
    case ole2
    case image
    case rtf

    init?(_ bytes: some Collection<UInt8>) {
        func starts(_ magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            self = .zip
        } else if starts(Array("%PDF".utf8)) {
            self = .pdf
        } else if starts([0xD0, 0xCF, 0x11, 0xE0]) {
            self = .ole2
        } else if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8)) {
            self = .image
        } else if starts(Array("{\\rtf".utf8)) {
            self = .rtf
        } else {
            return nil
        }
    }

    /// The kind in words for a message to the user, where the name alone says it.
    var kind: String? {
        switch self {
        case .pdf: "PDF 文件"
        case .image: "图片文件"
        case .rtf: "RTF 文件"
        case .zip: "ZIP 压缩包"
        case .ole2: nil
        }
    }
}
