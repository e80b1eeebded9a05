extension Validation {
    /// Reads a `YYYY-MM-DD` field: nil and an error when it is required and empty, or not a real day
    /// (「2026-02-30」 is refused, not moved to March).
    public mutating func date(_ field: String, _ value: String?, label: String, required: Bool = true) -> CivilDate? {
        let text = value?.trimmingCharacters(in: .whitespaces) ?? ""
        if text.isEmpty {
            if required { add(field, "请填写\(label)，例如 2026-12-01") }
            return nil
        }
        guard let date = CivilDate(iso: text) else {
            add(field, "\(label)「\(text)」不是有效日期，请按 2026-12-01 的格式填写")
            return nil
        }
        return date
    }

    /// Reads an optional text, trimmed; nil when empty; an error when longer than `maxLength`.
    public mutating func optionalText(_ field: String, _ value: String?, label: String, maxLength: Int) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.count > maxLength { add(field, "\(label)不能超过\(maxLength)个字") }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Reads a whole number within `range`.
    public mutating func integer(_ field: String, _ value: String?, label: String, in range: ClosedRange<Int>) -> Int {
        let text = value?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let number = Int(text), range.contains(number) else {
            add(field, "\(label)应为\(range.lowerBound)到\(range.upperBound)之间的整数")
            return range.lowerBound
        }
        return number
    }
}
