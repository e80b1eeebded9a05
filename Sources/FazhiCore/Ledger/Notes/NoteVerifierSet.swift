/// The trusted keys to check notes against, looked up by key name and key ID.
public struct NoteVerifierSet: Sendable {
    private struct Key: Hashable {
        var name: String
        var keyID: UInt32
    }

    private let verifiers: [Key: [any NoteVerifier]]

    public init(_ verifiers: [any NoteVerifier]) {
        self.verifiers = Dictionary(grouping: verifiers) { Key(name: $0.name, keyID: $0.keyID) }
    }

    /// The verifier for a signature line, nil when no trusted key has that name and ID. Two trusted keys with the
    /// same name and ID make the line ambiguous, which is refused rather than guessed at.
    public func verifier(name: String, keyID: UInt32) throws(NoteError) -> (any NoteVerifier)? {
        guard let matches = verifiers[Key(name: name, keyID: keyID)] else { return nil }
        guard matches.count == 1 else { throw .ambiguousKey(name: name, keyID: keyID) }
        return matches[0]
    }
}
