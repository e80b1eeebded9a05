extension ArticleAlignment {
    /// Pairs the old and new articles of one gap in order, maximising the summed similarity of the pairs (an LCS in
    /// which two articles match when similar enough); unpaired articles become removed and added steps.
    func gapSteps(_ olds: [Int], _ news: [Int]) -> [Step] {
        if olds.isEmpty || news.isEmpty { return olds.map { .removed($0) } + news.map { .added($0) } }
        let k = olds.count
        let m = news.count
        let threshold = k == 1 && m == 1 ? ArticleComparison.contextThreshold : ArticleComparison.threshold
        // Past the limit, compare only pairs near the line from the gap's start to its end.
        let band =
            k * m > ArticleComparison.pairLimit ? max(16, ArticleComparison.pairLimit / (2 * max(k, m))) : Int.max
        func similarity(_ i: Int, _ j: Int) -> Int {
            if band != Int.max, abs(i * m / k - j) > band { return 0 }
            let s = oldProfiles[olds[i]]!.similarity(to: newProfiles[news[j]]!)
            return s >= threshold ? s : 0
        }
        let pairs = Self.bestPairs(k, m, similarity: similarity)
        var steps: [Step] = []
        var nextOld = 0
        var nextNew = 0
        for (i, j) in pairs {
            steps += olds[nextOld..<i].map { .removed($0) } + news[nextNew..<j].map { .added($0) }
            steps.append(.pair(old: olds[i], new: news[j], moved: false))
            nextOld = i + 1
            nextNew = j + 1
        }
        return steps + olds[nextOld...].map { .removed($0) } + news[nextNew...].map { .added($0) }
    }

    /// The pairs (i, j), in order, that maximise the summed similarity among the first k old and m new articles of a
    /// gap: the dynamic programme of the longest common subsequence, with a similarity of 0 meaning "no match".
    static func bestPairs(_ k: Int, _ m: Int, similarity: (Int, Int) -> Int) -> [(Int, Int)] {
        // score[i * (m + 1) + j]: the best sum over the first i old and j new articles.
        var table = [Int32](repeating: 0, count: (k + 1) * (m + 1))
        return table.withUnsafeMutableBufferPointer { score in
            let row = m + 1
            for i in 1...k {
                for j in 1...m {
                    var best = max(score[(i - 1) * row + j], score[i * row + j - 1])
                    let s = similarity(i - 1, j - 1)
                    if s > 0 { best = max(best, score[(i - 1) * row + j - 1] + Int32(s)) }
                    score[i * row + j] = best
                }
            }
            var pairs: [(Int, Int)] = []
            var i = k
            var j = m
            while i > 0 && j > 0 {
                if score[i * row + j] == score[(i - 1) * row + j] {
                    i -= 1
                } else if score[i * row + j] == score[i * row + j - 1] {
                    j -= 1
                } else {
                    pairs.append((i - 1, j - 1))
                    i -= 1
                    j -= 1
                }
            }
            return pairs.reversed()
        }
    }

    /// Pairs removed and added articles anywhere in the document: identical texts first, then the most similar pairs
    /// first. The pair takes the added article's place (the new version's order) and the removed row goes.
    func pairMoved(_ steps: [Step]) -> [Step] {
        var removed: [Int: Int] = [:]  // old article → its step
        var added: [Int: Int] = [:]  // new article → its step
        for (index, step) in steps.enumerated() {
            if case .removed(let o) = step { removed[o] = index }
            if case .added(let n) = step { added[n] = index }
        }
        guard !removed.isEmpty, !added.isEmpty else { return steps }
        var matches: [(old: Int, new: Int)] = []
        var addedByText: [ArticleKey: [Int]] = [:]
        for n in added.keys.sorted() { addedByText[ArticleKey(new[n]), default: []].append(n) }
        for o in removed.keys.sorted() {
            let key = ArticleKey(old[o])
            if let n = addedByText[key]?.first {
                addedByText[key]!.removeFirst()
                matches.append((o, n))
            }
        }
        let pairedOld = Set(matches.map(\.old))
        let pairedNew = Set(matches.map(\.new))
        let restOld = removed.keys.filter { !pairedOld.contains($0) }.sorted()
        let restNew = added.keys.filter { !pairedNew.contains($0) }.sorted()
        if restOld.count * restNew.count <= ArticleComparison.pairLimit {
            var candidates: [(similarity: Int, old: Int, new: Int)] = []
            for o in restOld {
                for n in restNew {
                    let s = oldProfiles[o]!.similarity(to: newProfiles[n]!)
                    if s >= ArticleComparison.threshold { candidates.append((s, o, n)) }
                }
            }
            candidates.sort { ($0.similarity, $1.old, $1.new) > ($1.similarity, $0.old, $0.new) }
            var usedOld: Set<Int> = []
            var usedNew: Set<Int> = []
            for c in candidates where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
                usedOld.insert(c.old)
                usedNew.insert(c.new)
                matches.append((c.old, c.new))
            }
        }
        var result = steps
        var dropped: Set<Int> = []
        for match in matches {
            result[added[match.new]!] = .pair(old: match.old, new: match.new, moved: true)
            dropped.insert(removed[match.old]!)
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
}
