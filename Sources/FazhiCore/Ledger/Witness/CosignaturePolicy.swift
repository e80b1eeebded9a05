/// What a verifier requires of a checkpoint's witnesses: cosignatures (cosignature/v1) by at least `quorum` of the
/// trusted `witnesses`. A checkpoint that meets it was seen, and found consistent with their earlier views, by that
/// many independent parties, so a log cannot show it to this verifier while showing another tree to others.
public struct CosignaturePolicy: Sendable {
    public var witnesses: [CosignatureV1Verifier]
    public var quorum: Int

    /// - Parameter quorum: default all of `witnesses`.
    public init(witnesses: [CosignatureV1Verifier], quorum: Int? = nil) {
        self.witnesses = witnesses
        self.quorum = quorum ?? witnesses.count
    }

    /// The step that reports which trusted witnesses cosigned `note`, failed when fewer than the quorum did or a
    /// line claiming to be a trusted witness's does not verify.
    public func check(_ note: String) -> VerificationStep {
        let title = "见证副署"
        let verified: VerifiedNote
        do {
            verified = try SignedNote(parsing: note).verify(using: NoteVerifierSet(witnesses))
        } catch .noTrustedSignature {
            return .failed(title, "没有受信任见证方的副署（需要 \(quorum) 个）")
        } catch {
            return .failed(title, error.message)
        }
        let names = verified.verifiedSignatures.map { signature in
            let time = Cosignature.timestamp(of: signature).map { "，副署时间 \(Self.utc($0))" } ?? ""
            return signature.name + time
        }
        let detail = "\(names.count) 个受信任见证方副署（需要 \(quorum) 个）：" + names.joined(separator: "；")
        return names.count >= quorum ? .passed(title, detail) : .failed(title, detail)
    }

    /// POSIX seconds as an ISO 8601 UTC time, without Foundation.
    static func utc(_ seconds: UInt64) -> String {
        let date = CivilDate(dayNumber: Int(seconds / 86_400))
        let rest = seconds % 86_400
        func two(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date) \(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60)) UTC"
    }
}
