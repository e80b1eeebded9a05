/// Which old article corresponds to which new one (see `ArticleComparison` for the method).
struct ArticleAlignment {
    enum Step: Equatable {
        case pair(old: Int, new: Int, moved: Bool)
        case removed(Int)
        case added(Int)
    }

    let old: [String]
    let new: [String]
    /// Bigram profiles of the articles left in gaps, the only ones compared by similarity: most articles of a
    /// revised law are unchanged, and profiling all of them was most of the time of a comparison.
    private(set) var oldProfiles: [BigramProfile?]
    private(set) var newProfiles: [BigramProfile?]

    init(old: [String], new: [String]) {
        self.old = old
        self.new = new
        oldProfiles = Array(repeating: nil, count: old.count)
        newProfiles = Array(repeating: nil, count: new.count)
    }

    /// The steps in the new version's order: pairs, and removed and added articles where they stand.
    mutating func steps() -> [Step] {
        var parts: [(same: Int, gapOld: [Int], gapNew: [Int])] = []  // a gap, then a run of identical articles
        var gapOld: [Int] = []
        var gapNew: [Int] = []
        var o = 0
        var n = 0
        for run in exactRuns() {
            switch run.operation {
            case .same:
                parts.append((run.count, gapOld, gapNew))
                gapOld = []
                gapNew = []
                o += run.count
                n += run.count
            case .delete:
                gapOld += o..<o + run.count
                o += run.count
            case .insert:
                gapNew += n..<n + run.count
                n += run.count
            }
        }
        parts.append((0, gapOld, gapNew))
        for part in parts {
            for i in part.gapOld { oldProfiles[i] = BigramProfile(old[i]) }
            for j in part.gapNew { newProfiles[j] = BigramProfile(new[j]) }
        }
        var steps: [Step] = []
        o = 0
        n = 0
        for part in parts {
            steps += gapSteps(part.gapOld, part.gapNew)
            o += part.gapOld.count
            n += part.gapNew.count
            for _ in 0..<part.same {
                steps.append(.pair(old: o, new: n, moved: false))
                o += 1
                n += 1
            }
        }
        return pairMoved(steps)
    }

    /// Myers' alignment of the articles whose texts are identical.
    private func exactRuns() -> [MyersDiff.Run] {
        var ids: [ArticleKey: UInt32] = [:]
        func id(_ text: String) -> UInt32 {
            let key = ArticleKey(text)
            if let known = ids[key] { return known }
            ids[key] = UInt32(ids.count)
            return UInt32(ids.count - 1)
        }
        let oldIDs = old.map(id)
        let newIDs = new.map(id)
        // Never nil: the bound is the longest possible script.
        return MyersDiff.runs(oldIDs, newIDs, maximumEdits: old.count + new.count)!
    }
}

/// What decides "identical": the text without the whitespace around it, compared by its UTF-8. `String`'s own
/// hashing and equality go through Unicode normalisation, which is slow for Chinese and not wanted here: the
/// comparison shows every changed code point.
struct ArticleKey: Hashable {
    private let text: Substring
    private let hash: Int

    init(_ text: String) {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start && scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        self.text = text[start..<end]
        var hasher = Hasher()
        Self.withBytes(of: self.text) { hasher.combine(bytes: $0) }
        hash = hasher.finalize()
    }

    static func == (a: ArticleKey, b: ArticleKey) -> Bool {
        guard a.hash == b.hash, a.text.utf8.count == b.text.utf8.count else { return false }
        return withBytes(of: a.text) { x in withBytes(of: b.text) { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// The bytes of a substring of a native string, which are contiguous; a copy for a bridged one.
    private static func withBytes<R>(of text: Substring, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBytes(body)
    }
}
