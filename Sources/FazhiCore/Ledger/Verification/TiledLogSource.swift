/// Where a verifier reads a tiled log (C2SP tlog-tiles): over HTTP, from a directory written by `fazhi ledger
/// export`, or from memory in tests. Only the fetching is abstract; everything read is untrusted and checked
/// against a signed checkpoint.
public struct TiledLogSource: Sendable {
    /// Reads the resource at `path` below the log's prefix (`checkpoint`, `tile/0/000`, …); nil when it does not
    /// exist.
    public let fetch: @Sendable (String) async throws -> [UInt8]?
    /// Where the log is, for messages.
    public let location: String

    public init(location: String, fetch: @escaping @Sendable (String) async throws -> [UInt8]?) {
        self.location = location
        self.fetch = fetch
    }

    /// The resource at `path`, or an error naming what is missing.
    public func require(_ path: String) async throws -> [UInt8] {
        guard let bytes = try await fetch(path) else { throw TiledLogSourceError.missing(path: path, in: location) }
        return bytes
    }

    /// Fetches the tiles holding `nodes` in a tree of `treeSize` and returns a reader over them. A full tile is
    /// used in place of a partial one when the partial tile is gone, as C2SP tlog-tiles allows.
    public func hashReader(treeSize: UInt64, nodes: [MerkleNodeID]) async throws -> TileHashReader {
        var reader = TileHashReader(treeSize: treeSize)
        for tile in try TileLayout.tiles(holding: nodes, treeSize: treeSize) {
            if let bytes = try await fetch(tile.path) {
                try reader.add(tile, bytes: bytes)
            } else if tile.isPartial, let full = try await fetch(TileID(level: tile.level, index: tile.index).path) {
                try reader.add(TileID(level: tile.level, index: tile.index), bytes: full)
            } else {
                throw TiledLogSourceError.missing(path: tile.path, in: location)
            }
        }
        return reader
    }
}

/// A resource a verifier needed and could not read.
public enum TiledLogSourceError: Error, Hashable, Sendable {
    case missing(path: String, in: String)

    public var message: String {
        switch self {
        case .missing(let path, let location): "无法读取 \(location) 的 \(path)"
        }
    }
}

extension TiledLogSourceError: CustomStringConvertible {
    public var description: String { message }
}
