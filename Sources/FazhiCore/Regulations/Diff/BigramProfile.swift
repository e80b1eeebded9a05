/// The set of character bigrams of a text, for the Dice similarity that decides whether two articles correspond.
///
/// Bigrams rather than single characters because legal Chinese reuses a small vocabulary (的, 应当, 行政机关): two
/// unrelated articles of one law share many characters but far fewer pairs. Separators are dropped before pairing,
/// so a changed comma does not change the profile.
struct BigramProfile {
    /// Sorted, without duplicates; each bigram is two normalised scalars packed into one integer.
    let bigrams: [UInt64]

    init(_ text: String) {
        var pairs: [UInt64] = []
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            let v = SearchScalar.normalised(scalar.value)
            guard SearchScalar.isWord(v) else { continue }
            if let previous { pairs.append(UInt64(previous) << 32 | UInt64(v)) }
            previous = v
        }
        pairs.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        bigrams = unique
    }

    /// Dice's coefficient 2|A∩B| / (|A|+|B|) in thousandths: 1000 for equal sets, 0 when nothing is shared (or both
    /// texts are too short to have a bigram).
    func similarity(to other: BigramProfile) -> Int {
        let total = bigrams.count + other.bigrams.count
        guard total > 0 else { return 0 }
        // Dice cannot exceed 2·min/(|A|+|B|); skip the merge when that bound already falls short of any threshold.
        if 2 * min(bigrams.count, other.bigrams.count) * 1000 < ArticleComparison.contextThreshold * total { return 0 }
        // Through buffer pointers: in a debug build every array subscript of a stored property retains the array.
        let shared = bigrams.withUnsafeBufferPointer { a in
            other.bigrams.withUnsafeBufferPointer { b in
                var i = 0
                var j = 0
                var shared = 0
                while i < a.count && j < b.count {
                    if a[i] == b[j] {
                        shared += 1
                        i += 1
                        j += 1
                    } else if a[i] < b[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return shared
            }
        }
        return 2000 * shared / total
    }
}
