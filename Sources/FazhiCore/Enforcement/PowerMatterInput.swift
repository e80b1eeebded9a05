import Foundation

/// A matter of a body's powers list (权责清单) as entered: its code and name, the kind of power, the provision it
/// rests on (实施依据), the discretion benchmark's ranges (裁量基准) and whether it is on the lists of violations
/// not punished (免罚清单, 行政处罚法 第三十三条第一款) or punished lightly (轻罚清单, 第三十二条).
public struct PowerMatterInput: Sendable, Codable, Equatable {
    /// A range of the benchmark as typed: amounts in yuan (「5000」「5000.50」「5,000元」).
    public struct Range: Sendable, Codable, Equatable {
        public var circumstance: String?
        public var description: String?
        public var minimum: String?
        public var maximum: String?

        public init(circumstance: String?, description: String?, minimum: String?, maximum: String?) {
            self.circumstance = circumstance
            self.description = description
            self.minimum = minimum
            self.maximum = maximum
        }

        /// Whether nothing was typed in the range (a blank row of the form).
        public var isBlank: Bool {
            [circumstance, description, minimum, maximum].allSatisfy {
                ($0?.trimmingCharacters(in: .whitespaces) ?? "").isEmpty
            }
        }
    }

    public var code: String?
    public var name: String?
    public var kind: String?
    public var legalBasis: String?
    public var ranges: [Range]
    public var noPenalty: Bool
    public var lightPenalty: Bool

    public init(
        code: String?, name: String?, kind: String?, legalBasis: String?, ranges: [Range] = [],
        noPenalty: Bool = false, lightPenalty: Bool = false
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.legalBasis = legalBasis
        self.ranges = ranges
        self.noPenalty = noPenalty
        self.lightPenalty = lightPenalty
    }

    public struct Valid: Sendable, Equatable, Codable {
        public var code: String
        public var name: String
        public var kind: PowerKind
        public var legalBasis: String
        public var benchmark: DiscretionBenchmark
        public var noPenalty: Bool
        public var lightPenalty: Bool

        public init(
            code: String, name: String, kind: PowerKind, legalBasis: String, benchmark: DiscretionBenchmark,
            noPenalty: Bool, lightPenalty: Bool
        ) {
            self.code = code
            self.name = name
            self.kind = kind
            self.legalBasis = legalBasis
            self.benchmark = benchmark
            self.noPenalty = noPenalty
            self.lightPenalty = lightPenalty
        }
    }

    /// The field of range `index`'s `part` (`circumstance`, `description`, `minimum`, `maximum`): `ranges.0.minimum`.
    public static func rangeField(_ index: Int, _ part: String) -> String { "ranges.\(index).\(part)" }

    /// The index of the range a field names, nil for a field of the matter itself.
    public static func rangeIndex(of field: String) -> Int? {
        let parts = field.split(separator: ".")
        guard parts.count == 3, parts[0] == "ranges" else { return nil }
        return Int(parts[1])
    }

    /// The matter checked field by field. Blank ranges are left out; each other range needs a circumstance named
    /// once, and amounts with the minimum not above the maximum. Only penalties have a benchmark or belong on the
    /// two lists.
    public func validated() throws(DomainError) -> Valid {
        var v = Validation()
        let code = v.text("code", code, label: "事项编码", maxLength: 64)
        if code.contains(where: \.isNewline) { v.add("code", "事项编码不能换行") }
        let name = v.text("name", name, label: "事项名称", maxLength: 200)
        let kindText = kind?.trimmingCharacters(in: .whitespaces) ?? ""
        let kind = PowerKind(text: kindText)
        if kind == nil {
            v.add("kind", kindText.isEmpty ? "请选择职权类型" : "职权类型「\(kindText.prefix(20))」无法识别，应为「行政处罚」「行政许可」等十类之一")
        }
        let basis = v.text("legalBasis", legalBasis, label: "实施依据", maxLength: 4000)
        var seen: Set<String> = []
        var ranges: [DiscretionBenchmark.Range] = []
        for (index, range) in self.ranges.enumerated() where !range.isBlank {
            let field = { (part: String) in Self.rangeField(index, part) }
            let circumstance = v.text(field("circumstance"), range.circumstance, label: "裁量情节", maxLength: 50)
            if !circumstance.isEmpty && !seen.insert(circumstance).inserted {
                v.add(field("circumstance"), "裁量情节「\(circumstance)」重复，同一事项的情节名称不能相同")
            }
            let description = v.optionalText(field("description"), range.description, label: "适用情形", maxLength: 2000)
            let minimum = amount(field("minimum"), range.minimum, label: "罚款下限", into: &v)
            let maximum = amount(field("maximum"), range.maximum, label: "罚款上限", into: &v)
            if let minimum, let maximum, minimum > maximum {
                v.add(field("maximum"), "罚款上限（\(Money.text(maximum))）不能低于下限（\(Money.text(minimum))）")
            }
            ranges.append(
                .init(
                    circumstance: circumstance, description: description ?? "", minimumFen: minimum ?? 0,
                    maximumFen: maximum ?? 0))
        }
        if let kind, kind != .penalty {
            if !ranges.isEmpty { v.add("ranges", "只有行政处罚事项设定罚款裁量基准") }
            if noPenalty || lightPenalty { v.add("noPenalty", "只有行政处罚事项可以列入免罚清单或轻罚清单") }
        }
        try v.check()
        return Valid(
            code: code, name: name, kind: kind!, legalBasis: basis, benchmark: DiscretionBenchmark(ranges: ranges),
            noPenalty: noPenalty, lightPenalty: lightPenalty)
    }

    private func amount(_ field: String, _ text: String?, label: String, into v: inout Validation) -> Int64? {
        let trimmed = text?.trimmingCharacters(in: .whitespaces) ?? ""
        if trimmed.isEmpty {
            v.add(field, "请填写\(label)（元）")
            return nil
        }
        guard let fen = Money.fen(trimmed) else {
            v.add(field, "\(label)「\(trimmed.prefix(20))」不是金额，请填写元数，如 5000 或 5000.50")
            return nil
        }
        return fen
    }
}
