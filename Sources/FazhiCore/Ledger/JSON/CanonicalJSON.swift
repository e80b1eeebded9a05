/// The JSON Canonicalization Scheme of RFC 8785 (JCS): one exact byte string for each JSON value, so that JSON
/// documents can be hashed and signed.
///
/// - Objects: members sorted by key, comparing keys as arrays of UTF-16 code units (§3.2.3), so the order does not
///   depend on locale or on the language's string type.
/// - Strings: UTF-8, escaping only `"` and `\`, and control characters below U+0020, those with short forms as
///   `\b \t \n \f \r` and the rest as `\u00xx` with lowercase hex (§3.2.2.2). Everything else is written as is.
/// - Numbers: as ECMAScript's Number.prototype.toString writes doubles (§3.2.2.3); NaN and infinities are errors.
/// - Literals `null`, `true`, `false`; no white space anywhere.
public enum CanonicalJSON {
    /// The canonical UTF-8 bytes of `value`.
    public static func encode(_ value: JSONValue) throws(CanonicalJSONError) -> [UInt8] {
        var output: [UInt8] = []
        try write(value, to: &output)
        return output
    }

    /// The canonical form of `value` as a string.
    public static func string(_ value: JSONValue) throws(CanonicalJSONError) -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }

    /// Parses any JSON text and returns its canonical bytes.
    public static func canonicalize(_ json: some Collection<UInt8>) throws -> [UInt8] {
        try encode(JSONValue(parsing: json))
    }

    /// A number as ECMAScript writes it: the shortest decimal that reads back as the same double, in plain
    /// notation for magnitudes in [1e-6, 1e21) and in exponent notation (`1e+21`, `1.5e-7`) outside.
    public static func serialize(number: Double) throws(CanonicalJSONError) -> String {
        guard number.isFinite else { throw .nonFiniteNumber }
        return ECMAScriptNumber.string(for: number)
    }

    private static func write(_ value: JSONValue, to output: inout [UInt8]) throws(CanonicalJSONError) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: try serialize(number: number).utf8)
        case .string(let text): writeString(text, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                try write(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            for (position, key) in keys.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                try write(members[key]!, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])  // \"
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])  // \\
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x00..<0x20:
                output.append(contentsOf: Array("\\u00".utf8))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// Why a value has no canonical form.
public enum CanonicalJSONError: Error, Hashable, Sendable {
    /// NaN or an infinity, which JSON cannot express.
    case nonFiniteNumber

    public var message: String {
        switch self {
        case .nonFiniteNumber: "JSON 不能表示 NaN 或无穷大"
        }
    }
}

extension CanonicalJSONError: CustomStringConvertible {
    public var description: String { message }
}
