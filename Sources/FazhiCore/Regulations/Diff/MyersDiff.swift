/// Myers' O((N+M)·D) difference algorithm (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986),
/// over sequences of integers: article ids for the alignment of articles, scalar values for the inline diff.
enum MyersDiff {
    enum Operation: Equatable {
        case same, insert, delete
    }

    /// A run of one operation over `count` elements.
    struct Run: Equatable {
        var operation: Operation
        var count: Int
    }

    /// The shortest edit script from `a` to `b` as runs in order (deletions before insertions where both are
    /// possible), or nil when it needs more than `maximumEdits` insertions and deletions: the trace it keeps grows as
    /// the square of the edits, so callers bound it and fall back to something coarser.
    static func runs(_ a: [UInt32], _ b: [UInt32], maximumEdits: Int) -> [Run]? {
        let n = a.count
        let m = b.count
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] holds v[-d-1 ... d+1] as it was before round d, enough to walk back from round d.
        var trace: [[Int]] = []
        // Through buffer pointers: a debug build otherwise retains an array on every subscript.
        let reachedEnd = a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                v.withUnsafeMutableBufferPointer { v in
                    for d in 0...limit {
                        trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
                        for k in stride(from: -d, through: d, by: 2) {
                            let down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                            var x = down ? v[offset + k + 1] : v[offset + k - 1] + 1
                            var y = x - k
                            while x < n && y < m && a[x] == b[y] {
                                x += 1
                                y += 1
                            }
                            v[offset + k] = x
                            if x >= n && y >= m { return true }
                        }
                    }
                    return false
                }
            }
        }
        return reachedEnd ? backtrack(trace, n: n, m: m) : nil
    }

    private static func backtrack(_ trace: [[Int]], n: Int, m: Int) -> [Run] {
        var operations: [Operation] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, to: 0, by: -1) {
            let v = trace[d]
            func at(_ k: Int) -> Int { v[k + d + 1] }
            let k = x - y
            let previousK = k == -d || (k != d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                operations.append(.same)
                x -= 1
                y -= 1
            }
            if x == previousX {
                operations.append(.insert)
                y -= 1
            } else {
                operations.append(.delete)
                x -= 1
            }
        }
        operations.append(contentsOf: repeatElement(.same, count: x))
        var runs: [Run] = []
        for operation in operations.reversed() {
            if runs.last?.operation == operation {
                runs[runs.count - 1].count += 1
            } else {
                runs.append(Run(operation: operation, count: 1))
            }
        }
        return runs
    }
}
