import Foundation

// Foundation's `localizedDescription` shows these errors' Chinese messages, as the rest of Fazhi's errors do.

extension MerkleProofError: LocalizedError {
    public var errorDescription: String? { message }
}

extension TilePathError: LocalizedError {
    public var errorDescription: String? { message }
}

extension TileError: LocalizedError {
    public var errorDescription: String? { message }
}

extension NoteKeyError: LocalizedError {
    public var errorDescription: String? { message }
}

extension NoteError: LocalizedError {
    public var errorDescription: String? { message }
}

extension CheckpointError: LocalizedError {
    public var errorDescription: String? { message }
}

extension CanonicalJSONError: LocalizedError {
    public var errorDescription: String? { message }
}

extension JSONParseError: LocalizedError {
    public var errorDescription: String? { message }
}

extension ReceiptError: LocalizedError {
    public var errorDescription: String? { message }
}
