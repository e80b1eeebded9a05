/// Counts the bigrams of one segment (see `SearchText.segments`): open addressing over a power-of-two table, cleared
/// through the list of slots it used. `Dictionary`'s seeded hashing was most of the cost of segmenting the corpus.
struct BigramCounter {
    private var keys: [UInt64]  // 0 marks a free slot: a bigram of two word scalars is never 0
    private var counts: [Int32]
    private var used: [Int] = []
    private let mask: Int

    /// A counter for up to `capacity` distinct bigrams, kept at most half full.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = Array(repeating: 0, count: size)
        counts = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds one occurrence of `key` and returns how many there are now.
    @inline(__always)
    mutating func add(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            if keys[slot] == key {
                counts[slot] += 1
                return Int(counts[slot])
            }
            if keys[slot] == 0 {
                keys[slot] = key
                counts[slot] = 1
                used.append(slot)
                return 1
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func removeAll() {
        for slot in used { keys[slot] = 0 }
        used.removeAll(keepingCapacity: true)
    }
}
