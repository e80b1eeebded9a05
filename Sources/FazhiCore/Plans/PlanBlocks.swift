/// A numbered heading with the paragraphs up to the next one, before the tree is built.
struct PlanBlock {
    /// nil for a paragraph promoted to an item because its number was missing.
    var marker: PlanMarker?
    var style: PlanMarkerStyle
    /// The number after repair.
    var number: Int
    var line: Int
    /// The heading's text after the marker.
    var head: String
    var body: [PlanParagraph] = []
    /// Paragraphs that are a unit clause of their own (「责任单位：…」).
    var clauses: [PlanParagraph] = []
    /// Paragraphs after a unit clause closed the block: candidates for an unnumbered item, or the closing.
    var trailing: [PlanParagraph] = []
    /// A unit clause ended the block's text: what follows is not part of it.
    var closed = false
    /// The heading, and the last paragraph of the body, split at a trailing unit clause (computed once: the
    /// numbering repairs and the tree builder both ask).
    private(set) var headSplit: (body: String, clause: String)?
    private(set) var lastSplit: (body: String, clause: String)?

    init(marker: PlanMarker?, style: PlanMarkerStyle, line: Int, head: String) {
        self.marker = marker
        self.style = style
        self.number = marker?.number ?? 0
        self.line = line
        self.head = head
        self.headSplit = PlanUnitClause.splitTrailing(head)
        self.closed = headSplit != nil
    }

    /// Adds a paragraph that follows the heading.
    mutating func add(_ p: PlanParagraph, scalars: [Unicode.Scalar]) {
        if PlanUnitClause.isClause(scalars) {
            clauses.append(p)
            closed = true
        } else if closed {
            trailing.append(p)
        } else {
            body.append(p)
            lastSplit = PlanUnitClause.splitTrailing(p.text)
            if lastSplit != nil { closed = true }
        }
    }

    /// Removes the last paragraphs of the body (they became items of their own, or the closing).
    mutating func removeLastFromBody(_ count: Int) {
        body.removeLast(count)
        lastSplit = body.last.flatMap { PlanUnitClause.splitTrailing($0.text) }
    }

    var hasUnits: Bool {
        !clauses.isEmpty || (body.isEmpty ? headSplit != nil : lastSplit != nil)
    }
}

/// The blocks of the plan's body in order (PlanBlocks), with the numbering repairs.
struct PlanBlocks {
    private(set) var blocks: [PlanBlock] = []

    init(paragraphs: ArraySlice<PlanLine>) {
        for p in paragraphs {
            if let marker = p.marker, !marker.separatorMissing || blocks.last?.style == .arabic {
                let head = String(scalars: p.scalars[marker.textStart...])
                blocks.append(PlanBlock(marker: marker, style: marker.style, line: p.line, head: head))
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].add(p.paragraph, scalars: p.scalars)
            }
        }
    }

    /// The paragraphs after the plan's last heading that are not part of it: those after its unit clause, and
    /// from the first that opens like a closing (「总之」, 「本方案自…」, 「各地各有关部门…」) or is a web page's
    /// furniture (「扫一扫在手机上查看当前页面」).
    mutating func takeClosing() -> [PlanParagraph] {
        guard var last = blocks.popLast() else { return [] }
        defer { blocks.append(last) }
        var closing = last.trailing
        last.trailing = []
        let openers = [
            "总之", "综上", "本方案", "本意见", "本实施", "本要点", "本计划", "本通知", "本办法", "本规划", "各地各", "各地区各", "各级各",
            "扫一扫", "打印本页", "关闭窗口", "【", "来源：", "责任编辑", "分享到",
        ]
        if let start = last.body.indices.dropFirst().first(where: { i in
            openers.contains(where: last.body[i].text.hasPrefix)
        }) {
            closing = Array(last.body[start...]) + closing
            last.removeLastFromBody(last.body.count - start)
        }
        return closing
    }
}

extension PlanBlocks {
    private enum Mode { case restart, runOn }

    private struct Key: Hashable {
        var parent: Int
        var style: PlanMarkerStyle
    }

