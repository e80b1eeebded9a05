/// The byte format of entry bundles (C2SP tlog-tiles, "Log entries"): each entry as a big-endian uint16 length
/// followed by that many bytes, concatenated.
public enum EntryBundle {
    /// The longest entry a bundle can hold.
    public static let maximumEntrySize = Int(UInt16.max)

    /// Serialises entries into a bundle.
    public static func encode(_ entries: [[UInt8]]) throws(TileError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.reduce(0) { $0 + 2 + $1.count })
        for (index, entry) in entries.enumerated() {
            guard entry.count <= maximumEntrySize else { throw .entryTooLarge(index: index, bytes: entry.count) }
            bytes.append(UInt8(entry.count >> 8))
            bytes.append(UInt8(entry.count & 0xFF))
            bytes.append(contentsOf: entry)
        }
        return bytes
    }

    /// Reads a bundle. With `bundle` given, the number of entries must match its width.
    public static func decode(_ bytes: [UInt8], as bundle: EntryBundleID? = nil) throws(TileError) -> [[UInt8]] {
        var entries: [[UInt8]] = []
        var position = 0
        while position < bytes.count {
            guard position + 2 <= bytes.count else { throw .truncatedEntryBundle }
            let length = Int(bytes[position]) << 8 | Int(bytes[position + 1])
            position += 2
            guard position + length <= bytes.count else { throw .truncatedEntryBundle }
            entries.append(Array(bytes[position..<(position + length)]))
            position += length
        }
        if let bundle, entries.count != bundle.width {
            throw .wrongEntryCount(expected: bundle.width, got: entries.count)
        }
        return entries
    }

    /// The leaf hashes of a bundle's entries: what its level-0 tile must hold.
    public static func leafHashes(of entries: [[UInt8]]) -> [MerkleHash] {
        entries.map { MerkleHash.leaf($0) }
    }
}
