/// Why a signed note was refused.
public enum NoteError: Error, Hashable, Sendable {
    /// Larger than ``SignedNote/maximumSize``.
    case tooLarge
    /// More than ``SignedNote/maximumSignatures`` signature lines.
    case tooManySignatures
    /// Not valid UTF-8.
    case invalidUTF8
    /// Contains an ASCII control character other than newline.
    case controlCharacter
    /// No blank line followed by signature lines.
    case missingSignatures
    /// The last signature line does not end with a newline.
    case missingFinalNewline
    /// Text to be signed does not end with a newline.
    case textMissingFinalNewline
    /// A line in the signature block is not `— <name> <base64>`.
    case malformedSignatureLine(String)
    /// A key name that is empty or contains white space or `+`.
    case invalidKeyName(String)
    /// A signature that is not valid base64 of at least five bytes.
    case invalidSignatureEncoding(name: String)
    /// A signature by a trusted key that does not verify.
    case invalidSignature(name: String, keyID: UInt32)
    /// Two different signatures by the same trusted key.
    case duplicateSignature(name: String, keyID: UInt32)
    /// Two trusted keys share this name and key ID.
    case ambiguousKey(name: String, keyID: UInt32)
    /// No signature by a trusted key.
    case noTrustedSignature
    /// A signer failed.
    case signingFailed(String)

    public var message: String {
        switch self {
        case .tooLarge: "签名文本过大"
        case .tooManySignatures: "签名行过多"
        case .invalidUTF8: "签名文本不是有效的 UTF-8"
        case .controlCharacter: "签名文本含有控制字符"
        case .missingSignatures: "签名文本缺少空行和签名行"
        case .missingFinalNewline: "签名文本缺少结尾换行"
        case .textMissingFinalNewline: "待签名的正文必须以换行结尾"
        case .malformedSignatureLine(let line): "签名行格式错误：\(line)"
        case .invalidKeyName(let name): "密钥名称无效：\(name)"
        case .invalidSignatureEncoding(let name): "\(name) 的签名编码无效"
        case .invalidSignature(let name, let id): "签名无效：\(name)+\(LedgerHex.encode(id))"
        case .duplicateSignature(let name, let id): "同一密钥重复签名：\(name)+\(LedgerHex.encode(id))"
        case .ambiguousKey(let name, let id): "多个可信密钥的名称和编号相同：\(name)+\(LedgerHex.encode(id))"
        case .noTrustedSignature: "没有可信密钥的签名"
        case .signingFailed(let reason): "签名失败：\(reason)"
        }
    }
}

extension NoteError: CustomStringConvertible {
    public var description: String { message }
}
