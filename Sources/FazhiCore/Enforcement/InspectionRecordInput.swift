import Foundation

/// One administrative inspection of an enterprise (行政检查) as a form or an agency's system sends it: the client's
/// id for the record (a repeat is recognised, as in the case data exchange), the 行政检查 matter from the body's
/// powers list, the enterprise, the day, the officers' certificate numbers, the kind and the result.
public struct EnterpriseInspectionInput: Codable, Sendable, Equatable {
    public var clientID: String?
    public var matterCode: String?
    public var creditCode: String?
    public var enterpriseName: String?
    public var date: String?
    public var officers: [String]?
    public var kind: String?
    public var result: String?

    enum CodingKeys: String, CodingKey {
        case clientID = "clientId"
        case matterCode, creditCode, enterpriseName, date, officers, kind, result
    }

    public init(
        clientID: String?, matterCode: String?, creditCode: String?, enterpriseName: String?, date: String?,
        officers: [String]?, kind: String?, result: String?
    ) {
        self.clientID = clientID
        self.matterCode = matterCode
        self.creditCode = creditCode
        self.enterpriseName = enterpriseName
        self.date = date
        self.officers = officers
        self.kind = kind
        self.result = result
    }

    /// The record read field by field; errors in Chinese beside `clientId`, `matterCode`, `creditCode`,
    /// `enterpriseName`, `date` (not after `today`), `officers`, `kind`, `result`. Whether the matter and the
    /// certificates are the body's is `EnterpriseInspectionRules`' part.
    public func validated(today: CivilDate) throws(DomainError) -> EnterpriseInspection {
        var check = Validation()
        let client = check.text("clientId", clientID, label: "记录编号", maxLength: 100)
        let matter = check.text("matterCode", matterCode, label: "检查事项编码", maxLength: 100)
        var code: CreditCode?
        let rawCode = creditCode?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if rawCode.isEmpty {
            check.add("creditCode", "请填写企业的统一社会信用代码")
        } else {
            do { code = try CreditCode(rawCode) } catch { check.add("creditCode", error.message) }
        }
        let name = check.text("enterpriseName", enterpriseName, label: "企业名称", maxLength: 200)
        let day = check.date("date", date, label: "检查日期")
        if let day, day > today { check.add("date", "检查日期不能晚于今天（\(today.iso)）") }
        let numbers = Self.distinct(officers ?? [])
        if numbers.count < 2 { check.add("officers", "请填写至少两名执法人员的执法证号") }
        if numbers.contains(where: { $0.count > 50 }) { check.add("officers", "执法证号不能超过50个字符") }
        let kind = EnterpriseInspectionKind(text: kind ?? "")
        if kind == nil { check.add("kind", "请选择检查方式（双随机抽查、专项检查、投诉举报核查或其他）") }
        let result = check.text("result", result, label: "检查结果", maxLength: 2000)
        try check.check()
        return EnterpriseInspection(
            clientID: client, matterCode: matter, creditCode: code!, enterpriseName: name, date: day!,
            officers: numbers, kind: kind!, result: result)
    }

    /// The certificate numbers trimmed, blanks dropped, each once, in the order given.
    static func distinct(_ numbers: [String]) -> [String] {
        var seen = Set<String>()
        return numbers.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
    }
}

/// A checked inspection record.
public struct EnterpriseInspection: Codable, Sendable, Equatable {
    public var clientID: String
    public var matterCode: String
    public var creditCode: CreditCode
    public var enterpriseName: String
    public var date: CivilDate
    public var officers: [String]
    public var kind: EnterpriseInspectionKind
    public var result: String

    public init(
        clientID: String, matterCode: String, creditCode: CreditCode, enterpriseName: String, date: CivilDate,
        officers: [String], kind: EnterpriseInspectionKind, result: String
    ) {
        self.clientID = clientID
        self.matterCode = matterCode
        self.creditCode = creditCode
        self.enterpriseName = enterpriseName
        self.date = date
        self.officers = officers
        self.kind = kind
        self.result = result
    }
}
