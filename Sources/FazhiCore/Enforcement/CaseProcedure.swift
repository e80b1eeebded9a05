/// The procedure a penalty case runs under.
public enum CaseProcedure: String, Codable, CaseIterable, Sendable {
    /// 普通程序 (行政处罚法 第五章第三节).
    case general
    /// 简易程序: decided and handed over on the spot (第五十一条、第五十二条).
    case simplified

    public var label: String {
        switch self {
        case .general: "普通程序"
        case .simplified: "简易程序"
        }
    }
}

/// Who a case is against; personal data of natural persons is masked in publicity.
public enum PartyKind: String, Codable, CaseIterable, Sendable {
    case person
    case organisation

    public var label: String {
        switch self {
        case .person: "自然人"
        case .organisation: "法人或其他组织"
        }
    }
}