    /// Gives every block the number its place calls for and reports each change.
    ///
    /// Numbers restart under each parent or run on across parents (both occur); which one is learnt from the
    /// first child of the second parent. A printed number that differs from the expected one is
    /// - missing, when as many unnumbered paragraphs as the gap stand before it (an unnumbered first item):
    ///   they become items, each reported;
    /// - a gap, when the next number follows it (1, 2, 4, 5): kept, reported, since an item may have been lost;
    /// - a shift, when it is lower and the next follows it (1, 2, 3, 3, 4): renumbered from there on, reported once;
    /// - wrong, when it stands alone (10, 「1」, 12): replaced, reported.
    mutating func repairNumbering(warnings: inout [PlanWarning]) {
        let unitHeavy = Dictionary(grouping: blocks, by: \.style).mapValues { group in
            group.filter(\.hasUnits).count * 2 >= group.count
        }
        var out: [PlanBlock] = []
        var stack: [Int] = []
        var lastInParent: [Key: Int] = [:]
        var lastGlobal: [PlanMarkerStyle: Int] = [:]
        var mode: [PlanMarkerStyle: Mode] = [:]
        var offset: [PlanMarkerStyle: Int] = [:]
        for (index, original) in blocks.enumerated() {
            var block = original
            let style = block.style
            while let top = stack.last, out[top].style >= style { stack.removeLast() }
            let parent = stack.last ?? -1
            let key = Key(parent: parent, style: style)
            let printed = block.marker?.number
            var expected: Int
            if let last = lastInParent[key] {
                expected = last + 1
            } else {
                let previous = lastGlobal[style] ?? 0
                if previous > 0, mode[style] == nil, let printed {
                    mode[style] =
                        printed == 1 ? .restart : printed == previous + 1 || printed > previous ? .runOn : .restart
                }
                expected = previous > 0 && mode[style] == .runOn ? previous + 1 : 1
                if mode[style] != .runOn { offset[style] = 0 }
            }
            // Unnumbered paragraphs standing where the missing numbers belong become items, provided the next
            // number confirms the printed one (otherwise the printed one is wrong, not the paragraphs unnumbered).
            let next = nextPrinted(after: index, style: style, crossingParents: mode[style] != .restart)
            if let printed, printed + offset[style, default: 0] > expected, next == nil || next == printed + 1,
                let source = out.indices.last
            {
                let wanted = printed + offset[style, default: 0] - expected
                let unnumbered = Self.takeUnnumbered(
                    from: &out[source], isParent: source == parent, count: wanted, needUnits: unitHeavy[style] ?? false)
                for p in unnumbered {
                    var promoted = PlanBlock(marker: nil, style: style, line: p.line, head: p.text)
                    promoted.number = expected
                    let label = PlanNodeKind(style).label
                    warnings.append(
                        PlanWarning(
                            line: p.line, kind: .missingNumber,
                            message: "第\(p.line)行：这一\(label)没有编号，按顺序补为「\(style.canonical(expected))」。"))
                    out.append(promoted)
                    lastInParent[key] = expected
                    lastGlobal[style] = expected
                    expected += 1
                }
            }
            block.number = Self.repair(
                block, expected: expected, offset: &offset[style, default: 0],
                next: next,
                previous: lastInParent[key] ?? (mode[style] == .runOn ? lastGlobal[style] : nil),
                warnings: &warnings)
            lastInParent[key] = block.number
            lastGlobal[style] = block.number
            out.append(block)
            stack.append(out.count - 1)
        }
        blocks = out
    }

    private static func repair(
        _ block: PlanBlock, expected: Int, offset: inout Int, next: Int?, previous: Int?,
        warnings: inout [PlanWarning]
    ) -> Int {
        guard let marker = block.marker else { return expected }
        let n = marker.number
        if n + offset == expected { return expected }
        let kind = PlanNodeKind(block.style).label
        let canonical = block.style.canonical(expected)
        let missing = marker.separatorMissing ? "（编号后还缺少标点）" : ""
        if next == n + 1 {
            if n + offset > expected {
                let from = previous.map { "「\(block.style.canonical($0))」" } ?? "开头"
                let gap = n + offset - expected
                warnings.append(
                    PlanWarning(
                        line: block.line, kind: .numberGap,
                        message: "第\(block.line)行：编号从\(from)跳到「\(marker.printed)」，中间缺少\(gap)\(kind)，请核对原文是否漏了内容。"))
                return n + offset
            }
            offset = expected - n
            warnings.append(
                PlanWarning(
                    line: block.line, kind: .wrongNumber,
                    message: "第\(block.line)行：编号「\(marker.printed)」与前面重复或倒退，自此按顺序顺延，改为「\(canonical)」\(missing)。"))
            return expected
        }
        warnings.append(
            PlanWarning(
                line: block.line, kind: .wrongNumber,
                message: "第\(block.line)行：编号「\(marker.printed)」不合顺序，已改为「\(canonical)」\(missing)。"))
        return expected
    }

    /// The printed number of the next block of `style`, if it is a sibling (or any later one when numbers
    /// run on across parents).
    private func nextPrinted(after index: Int, style: PlanMarkerStyle, crossingParents: Bool) -> Int? {
        for block in blocks[(index + 1)...] {
            if block.style == style { return block.marker?.number }
            if block.style < style, !crossingParents { return nil }
        }
        return nil
    }

    /// Takes up to `count` paragraphs that can be items from the end of the block before a numbered one: those
    /// after its unit clause, or, when it is the parent, its body (an unnumbered first item).
    private static func takeUnnumbered(
        from source: inout PlanBlock, isParent: Bool, count: Int, needUnits: Bool
    ) -> [PlanParagraph] {
        func fits(_ p: PlanParagraph) -> Bool { !needUnits || PlanUnitClause.splitTrailing(p.text) != nil }
        if !source.trailing.isEmpty {
            let taken = Array(source.trailing.reversed().prefix(while: fits).prefix(count).reversed())
            source.trailing.removeLast(taken.count)
            return taken
        }
        guard isParent else { return [] }
        let taken = Array(source.body.reversed().prefix(while: fits).prefix(count).reversed())
        source.removeLastFromBody(taken.count)
        return taken
    }
}
