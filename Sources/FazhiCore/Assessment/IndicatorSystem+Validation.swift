/// A part of an indicator that a problem concerns; the table import shows it as the column of that name.
public enum IndicatorField: String, CaseIterable, Hashable, Sendable {
    case code, name, level, points, method, metric, rule, noData, criteria, evidence
}

/// One thing wrong with an indicator system, in Chinese, with where it is: the indicator's position in the tree
/// (see `IndicatorSystem.located()`), its code, and the field.
public struct IndicatorProblem: Hashable, Sendable {
    public let path: [Int]
    public let code: String
    public let field: IndicatorField
    public let message: String
}

extension IndicatorSystem {
    static let maximumLevels = 3

    /// 「一级」, 「二级」, 「三级」.
    static func levelName(_ level: Int) -> String {
        (1...3).contains(level) ? ["一级", "二级", "三级"][level - 1] : "第\(level)级"
    }

    /// Every problem of the system, all at once, in the order of the indicators: each rule that a scheme's
    /// indicators must keep so that scores add up and each score can be computed or reviewed.
    public func problems() -> [IndicatorProblem] {
        guard !indicators.isEmpty else {
            return [IndicatorProblem(path: [], code: "", field: .name, message: "指标体系中没有指标")]
        }
        var problems: [IndicatorProblem] = []
        var firstWithCode: [String: Indicator] = [:]
        for (path, indicator, parent) in located() {
            func add(_ field: IndicatorField, _ message: String) {
                problems.append(IndicatorProblem(path: path, code: indicator.code, field: field, message: message))
            }
            let title = indicator.name.isEmpty ? "编号为「\(indicator.code)」的指标" : "「\(indicator.name)」"
            if indicator.code.isEmpty {
                add(.code, "\(title)缺少指标编号")
            } else if let first = firstWithCode[indicator.code] {
                add(.code, "指标编号「\(indicator.code)」重复：已用于「\(first.name)」")
            } else {
                firstWithCode[indicator.code] = indicator
            }
            if indicator.name.isEmpty { add(.name, "编号为「\(indicator.code)」的指标缺少名称") }
            let siblings = parent?.children ?? indicators
            if !indicator.name.isEmpty, siblings[..<path.last!].contains(where: { $0.name == indicator.name }) {
                add(.name, "\(parent.map { "「\($0.name)」下" } ?? "一级指标中")有两个「\(indicator.name)」")
            }
            if path.count > Self.maximumLevels {
                add(.level, "指标体系最多三级，\(title)位于第\(path.count)级")
            } else if indicator.level != path.count {
                let place = parent.map { "\(Self.levelName($0.level))指标「\($0.name)」之下" } ?? "最上一级"
                add(
                    .level,
                    "\(title)标为\(Self.levelName(indicator.level))指标，却位于\(place)，应为\(Self.levelName(path.count))指标")
            }
            if indicator.points <= .zero { add(.points, "\(title)的分值应大于0") }
            if indicator.isLeaf {
                leafProblems(indicator, title, add)
            } else {
                let sum = indicator.children.map(\.points).sum()
                if sum != indicator.points {
                    add(.points, "\(title)分值为\(indicator.points.text)分，其下级指标合计\(sum.text)分，两者应相等")
                }
                if indicator.method != nil { add(.method, "\(title)有下级指标，评分方式只能设在末级指标上") }
            }
        }
        return problems
    }

    private func leafProblems(
        _ indicator: Indicator, _ title: String, _ add: (IndicatorField, String) -> Void
    ) {
        switch indicator.method {
        case nil:
            add(.method, "末级指标\(title)需要评分方式（自动或人工）")
        case .automatic(let code, let rule, _):
            guard let metric = AssessmentMetric.named(code) else {
                add(.metric, code.isEmpty ? "自动评分的\(title)需要填写计算口径" : "计算口径「\(code)」不存在")
                return
            }
            for problem in rule.problems(maximum: indicator.points, metric.direction) {
                add(.rule, "\(title)：\(problem)")
            }
        case .manual(let evidenceRequired):
            if evidenceRequired && indicator.evidence.isEmpty {
                add(.evidence, "\(title)要求上传佐证材料，请写明佐证材料要求")
            }
        }
    }

    /// The system, or every problem as field errors (field `<code>.<field>`) for a form or an API response.
    public func validated() throws(DomainError) -> IndicatorSystem {
        let problems = problems()
        guard problems.isEmpty else {
            throw .invalid(problems.map { FieldError("\($0.code).\($0.field.rawValue)", $0.message) })
        }
        return self
    }
}
