extension CaseStepInput {
    /// The actions each field belongs to, so a form's other fields are ignored, not refused.
    static let officerActions: Set<CaseAction> = [.file, .investigate, .notify, .holdHearing, .decideOnSpot, .serve]

    /// The step, or every field error at once.
    public func validated(today: CivilDate) throws(DomainError) -> CaseStep {
        var check = Validation()
        guard let action = action.flatMap({ CaseAction(rawValue: $0.trimmingCharacters(in: .whitespaces)) }) else {
            throw DomainError.invalid("action", "请选择要办理的事项")
        }
        let date = check.date("date", self.date, label: "办理日期")
        if let date, date > today { check.add("date", "办理日期不能晚于今天（\(today.iso)）") }
        // Certificate numbers are kept in capitals (`CertificateInput`), so 「t150…」 finds 「T150…」.
        let officers = (self.officers ?? []).flatMap { $0.split(whereSeparator: { ",，、 ;；\n".contains($0) }) }
            .map { $0.uppercased() }
        if Self.officerActions.contains(action), officers.isEmpty {
            check.add("officers", "请填写办案执法人员的执法证号")
        }
        if Set(officers).count != officers.count { check.add("officers", "同一执法证号填写了两次") }
        var step = CaseStep(
            action: action, date: date ?? today, officers: officers, matterCode: nil, party: nil, violationOn: nil,
            severeHarm: severeHarm ?? false, facts: check.optionalText("facts", facts, label: "案情", maxLength: 5000),
            penalties: [], fineFen: 0, circumstance: nil, deviationReason: nil, hearingRight: hearingRight ?? false,
            reviewPassed: reviewPassed ?? false, noPenalty: false, decisionNumber: nil, serviceMethod: nil,
            note: check.optionalText("note", note, label: "说明", maxLength: 2000))
        switch action {
        case .file, .decideOnSpot:
            step.matterCode = check.text("matterCode", matterCode, label: "执法事项编码", maxLength: 64)
            step.party = party(into: &check)
            step.violationOn = check.date("violationOn", violationOn, label: "违法行为发生（终了）日期")
            if let violation = step.violationOn, let date, violation > date {
                check.add("violationOn", "违法行为日期不能晚于办理日期")
            }
        default: break
        }
        if action == .notify || action == .decide || action == .decideOnSpot {
            readPenalty(into: &step, &check)
        }
        switch action {
        case .decide:
            step.decisionNumber = check.optionalText("decisionNumber", decisionNumber, label: "决定书文号", maxLength: 100)
            if !step.noPenalty, step.decisionNumber == nil { check.add("decisionNumber", "请填写行政处罚决定书文号") }
        case .decideOnSpot:
            step.decisionNumber = check.text("decisionNumber", decisionNumber, label: "决定书编号", maxLength: 100)
        case .serve:
            step.serviceMethod = check.text("serviceMethod", serviceMethod, label: "送达方式", maxLength: 50)
        case .suspend, .withdraw, .transfer:
            if step.note == nil { check.add("note", "请填写\(action.label)的理由") }
        case .discuss, .holdHearing:
            if step.note == nil { check.add("note", "请填写\(action == .discuss ? "集体讨论结论" : "听证情况")") }
        default: break
        }
        try check.check()
        return step
    }

    private func party(into check: inout Validation) -> CaseParty? {
        guard let kind = partyKind.flatMap({ PartyKind(rawValue: $0) }) else {
            check.add("partyKind", "请选择当事人类型（自然人，或法人或其他组织）")
            return nil
        }
        let name = check.text("partyName", partyName, label: "当事人名称", maxLength: 200)
        let identifier = check.optionalText("partyID", partyID, label: "当事人证件号码", maxLength: 64)
        if kind == .organisation, let identifier, (try? CreditCode(identifier)) == nil {
            check.add("partyID", "统一社会信用代码「\(identifier)」校验不通过，请核对")
        }
        if kind == .person, let identifier, !PersonalDataMask.isIDNumber(identifier) {
            check.add("partyID", "居民身份证号码「\(identifier)」格式或校验码不正确")
        }
        let address = check.optionalText("partyAddress", partyAddress, label: "当事人地址", maxLength: 200)
        return CaseParty(kind: kind, name: name, identifier: identifier, address: address)
    }

    private func readPenalty(into step: inout CaseStep, _ check: inout Validation) {
        if step.action == .decide {
            switch outcome ?? "penalty" {
            case "penalty": break
            case "none": step.noPenalty = true
            default: check.add("outcome", "请选择给予或不予行政处罚")
            }
        }
        var kinds: Set<PenaltyKind> = []
        for text in self.penalties ?? [] {
            if let kind = PenaltyKind(text: text) {
                kinds.insert(kind)
            } else {
                check.add("penalties", "「\(text)」不是行政处罚法第九条规定的处罚种类")
            }
        }
        step.penalties = step.noPenalty ? [] : kinds
        if !step.noPenalty, kinds.isEmpty { check.add("penalties", "请选择处罚种类") }
        let fineText = fine?.trimmingCharacters(in: .whitespaces) ?? ""
        if !fineText.isEmpty {
            if let fen = Money.fen(fineText) {
                step.fineFen = fen
            } else {
                check.add("fine", "罚款金额「\(fineText)」不是有效金额，请填写元，例如 5000 或 5000.50")
            }
        }
        if step.noPenalty { step.fineFen = 0 }
        if kinds.contains(.fine), step.fineFen == 0 { check.add("fine", "选择了罚款，请填写罚款金额") }
        if !kinds.contains(.fine), step.fineFen > 0 { check.add("penalties", "填写了罚款金额，请在处罚种类中选择罚款") }
        step.circumstance = check.optionalText("circumstance", circumstance, label: "裁量情节", maxLength: 50)
        step.deviationReason = check.optionalText(
            "deviationReason", deviationReason, label: "偏离裁量基准的理由", maxLength: 2000)
    }
}
