/// A column of a powers-list sheet (权责清单), recognised by its header in any order and under the names lists use.
public enum PowerListColumn: String, CaseIterable, Hashable, Sendable {
    case code, name, kind, legalBasis, circumstance, description, minimum, maximum, noPenalty, lightPenalty

    /// The header the template writes.
    public var header: String {
        switch self {
        case .code: "事项编码"
        case .name: "事项名称"
        case .kind: "职权类型"
        case .legalBasis: "实施依据"
        case .circumstance: "裁量情节"
        case .description: "适用情形"
        case .minimum: "罚款下限（元）"
        case .maximum: "罚款上限（元）"
        case .noPenalty: "免罚清单"
        case .lightPenalty: "轻罚清单"
        }
    }

    /// Every header read as this column, without spaces and without a note in brackets.
    var aliases: [String] {
        switch self {
        case .code: ["事项编码", "事项代码", "编码", "权力编码", "职权编码", "权责事项编码", "事项编号", "权力事项编码"]
        case .name: ["事项名称", "名称", "权力名称", "职权名称", "权力事项名称", "权责事项名称", "事项"]
        case .kind: ["职权类型", "权力类型", "事项类型", "职权类别", "权力类别", "类型"]
        case .legalBasis: ["实施依据", "法律依据", "设定依据", "依据", "处罚依据", "法律法规依据", "设定和实施依据"]
        case .circumstance: ["裁量情节", "情节", "违法情节", "裁量等级", "违法程度", "裁量阶次", "裁量档次"]
        case .description: ["适用情形", "情形", "具体情形", "适用条件", "裁量标准", "情节描述", "适用情节"]
        case .minimum: ["罚款下限", "最低罚款", "下限", "罚款最低额", "罚款金额下限"]
        case .maximum: ["罚款上限", "最高罚款", "上限", "罚款最高额", "罚款金额上限"]
        case .noPenalty: ["免罚清单", "不予处罚清单", "免罚", "不予处罚", "首违不罚", "列入免罚清单", "列入不予处罚清单"]
        case .lightPenalty: ["轻罚清单", "从轻减轻清单", "轻罚", "从轻减轻处罚清单", "列入轻罚清单", "减轻处罚清单"]
        }
    }

    /// The column a header names, ignoring spaces, a required mark and a trailing note in brackets
    /// (「罚款下限（元）」); nil for a column the import does not read (「备注」).
    static func recognise(_ header: String) -> PowerListColumn? {
        var text = header.filter { !$0.isWhitespace && $0 != "*" && $0 != "＊" }
        if let bracket = text.firstIndex(where: { "（(【[".contains($0) }), bracket != text.startIndex {
            text = String(text[..<bracket])
        }
        return allCases.first { $0.aliases.contains(text) }
    }
}
