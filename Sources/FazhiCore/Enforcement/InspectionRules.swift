/// The rules of law an inspection record must meet, each citing its article: the matter is a 行政检查 in the body's
/// powers list (行政处罚法 第十七条 by analogy: power exercised within the body's listed competence), and at least
/// two officers held certificates valid on the day (第四十二条, as for a case).
public struct EnterpriseInspectionRules: Sendable {
    /// The body's active matter with the record's code, if any.
    public var matter: CaseMatter?
    /// The body's certificates among the record's numbers, by number.
    public var certificates: [String: EnforcementCertificate]

    public init(matter: CaseMatter?, certificates: [String: EnforcementCertificate]) {
        self.matter = matter
        self.certificates = certificates
    }

    /// Every refusal, beside its field (`matterCode`, `officers`), with its article.
    public func check(_ inspection: EnterpriseInspection) -> [FieldError] {
        var errors: [FieldError] = []
        if let matter {
            if matter.kind != .inspection {
                errors.append(
                    FieldError(
                        "matterCode",
                        "事项「\(matter.name)」是\(matter.kind.label)事项，不是行政检查事项（\(EnforcementBases.competence.citation)）"))
            }
        } else {
            errors.append(
                FieldError(
                    "matterCode",
                    "事项编码「\(inspection.matterCode)」不在本机关的权责清单中（\(EnforcementBases.competence.citation)）"))
        }
        var valid = 0
        for number in inspection.officers {
            guard let certificate = certificates[number] else {
                errors.append(
                    FieldError("officers", "执法证号「\(number)」未在本机关登记（\(EnforcementBases.officers.citation)）"))
                continue
            }
            if let problem = certificate.problem(on: inspection.date) {
                errors.append(FieldError("officers", "\(problem)（\(EnforcementBases.officers.citation)）"))
            } else {
                valid += 1
            }
        }
        if valid < 2, !errors.contains(where: { $0.field == "officers" }) {
            errors.append(
                FieldError(
                    "officers", "执法人员不得少于两人，持有效执法证的只有\(valid)人（\(EnforcementBases.officers.citation)）"))
        }
        return errors
    }
}
