import Crypto
import FazhiCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The evidence log's Ed25519 signing key: read from the operator's file, or made on first start in
/// `<data-dir>/ledger.key`.
///
/// The file holds one line, the private key in the format of golang.org/x/mod/sumdb/note
/// (`PRIVATE+KEY+<name>+<key id>+<base64>`), so that it can be made or checked with the Go tools. It is the
/// log's identity: whoever holds it can sign checkpoints in the log's name, and losing it means starting a new
/// log. So it is created with mode 0600 in one step (never readable by others, not even briefly), and a new data
/// folder is made owner-only.
public enum LedgerKeys {
    /// The signer for `source`; `origin` names a key made here (otherwise ``defaultName(for:)``).
    public static func signer(
        _ source: LedgerKeySource, origin: String?, warn: (String) -> Void = { _ in }
    ) throws -> Ed25519NoteSigner {
        switch source {
        case .ephemeral:
            return try make(origin: origin)
        case .file(let path, let create):
            if FileManager.default.fileExists(atPath: path) { return try read(path, warn: warn) }
            guard create else { throw LedgerKeyError.missing(path) }
            return try write(try make(origin: origin), to: path, warn: warn)
        }
    }

    /// The name of a key made without an origin: `fazhi.local/ledger/` and the first 8 hex digits of the SHA-256 of
    /// the public key. Derived from nothing secret, and unique per installation, so that two installations'
    /// checkpoints are never taken for the same log.
    public static func defaultName(for key: Curve25519.Signing.PublicKey) -> String {
        let digest = SHA256.hash(data: key.rawRepresentation)
        return "fazhi.local/ledger/" + digest.prefix(4).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    static func make(origin: String?) throws -> Ed25519NoteSigner {
        let key = Curve25519.Signing.PrivateKey()
        return try Ed25519NoteSigner(name: origin ?? defaultName(for: key.publicKey), privateKey: key)
    }

    static func read(_ path: String, warn: (String) -> Void) throws -> Ed25519NoteSigner {
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let signer: Ed25519NoteSigner
        do {
            signer = try Ed25519NoteSigner(skey: text)
        } catch {
            throw LedgerKeyError.unreadable(path, error.message)
        }
        if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
            mode & 0o077 != 0
        {
            warn("账本私钥 \(path) 的权限为 \(String(mode, radix: 8))，其他用户可读；请执行 chmod 600 \(path)")
        }
        return signer
    }

    /// Writes a new key with O_CREAT|O_EXCL and mode 0600; if another process made the file first, uses that one.
    static func write(_ signer: Ed25519NoteSigner, to path: String, warn: (String) -> Void) throws
        -> Ed25519NoteSigner
    {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return try read(path, warn: warn) }
            throw LedgerKeyError.unwritable(path, String(cString: strerror(errno)))
        }
        let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try file.write(contentsOf: Data((signer.skey + "\n").utf8))
            try file.synchronize()
            try file.close()
        } catch {
            throw LedgerKeyError.unwritable(path, String(describing: error))
        }
        return signer
    }
}

/// Why the log's key could not be used; the start stops with this message.
public enum LedgerKeyError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case unreadable(String, String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .missing(let path): "账本私钥文件不存在：\(path)"
        case .unreadable(let path, let reason): "无法读取账本私钥 \(path)：\(reason)"
        case .unwritable(let path, let reason): "无法写入账本私钥 \(path)：\(reason)"
        }
    }
}
