/// A witness a log asks for cosignatures: its submission URL prefix and its cosigner key.
public struct WitnessEndpoint: Sendable, Hashable {
    /// The submission prefix; requests go to `<url>/add-checkpoint`.
    public var url: String
    public var verifier: CosignatureV1Verifier

    public init(url: String, verifier: CosignatureV1Verifier) {
        self.url = url.hasSuffix("/") ? String(url.dropLast()) : url
        self.verifier = verifier
    }

    /// A witness given in configuration as `<url> <vkey>`.
    public init(parsing text: String) throws(WitnessConfigurationError) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].hasPrefix("http://") || parts[0].hasPrefix("https://") else {
            throw .malformed(text)
        }
        do {
            self.init(url: String(parts[0]), verifier: try CosignatureV1Verifier(vkey: parts[1]))
        } catch {
            throw .badKey(text, error.message)
        }
    }

    public var name: String { verifier.name }
}

/// Why a witness setting was refused.
public enum WitnessConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case malformed(String)
    case badKey(String, String)

    public var description: String {
        switch self {
        case .malformed(let text): "见证方应写作「<网址> <副署公钥>」：\(text)"
        case .badKey(let text, let reason): "见证方的副署公钥无效（\(reason)）：\(text)"
        }
    }
}

/// An HTTP POST, as the collector needs it: injected so that the protocol logic stays in the core, free of I/O.
public protocol WitnessTransport: Sendable {
    func post(url: String, body: [UInt8]) async throws -> WitnessResponse
}

public struct WitnessResponse: Sendable {
    public var status: Int
    public var contentType: String?
    public var body: [UInt8]

