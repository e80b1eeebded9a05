/// A hash tile of a tiled transparency log (C2SP tlog-tiles): up to 256 consecutive node hashes at tree level
/// 8·``level``, served at `tile/<L>/<N>[.p/<W>]`.
///
/// Tiles let a log publish its whole Merkle tree as immutable static files that clients fetch and cache, instead of
/// answering proof requests: any proof can be rebuilt from a handful of tiles (see ``TileHashReader``).
public struct TileID: Hashable, Sendable, Comparable {
    /// Tree levels spanned by one tile: a tile holds the hashes at its base level and implies the 8 levels above.
    public static let height = 8
    /// Hashes in a full tile.
    public static let fullWidth = 256

    /// The tile level L, 0...63. Its hashes are those of complete subtrees at tree level 8·L.
    public var level: Int
    /// The tile index N within its level.
    public var index: UInt64
    /// The number of hashes, 1...256; below 256 the tile is partial (the rightmost tile of its level).
    public var width: Int

    public init(level: Int, index: UInt64, width: Int = TileID.fullWidth) {
        precondition((0...63).contains(level), "tile levels are 0...63")
        precondition((1...Self.fullWidth).contains(width), "a tile holds 1...256 hashes")
        self.level = level
        self.index = index
        self.width = width
    }

    public var isPartial: Bool { width < Self.fullWidth }

    /// The tree level of the hashes in this tile.
    public var hashLevel: Int { level * Self.height }

    /// The nodes whose hashes this tile holds, left to right.
    public var nodes: [MerkleNodeID] {
        (0..<UInt64(width)).map { MerkleNodeID(level: hashLevel, index: index * UInt64(Self.fullWidth) + $0) }
    }

    /// The path below the log's prefix, e.g. `tile/0/x001/x234/067.p/8`.
    public var path: String {
        "tile/\(level)/" + TilePath.encode(index: index) + (isPartial ? ".p/\(width)" : "")
    }

    /// Reads a hash tile path; throws for entry bundles and for anything malformed or non-canonical.
    public init(path: some StringProtocol) throws(TilePathError) {
        guard case .hashes(let tile) = try TilePath.parse(path) else { throw .notAHashTile }
        self = tile
    }

    public static func < (lhs: TileID, rhs: TileID) -> Bool {
        (lhs.level, lhs.index, lhs.width) < (rhs.level, rhs.index, rhs.width)
    }
}

/// An entry bundle (C2SP tlog-tiles "Log entries"): the entries behind one level-0 tile, served at
/// `tile/entries/<N>[.p/<W>]`.
public struct EntryBundleID: Hashable, Sendable, Comparable {
    /// The bundle index N: the bundle holds entries 256·N ..< 256·N + width.
    public var index: UInt64
    /// The number of entries, 1...256; below 256 the bundle is partial.
    public var width: Int

    public init(index: UInt64, width: Int = TileID.fullWidth) {
        precondition((1...TileID.fullWidth).contains(width), "a bundle holds 1...256 entries")
        self.index = index
        self.width = width
    }

    public var isPartial: Bool { width < TileID.fullWidth }

    /// The index of the first entry in the bundle.
    public var firstEntry: UInt64 { index * UInt64(TileID.fullWidth) }

    /// The path below the log's prefix, e.g. `tile/entries/x001/x234/067`.
    public var path: String {
        "tile/entries/" + TilePath.encode(index: index) + (isPartial ? ".p/\(width)" : "")
    }

    /// Reads an entry bundle path; throws for hash tiles and for anything malformed or non-canonical.
    public init(path: some StringProtocol) throws(TilePathError) {
        guard case .entries(let bundle) = try TilePath.parse(path) else { throw .notAnEntryBundle }
        self = bundle
    }

    public static func < (lhs: EntryBundleID, rhs: EntryBundleID) -> Bool {
        (lhs.index, lhs.width) < (rhs.index, rhs.width)
    }
}

/// What a path below a tiled log's prefix names.
public enum TileResource: Hashable, Sendable {
    case hashes(TileID)
    case entries(EntryBundleID)
}

/// Why a string is not a tile path.
public enum TilePathError: Error, Hashable, Sendable {
    /// The path does not have the shape `tile/<L or entries>/<N>[.p/<W>]`.
    case malformed
    /// The level is not a decimal 0...63 without leading zeros.
    case invalidLevel
    /// The index is not made of 3-digit elements, all but the last prefixed with `x`, or does not fit 64 bits.
    case invalidIndex
    /// The index has a leading `x000` element, so it is not the one canonical spelling of that number.
    case nonCanonicalIndex
    /// The partial width is not a decimal 1...255 without leading zeros.
    case invalidWidth
    /// The path names an entry bundle where a hash tile was expected.
    case notAHashTile
    /// The path names a hash tile where an entry bundle was expected.
    case notAnEntryBundle

