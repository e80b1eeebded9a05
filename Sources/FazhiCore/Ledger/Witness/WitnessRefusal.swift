/// Why a witness refuses to cosign a checkpoint, with the HTTP status C2SP tlog-witness gives each case.
public enum WitnessRefusal: Error, Hashable, Sendable {
    /// A malformed request, or an old size larger than the checkpoint's (400).
    case badRequest(String)
    /// The witness does not follow a log of this origin (404).
    case unknownLog(origin: String)
    /// No signature by a key the witness trusts for this log verified (403).
    case untrustedSignature(String)
    /// The old size is not the size the witness last cosigned (409, body: that size). The log retries from it.
    case staleOldSize(latest: UInt64)
    /// The same tree size as last cosigned, but another root: the log shows two different trees (409).
    case rootMismatch(size: UInt64)
    /// The consistency proof does not join the last cosigned checkpoint to the new one (422): a fork, or a bad
    /// proof.
    case inconsistent(oldSize: UInt64, newSize: UInt64, reason: String)

    /// The HTTP status of the refusal.
    public var status: Int {
        switch self {
        case .badRequest: 400
        case .unknownLog: 404
        case .untrustedSignature: 403
        case .staleOldSize, .rootMismatch: 409
        case .inconsistent: 422
        }
    }

    /// The media type that tells a log the 409 body is the witness's latest size (tlog-witness).
    public static let sizeContentType = "text/x.tlog.size"

    /// The response's media type: the spec names the 409 size body's exactly (so without a charset parameter).
    public var contentType: String {
        if case .staleOldSize = self { return Self.sizeContentType }
        return "text/plain; charset=utf-8"
    }

    /// The response body: the latest size for a stale old size (as the spec requires), a message otherwise.
    public var body: String {
        if case .staleOldSize(let latest) = self { return "\(latest)\n" }
        return message + "\n"
    }

    public var message: String {
        switch self {
        case .badRequest(let reason): "请求无效：\(reason)"
        case .unknownLog(let origin): "本见证方未见证日志「\(origin)」"
        case .untrustedSignature(let reason): "检查点没有本见证方信任的日志签名：\(reason)"
        case .staleOldSize(let latest): "本见证方最近副署的树大小为 \(latest)"
        case .rootMismatch(let size): "树大小 \(size) 与本见证方已副署的检查点相同，根哈希却不同：日志出现分叉"
        case .inconsistent(let old, let new, let reason):
            "从树大小 \(old) 到 \(new) 的一致性证明不成立（\(reason)）：日志分叉或证明有误"
        }
    }
}

extension WitnessRefusal: CustomStringConvertible {
    public var description: String { message }
}
