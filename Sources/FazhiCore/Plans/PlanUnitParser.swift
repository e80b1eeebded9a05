/// Reads a unit clause into units (PlanUnits): fields by label (牵头单位/配合单位/责任单位 …), groups by comma,
/// units by 、 outside brackets, each unit with its shared prefix restored and collective names marked.
enum PlanUnitParser {
    struct Result: Equatable {
        var units: [PlanUnit] = []
        /// The values of deadline fields (完成时限：…).
        var deadlineTexts: [String] = []
    }

    static func parse(_ clause: String) -> Result {
        let s = Array(clause.unicodeScalars)
        var result = Result()
        // Fields: each label starts one; text before the first label is an unlabelled list.
        var fields: [(field: PlanUnitClause.Field?, value: ArraySlice<Unicode.Scalar>)] = []
        var current: PlanUnitClause.Field? = nil
        var valueStart = 0
        var i = 0
        while i < s.count {
            let atBoundary = i == 0 || "；;，,。 \u{3000}".unicodeScalars.contains(s[i - 1])
            if atBoundary, let (field, start) = PlanUnitClause.label(in: s, at: i) {
                fields.append((current, s[valueStart..<i]))
                current = field
                valueStart = start
                i = start
            } else {
                i += 1
            }
        }
        fields.append((current, s[valueStart..<s.count]))
        for (field, value) in fields {
            let text = String(scalars: value).planTrimmed.trimmingTrailing("；;，,。")
            guard !text.isEmpty else { continue }
            switch field {
            case .deadline: result.deadlineTexts.append(text)
            case .units(let role): result.units += units(in: Array(text.unicodeScalars), role: role)
            case nil: result.units += unlabelled(Array(text.unicodeScalars))
            }
        }
        return result
    }

    /// 「自治区司法厅牵头，各盟市配合」 or a bare list.
    private static func unlabelled(_ s: [Unicode.Scalar]) -> [PlanUnit] {
        split(s[...], at: "，,；;").flatMap { group -> [PlanUnit] in
            var text = String(scalars: group).planTrimmed
            var role = PlanUnit.Role.responsible
            for (suffix, r) in [
                ("牵头负责", PlanUnit.Role.lead), ("牵头", .lead), ("负责", .responsible),
                ("配合", .cooperating), ("参与", .cooperating), ("协助", .cooperating),
            ] where text.hasSuffix(suffix) {
                text = String(text.dropLast(suffix.count))
                role = r
                break
            }
            return units(in: Array(text.unicodeScalars), role: role)
        }
    }

    /// Groups separated by commas, each a list separated by 、 sharing one prefix.
    static func units(in s: [Unicode.Scalar], role: PlanUnit.Role) -> [PlanUnit] {
        split(s[...], at: "，,；;").flatMap { group -> [PlanUnit] in
            var context = PlanUnitPrefix.Context()
            return split(group, at: "、").compactMap { entry in
                var text = String(scalars: entry).planTrimmed
                var entryRole = role
                for mark in ["（牵头）", "(牵头)"] where text.hasSuffix(mark) {
                    text = String(text.dropLast(mark.count))
                    entryRole = .lead
                }
                if text.hasSuffix("等") { text = String(text.dropLast()) }
                guard !text.isEmpty else { return nil }
                return PlanUnitPrefix.expand(text, role: entryRole, context: &context)
            }
        }
    }

    /// Splits at any of `separators` outside brackets: 「各旗县（市、区）」 stays whole.
    static func split(_ s: ArraySlice<Unicode.Scalar>, at separators: String) -> [ArraySlice<Unicode.Scalar>] {
        let marks = Set(separators.unicodeScalars)
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var depth = 0
        var start = s.startIndex
        for i in s.indices {
            let c = s[i]
            if PlanScalars.isOpening(c) { depth += 1 }
            if PlanScalars.isClosing(c) { depth = max(0, depth - 1) }
            if depth == 0, marks.contains(c) {
                parts.append(s[start..<i])
                start = i + 1
            }
        }
        parts.append(s[start..<s.endIndex])
        return parts.filter { $0.contains { !PlanScalars.isSpace($0) } }
    }
}

extension String {
    func trimmingTrailing(_ marks: String) -> String {
        var result = self
        while let last = result.unicodeScalars.last, marks.unicodeScalars.contains(last) {
            result.unicodeScalars.removeLast()
        }
        return result
    }
}
