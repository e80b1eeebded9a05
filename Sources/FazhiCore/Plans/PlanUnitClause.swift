/// Finds the clause naming responsible units and deadlines: 「（责任单位：…）」 at the end of an item, or a
/// paragraph of its own such as 「牵头单位：…；完成时限：…」.
enum PlanUnitClause {
    enum Field: Equatable {
        case units(PlanUnit.Role)
        case deadline
    }

    /// Labels, longest first so that 「牵头单位」 wins over 「牵头」.
    static let labels: [(label: [Unicode.Scalar], field: Field)] = [
        ("牵头单位", Field.units(.lead)), ("牵头部门", .units(.lead)), ("主责单位", .units(.responsible)),
        ("主责部门", .units(.responsible)), ("责任单位", .units(.responsible)), ("责任部门", .units(.responsible)),
        ("责任主体", .units(.responsible)), ("负责单位", .units(.responsible)), ("承办单位", .units(.responsible)),
        ("主办单位", .units(.responsible)), ("实施单位", .units(.responsible)), ("配合单位", .units(.cooperating)),
        ("配合部门", .units(.cooperating)), ("参与单位", .units(.cooperating)), ("参与部门", .units(.cooperating)),
        ("协办单位", .units(.cooperating)), ("协同单位", .units(.cooperating)), ("完成时限", .deadline),
        ("完成时间", .deadline), ("完成期限", .deadline), ("时间节点", .deadline), ("时限要求", .deadline),
        ("时间要求", .deadline), ("牵头", .units(.lead)), ("配合", .units(.cooperating)),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The label and its field at `i` when a colon follows it.
    static func label(in s: [Unicode.Scalar], at i: Int) -> (field: Field, valueStart: Int)? {
        for (label, field) in labels where i + label.count < s.count {
            guard Array(s[i..<i + label.count]) == label else { continue }
            var j = i + label.count
            while j < s.count, PlanScalars.isSpace(s[j]) { j += 1 }
            guard j < s.count, "：:".unicodeScalars.contains(s[j]) else { continue }
            return (field, j + 1)
        }
        return nil
    }

    /// True when the text opens with a label and a colon (「责任单位：」), or is a list of the form 「A牵头，B配合」.
    static func isClause(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, PlanScalars.isSpace(s[i]) { i += 1 }
        if label(in: s, at: i) != nil { return true }
        // 「自治区司法厅牵头，各盟市配合」: a first group that ends in 牵头 or 负责 and no sentence inside.
        guard !s.contains(where: PlanScalars.endsSentence), s.count <= 200 else { return false }
        let firstGroup = s.prefix { !"，,；;".unicodeScalars.contains($0) }
        let text = String(scalars: firstGroup)
        return firstGroup.count < s.count && (text.hasSuffix("牵头") || text.hasSuffix("负责"))
    }

    /// Splits a trailing clause off an item's text: the body before it and the clause's content (without its
    /// brackets), or nil when the text ends otherwise.
    static func splitTrailing(_ text: String) -> (body: String, clause: String)? {
        let s = Array(text.unicodeScalars)
        var end = s.count
        while end > 0, PlanScalars.isSpace(s[end - 1]) || s[end - 1] == "。" || s[end - 1] == "\n" { end -= 1 }
        guard end > 0 else { return nil }
        guard s[end - 1] == ")" || s[end - 1] == "）" else { return unbracketed(s) }
        var depth = 0
        var open = end - 1
        while open >= 0 {
            if s[open] == ")" || s[open] == "）" { depth += 1 }
            if s[open] == "(" || s[open] == "（" {
                depth -= 1
                if depth == 0 { break }
            }
            open -= 1
        }
        guard open >= 0 else { return nil }
        let content = Array(s[open + 1..<end - 1])
        guard isClause(content) else { return nil }
        return (String(scalars: s[0..<open]).planTrimmed, String(scalars: content).planTrimmed)
    }

    /// 「制定管理办法。牵头单位：县司法局 配合单位：县政府办」: a label after the last sentence, without brackets.
    private static func unbracketed(_ s: [Unicode.Scalar]) -> (body: String, clause: String)? {
        var i = 1
        while i < s.count {
            let before = s[i - 1]
            if before == "。" || before == "；" || before == ";" || PlanScalars.isSpace(before),
                label(in: s, at: i) != nil, !s[i...].contains(where: PlanScalars.endsSentence)
            {
                return (String(scalars: s[0..<i]).planTrimmed, String(scalars: s[i...]).planTrimmed)
            }
            i += 1
        }
        return nil
    }
}
