extension NormativeLocalRules {
    /// Checks an administrator's entry: a named rule with its date, articles for every period, and periods that
    /// make sense together (the least review time not above the most).
    public func validate() throws(DomainError) {
        var v = Validation()
        _ = v.text("statute", statute, label: "规定名称", maxLength: 200)
        _ = v.date("version", version, label: "规定日期")
        for (field, value) in [
            ("commentArticle", commentArticle), ("legalityArticle", legalityArticle), ("filingArticle", filingArticle),
            ("suggestionArticle", suggestionArticle), ("validityArticle", validityArticle),
        ] {
            _ = v.text(field, value, label: "条款（如「第十九条」）", maxLength: 40)
        }
        if !(1...365).contains(commentDays) { v.add("commentDays", "征求意见期限应为1到365日") }
        if !(1...60).contains(legalityMinimumWorkdays) { v.add("legalityMinimumWorkdays", "审核时间下限应为1到60个工作日") }
        if !(1...120).contains(legalityMaximumWorkdays) { v.add("legalityMaximumWorkdays", "审核时间上限应为1到120个工作日") }
        if legalityMaximumWorkdays < legalityMinimumWorkdays {
            v.add("legalityMaximumWorkdays", "审核时间上限不能少于下限")
        }
        if !(1...365).contains(filingDays) { v.add("filingDays", "报送备案期限应为1到365日") }
        if !(1...365).contains(suggestionDays) { v.add("suggestionDays", "答复审查建议期限应为1到365日") }
        if !(1...50).contains(validityYears) { v.add("validityYears", "有效期上限应为1到50年") }
        try v.check()
    }
}
