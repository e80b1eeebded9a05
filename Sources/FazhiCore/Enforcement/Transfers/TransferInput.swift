import Foundation

/// A suspected crime as the agency's task group reports it (第五条第一款): the case, the party, the suspected offence,
/// the facts, the police it goes to, the group (two or more officers) and the day of the report.
public struct TransferInput: Codable, Sendable, Equatable {
    public var subject: String?
    public var party: String?
    public var offence: String?
    public var facts: String?
    public var police: String?
    public var members: String?
    public var reportedOn: String?

    public init(
        subject: String?, party: String?, offence: String?, facts: String?, police: String?, members: String?,
        reportedOn: String?
    ) {
        self.subject = subject
        self.party = party
        self.offence = offence
        self.facts = facts
        self.police = police
        self.members = members
        self.reportedOn = reportedOn
    }

    /// The report read and checked field by field; errors in Chinese beside `subject`, `party`, `offence`, `facts`,
    /// `police`, `members`, `reportedOn`.
    public func validated(today: CivilDate) throws(DomainError) -> TransferReport {
        var check = Validation()
        let subject = check.text("subject", subject, label: "案件名称", maxLength: 200)
        let party = check.text("party", party, label: "当事人", maxLength: 200)
        let offence = check.text("offence", offence, label: "涉嫌罪名", maxLength: 100)
        let facts = check.text("facts", facts, label: "涉嫌犯罪的事实", maxLength: 5000)
        let police = check.text("police", police, label: "接收移送的公安机关", maxLength: 100)
        let names = Self.names(members)
        if names.count < 2 {
            check.add("members", "专案组应由2名或者2名以上行政执法人员组成（《行政执法机关移送涉嫌犯罪案件的规定》第五条）")
        } else if names.contains(where: { $0.count > 40 }) || names.count > 20 {
            check.add("members", "专案组成员最多20人，每个姓名不超过40个字")
        }
        let reported = TransferStepInput.day("reportedOn", reportedOn, label: "报告日期", today: today, into: &check)
        try check.check()
        return TransferReport(
            subject: subject, party: party, offence: offence, facts: facts, police: police, members: names,
            reportedOn: reported!)
    }

    /// The names in a list separated by commas, 顿号 or spaces, each once.
    static func names(_ text: String?) -> [String] {
        var seen = Set<String>()
        return (text ?? "").split(whereSeparator: { ",，、;；\n ".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

/// A checked report of a suspected crime.
public struct TransferReport: Codable, Sendable, Equatable {
    public var subject: String
    public var party: String
    public var offence: String
    public var facts: String
    public var police: String
    public var members: [String]
    public var reportedOn: CivilDate
}