    public var message: String {
        switch self {
        case .malformed: "不是瓦片路径"
        case .invalidLevel: "瓦片层级无效"
        case .invalidIndex: "瓦片序号无效"
        case .nonCanonicalIndex: "瓦片序号不是规范写法"
        case .invalidWidth: "部分瓦片宽度无效"
        case .notAHashTile: "路径指向条目包，而非哈希瓦片"
        case .notAnEntryBundle: "路径指向哈希瓦片，而非条目包"
        }
    }
}

extension TilePathError: CustomStringConvertible {
    public var description: String { message }
}

/// The path encoding of C2SP tlog-tiles.
public enum TilePath {
    /// Encodes a tile index as zero-padded 3-digit path elements, all but the last prefixed with `x`:
    /// 1234067 → `x001/x234/067`, 5 → `005`. This keeps every directory of a file-system copy small and never
    /// makes a name both a file and a directory.
    public static func encode(index: UInt64) -> String {
        var groups: [UInt64] = []
        var rest = index
        repeat {
            groups.append(rest % 1000)
            rest /= 1000
        } while rest > 0
        var elements: [String] = []
        for (position, group) in groups.reversed().enumerated() {
            let digits = String(group)
            let padded = String(repeating: "0", count: 3 - digits.count) + digits
            elements.append(position == groups.count - 1 ? padded : "x" + padded)
        }
        return elements.joined(separator: "/")
    }

    /// Parses a path below the log's prefix, such as `tile/1/x001/234.p/17` or `tile/entries/000`.
    ///
    /// Only the one canonical spelling of each resource is accepted, so that a cache or a file-system mirror never
    /// holds the same tile under two names.
    public static func parse(_ path: some StringProtocol) throws(TilePathError) -> TileResource {
        let elements = String(path).split(separator: "/", omittingEmptySubsequences: false)
        guard elements.count >= 3, elements[0] == "tile" else { throw .malformed }
        var indexElements = Array(elements[2...])
        var width = TileID.fullWidth
        if indexElements.count >= 2, indexElements[indexElements.count - 2].hasSuffix(".p") {
            width = try parseWidth(indexElements.removeLast())
            indexElements[indexElements.count - 1] = indexElements[indexElements.count - 1].dropLast(2)
        }
        let index = try parseIndex(indexElements)
        if elements[1] == "entries" { return .entries(EntryBundleID(index: index, width: width)) }
        return .hashes(TileID(level: try parseLevel(elements[1]), index: index, width: width))
    }

    private static func parseLevel(_ text: Substring) throws(TilePathError) -> Int {
        guard let level = canonicalDecimal(text), level <= 63 else { throw .invalidLevel }
        return Int(level)
    }

    private static func parseWidth(_ text: Substring) throws(TilePathError) -> Int {
        guard let width = canonicalDecimal(text), (1...255).contains(width) else { throw .invalidWidth }
        return Int(width)
    }

    private static func parseIndex(_ elements: [Substring]) throws(TilePathError) -> UInt64 {
        guard !elements.isEmpty else { throw .malformed }
        var index: UInt64 = 0
        for (position, element) in elements.enumerated() {
            var digits = Substring(element)
            if position < elements.count - 1 {
                guard digits.first == "x" else { throw .invalidIndex }
                digits = digits.dropFirst()
            }
            guard digits.utf8.count == 3, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                let group = UInt64(digits)
            else { throw .invalidIndex }
            if position == 0, elements.count > 1, group == 0 { throw .nonCanonicalIndex }
            let (scaled, overflow) = index.multipliedReportingOverflow(by: 1000)
            let (sum, carry) = scaled.addingReportingOverflow(group)
            guard !overflow, !carry else { throw .invalidIndex }
            index = sum
        }
        return index
    }

    /// A decimal number with no sign and no leading zeros ("0" itself is fine), small enough for a level or width.
    private static func canonicalDecimal(_ text: Substring) -> UInt64? {
        guard !text.isEmpty, text.utf8.count <= 3, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            text == "0" || text.first != "0"
        else { return nil }
        return UInt64(text)
    }
}
