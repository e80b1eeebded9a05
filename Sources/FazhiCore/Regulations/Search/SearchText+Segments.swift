extension SearchText {
    /// Splits a long text into overlapping segments of at most `length` characters (Unicode scalars), consecutive
    /// segments overlapping by `overlap` characters, so that any substring of ≤ overlap+1 characters lies wholly inside
    /// at least one segment. Always at least one segment (the text itself when it is short; "" for "").
    ///
    /// PostgreSQL caps tsvector positions at 16383 and keeps only 256 positions of one lexeme; a segment of at most
    /// 4000 scalars stays under the first, and a segment also ends early, before a bigram would occur a 257th time in
    /// it, for the second (a 4000-scalar window of the Insurance Law holds "保险" 258 times).
    public static func segments(
        of text: String, length: Int = 4000, overlap: Int = LawSearchQuery.maximumTermLength - 1
    ) -> [String] {
        precondition(overlap >= 0 && length > overlap, "a segment must be longer than the overlap")
        // A cut for repeats comes after at least this many scalars, which must exceed the overlap to make progress.
        let maximumRepeats = postgresMaximumPositionsPerLexeme
        precondition(maximumRepeats > overlap)
        return UTF8Bytes.withBytes(of: text) { p in
            var starts: [Int] = []  // the byte offset of each scalar
            var values: [UInt32] = []  // its normalised value
            starts.reserveCapacity(p.count / 2)
            values.reserveCapacity(p.count / 2)
            var i = 0
            while i < p.count {
                starts.append(i)
                values.append(SearchScalar.normalised(UTF8Bytes.decode(p, &i)))
            }
            let count = values.count
            if count <= min(length, maximumRepeats) { return [text] }
            starts.append(p.count)

            var segments: [String] = []
            var counts = BigramCounter(capacity: min(length, count))
            var start = 0
            while true {
                counts.removeAll()
                var end = start
                while end < count && end - start < length {
                    if end > start, SearchScalar.isWord(values[end]), SearchScalar.isWord(values[end - 1]) {
                        let key = UInt64(values[end - 1]) << 32 | UInt64(values[end])
                        if counts.add(key) > maximumRepeats { break }
                    }
                    end += 1
                }
                let bytes = UnsafeBufferPointer(rebasing: p[starts[start]..<starts[end]])
                segments.append(String(decoding: bytes, as: UTF8.self))
                if end >= count { return segments }
                start = end - overlap
            }
        }
    }
}
