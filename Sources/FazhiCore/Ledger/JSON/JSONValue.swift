/// A JSON value as RFC 8785 (JCS) sees it: numbers are IEEE 754 doubles (I-JSON, RFC 7493), objects are
/// unordered maps with unique keys.
///
/// Receipts, events and other documents whose hash goes into the log are built or read as `JSONValue` and hashed
/// in their canonical form (``CanonicalJSON``), so that the same content always has the same hash, whichever
/// program wrote it.
///
/// Object keys are Swift strings, which compare by Unicode canonical equivalence: two keys that differ only in
/// normalisation (such as "é" precomposed and decomposed) count as the same key and are refused as duplicates by
/// the parser. Strings keep their exact code points; nothing is normalised.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A whole number, exactly representable only within ±2^53 (the range where doubles hold every integer);
    /// nil outside it, where the caller should send the number as a string instead.
    public static func integer(_ value: some BinaryInteger) -> JSONValue? {
        let limit: Int64 = 1 << 53
        guard let exact = Int64(exactly: value), (-limit...limit).contains(exact) else { return nil }
        return .number(Double(exact))
    }

    /// The member `key` of an object; nil for other values or a missing key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The value as an exact integer, if it is a number with no fractional part within ±2^53.
    public var integerValue: Int64? {
        guard case .number(let value) = self, value.rounded() == value, abs(value) <= 9_007_199_254_740_992 else {
            return nil
        }
        return Int64(value)
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements) { _, _ in preconditionFailure("duplicate key in a JSON object literal") })
    }
}
