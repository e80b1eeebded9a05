extension IndicatorSystem {
    /// What keeps a unit from submitting its self-assessment: a manual indicator without self-assessed points or
    /// with points outside its range, and one that requires evidence (佐证材料) without at least one file.
    /// `selfAssessed` and `evidenceCounts` are by indicator code; fields are `<code>.self` and `<code>.evidence`.
    ///
    /// Evidence is checked at submission, not at review, so that reviewers never score a claim nobody backed up.
    public func selfAssessmentProblems(selfAssessed: [String: Points], evidenceCounts: [String: Int]) -> [FieldError] {
        var problems: [FieldError] = []
        for leaf in leaves {
            guard case .manual(let evidenceRequired) = leaf.method else { continue }
            if let points = selfAssessed[leaf.code] {
                if points < .zero || points > leaf.points {
                    problems.append(FieldError("\(leaf.code).self", "「\(leaf.name)」的自评分应在0至\(leaf.points.text)分之间"))
                }
            } else {
                problems.append(FieldError("\(leaf.code).self", "请填写「\(leaf.name)」的自评分"))
            }
            if evidenceRequired && evidenceCounts[leaf.code, default: 0] < 1 {
                problems.append(FieldError("\(leaf.code).evidence", "「\(leaf.name)」需要上传佐证材料（\(leaf.evidence)）"))
            }
        }
        return problems
    }

    /// Refuses the submission with every problem, or lets it through.
    public func checkSelfAssessment(selfAssessed: [String: Points], evidenceCounts: [String: Int]) throws(DomainError) {
        let problems = selfAssessmentProblems(selfAssessed: selfAssessed, evidenceCounts: evidenceCounts)
        if !problems.isEmpty { throw .invalid(problems) }
    }
}
