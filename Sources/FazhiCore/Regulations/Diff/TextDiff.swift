/// The inline character diff of two versions of one article.
enum TextDiff {
    /// Myers keeps a trace that grows as the square of the edits; two articles that differ in more characters than
    /// this are shown as the old text deleted and the new one inserted, which is what such a diff would read like.
    static let maximumEdits = 2000

    static func changes(from old: String, to new: String) -> [TextChange] {
        let a = Array(old.unicodeScalars)
        let b = Array(new.unicodeScalars)
        // The common ends cost Myers nothing to find but cost its trace memory; most amendments touch a few words.
        var prefix = 0
        while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let oldMiddle = a[prefix..<a.count - suffix]
        let newMiddle = b[prefix..<b.count - suffix]
        let runs =
            MyersDiff.runs(oldMiddle.map(\.value), newMiddle.map(\.value), maximumEdits: maximumEdits)
            ?? [.init(operation: .delete, count: oldMiddle.count), .init(operation: .insert, count: newMiddle.count)]

        var blocks: [DiffBlock] = []
        if prefix > 0 { blocks.append(.same(a[0..<prefix])) }
        var o = prefix
        var n = prefix
        for run in runs where run.count > 0 {
            switch run.operation {
            case .same:
                blocks.append(.same(a[o..<o + run.count]))
                o += run.count
                n += run.count
            case .delete:
                blocks.appendEdit(deleted: a[o..<o + run.count], inserted: [])
                o += run.count
            case .insert:
                blocks.appendEdit(deleted: [], inserted: b[n..<n + run.count])
                n += run.count
            }
        }
        if suffix > 0 { blocks.append(.same(a[(a.count - suffix)...])) }
        return DiffBlock.semanticCleanup(blocks).flatMap(\.changes)
    }
}

/// A stretch of a character diff: kept text, or one edit (what was deleted and what was inserted in its place).
enum DiffBlock {
    case same(ArraySlice<Unicode.Scalar>)
    case edit(deleted: [Unicode.Scalar], inserted: [Unicode.Scalar])

    /// Folds into the edits around it every kept stretch no longer than the edits on either side: a character diff
    /// of Chinese otherwise keeps every shared 的 or 法 and shreds a rewritten phrase into pieces that no one can
    /// read. This is the rule of diff-match-patch's cleanupSemantic (N. Fraser).
    static func semanticCleanup(_ input: [DiffBlock]) -> [DiffBlock] {
        var blocks = input
        var i = 1
        while i < blocks.count - 1 {
            if case .same(let kept) = blocks[i], case .edit(let d1, let i1) = blocks[i - 1],
                case .edit(let d2, let i2) = blocks[i + 1],
                kept.count <= max(d1.count, i1.count) && kept.count <= max(d2.count, i2.count)
            {
                blocks.replaceSubrange(
                    (i - 1)...(i + 1), with: [.edit(deleted: d1 + kept + d2, inserted: i1 + kept + i2)])
                i = max(1, i - 1)
            } else {
                i += 1
            }
        }
        return blocks
    }

    var changes: [TextChange] {
        func text(_ scalars: some Sequence<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }
        switch self {
        case .same(let kept):
            return [TextChange(.same, text(kept))]
        case .edit(let deleted, let inserted):
            return (deleted.isEmpty ? [] : [TextChange(.deleted, text(deleted))])
                + (inserted.isEmpty ? [] : [TextChange(.inserted, text(inserted))])
        }
    }
}

extension [DiffBlock] {
    /// Adds to the edit at the end, or starts one: deletions and insertions between two kept stretches form one edit.
    mutating func appendEdit(deleted: ArraySlice<Unicode.Scalar>, inserted: ArraySlice<Unicode.Scalar>) {
        if case .edit(let d, let i) = last {
            self[count - 1] = .edit(deleted: d + deleted, inserted: i + inserted)
        } else {
            append(.edit(deleted: [Unicode.Scalar](deleted), inserted: [Unicode.Scalar](inserted)))
        }
    }
}