    public init(status: Int, contentType: String?, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

/// What the witnesses said about one checkpoint.
public struct WitnessCollection: Sendable {
    /// The verified cosignatures, one per witness that cosigned.
    public var cosignatures: [NoteSignature]
    /// The witnesses that did not cosign, with the reason.
    public var refusals: [(witness: String, reason: String)]
    public var quorum: Int

    public var quorumMet: Bool { cosignatures.count >= quorum }
}

/// The log side of C2SP tlog-witness: sends a new checkpoint with a consistency proof to every configured witness
/// at once and collects the cosignatures that verify.
///
/// It remembers the size each witness last cosigned. When it does not know (after a restart) it sends old size 0;
/// the witness answers 409 with its size, and the request is made again with a proof from that size.
public actor WitnessCollector {
    public nonisolated let witnesses: [WitnessEndpoint]
    /// How many cosignatures a checkpoint needs before it is published (k of n).
    public nonisolated let quorum: Int
    private let transport: any WitnessTransport
    private var lastCosigned: [String: UInt64] = [:]

    public init(witnesses: [WitnessEndpoint], quorum: Int, transport: any WitnessTransport) {
        self.witnesses = witnesses
        self.quorum = quorum
        self.transport = transport
    }

    /// Asks every witness to cosign `note`, the log-signed checkpoint `checkpoint`.
    /// - Parameter proof: the consistency proof from an older tree size to the checkpoint's.
    public func collect(
        note: SignedNote, checkpoint: Checkpoint,
        proof: @escaping @Sendable (UInt64) async throws -> [MerkleHash]
    ) async -> WitnessCollection {
        let outcomes = await Self.askAll(
            witnesses, note: note, checkpoint: checkpoint, known: lastCosigned, proof: proof, transport: transport)
        var collection = WitnessCollection(cosignatures: [], refusals: [], quorum: quorum)
        for (witness, result, signature) in outcomes.sorted(by: { $0.0.url < $1.0.url }) {
            switch result {
            case .success(let size):
                lastCosigned[witness.url] = size
                if let signature { collection.cosignatures.append(signature) }
            case .failure(let failure):
                if let size = failure.witnessSize { lastCosigned[witness.url] = size }
                collection.refusals.append((witness.name, failure.reason))
            }
        }
        return collection
    }

    private typealias Outcome = (
        witness: WitnessEndpoint, result: Result<UInt64, WitnessFailure>, signature: NoteSignature?
    )

    /// Every witness at once.
    private static func askAll(
        _ witnesses: [WitnessEndpoint], note: SignedNote, checkpoint: Checkpoint, known: [String: UInt64],
        proof: @escaping @Sendable (UInt64) async throws -> [MerkleHash], transport: any WitnessTransport
    ) async -> [Outcome] {
        await withTaskGroup(of: Outcome.self) { group in
            for witness in witnesses {
                group.addTask {
                    do {
                        let (size, signature) = try await ask(
                            witness, note: note, checkpoint: checkpoint, knownSize: known[witness.url] ?? 0,
                            proof: proof, transport: transport)
                        return (witness, .success(size), signature)
                    } catch let failure as WitnessFailure {
                        return (witness, .failure(failure), nil)
                    } catch {
                        return (witness, .failure(WitnessFailure(String(describing: error))), nil)
                    }
                }
            }
            var outcomes: [Outcome] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
    }

    /// One witness: at most three requests (a retry after learning its size, and one more should it move
    /// meanwhile). Returns the size now cosigned and the verified cosignature.
    private static func ask(
        _ witness: WitnessEndpoint, note: SignedNote, checkpoint: Checkpoint, knownSize: UInt64,
        proof: @Sendable (UInt64) async throws -> [MerkleHash], transport: any WitnessTransport
    ) async throws -> (UInt64, NoteSignature) {
        var oldSize = knownSize
        for _ in 0..<3 {
            guard oldSize <= checkpoint.size else {
                throw WitnessFailure(
                    "见证方已副署过更大的树（\(oldSize)），大于本检查点（\(checkpoint.size)）：日志可能被回滚或分叉", witnessSize: oldSize)
            }
            let hashes = oldSize == 0 || oldSize == checkpoint.size ? [] : try await proof(oldSize)
            let request = AddCheckpointRequest(oldSize: oldSize, proof: hashes, checkpointNote: note.serialized)
            let response = try await transport.post(
                url: witness.url + "/add-checkpoint", body: Array(request.body.utf8))
            switch response.status {
            case 200:
                return (checkpoint.size, try cosignature(in: response.body, of: note, by: witness))
            case 409 where response.contentType?.hasPrefix(WitnessRefusal.sizeContentType) == true:
                let text = String(decoding: response.body, as: UTF8.self)
                guard let size = Checkpoint.treeSize(text.trimmingTrailingNewline()) else {
                    throw WitnessFailure("HTTP 409，但树大小无法读取：\(text.prefix(80))")
                }
                oldSize = size
            default:
                let text = String(decoding: response.body.prefix(500), as: UTF8.self)
                throw WitnessFailure("HTTP \(response.status)：\(text.trimmingTrailingNewline())")
            }
        }
        throw WitnessFailure("见证方的树大小一再变化，放弃本次请求", witnessSize: oldSize)
    }

    /// The witness's cosignature among the response's signature lines, verified against its key; lines from other
    /// keys are ignored, as the spec requires.
    private static func cosignature(
        in body: [UInt8], of note: SignedNote, by witness: WitnessEndpoint
    ) throws -> NoteSignature {
        let cosigned: VerifiedNote
        do {
            cosigned = try SignedNote(parsing: Array(note.text.utf8) + [0x0A] + body)
                .verify(using: NoteVerifierSet([witness.verifier]))
        } catch {
            throw WitnessFailure("应答中没有有效的副署签名：\(error.message)")
        }
        guard let signature = cosigned.verifiedSignatures.first else { throw WitnessFailure("应答中没有副署签名") }
        return signature
    }
}

/// A witness that did not cosign; `witnessSize` is the size it reported, when it did.
struct WitnessFailure: Error {
    var reason: String
    var witnessSize: UInt64?

    init(_ reason: String, witnessSize: UInt64? = nil) {
        self.reason = reason
        self.witnessSize = witnessSize
    }
}

extension String {
    fileprivate func trimmingTrailingNewline() -> Substring {
        var text = Substring(self)
        while text.last == "\n" || text.last == "\r" { text = text.dropLast() }
        return text
    }
}
