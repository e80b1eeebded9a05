extension JSONValue {
    /// The deepest nesting of arrays and objects accepted, so that hostile input cannot exhaust the stack.
    public static let maximumDepth = 512

    /// Parses JSON text (RFC 8259) strictly, in the I-JSON profile (RFC 7493) that RFC 8785 assumes.
    ///
    /// Refused: anything but exactly one value with optional white space around it; duplicate object keys (they
    /// would make the canonical form, and so the hash, depend on which copy a reader keeps); numbers outside the
    /// double range; invalid UTF-8; unescaped control characters; unpaired UTF-16 surrogates in `\u` escapes;
    /// leading zeros, `+` signs, trailing commas, comments and the other extensions some parsers allow.
    public init(parsing json: some Collection<UInt8>) throws(JSONParseError) {
        var parser = JSONParser(bytes: Array(json))
        parser.skipWhiteSpace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhiteSpace()
        guard parser.position == parser.bytes.count else { throw .unexpectedCharacter(offset: parser.position) }
        self = value
    }

    /// Parses JSON text given as a string.
    public init(parsing json: String) throws(JSONParseError) {
        try self.init(parsing: Array(json.utf8))
    }
}

/// Why JSON text could not be parsed; offsets count bytes from the start.
public enum JSONParseError: Error, Hashable, Sendable {
    case unexpectedEnd
    case unexpectedCharacter(offset: Int)
    case invalidNumber(offset: Int)
    case numberOutOfRange(offset: Int)
    case invalidEscape(offset: Int)
    case unpairedSurrogate(offset: Int)
    case controlCharacterInString(offset: Int)
    case invalidUTF8(offset: Int)
    case duplicateKey(String)
    case tooDeep

    public var message: String {
        switch self {
        case .unexpectedEnd: "JSON 意外结束"
        case .unexpectedCharacter(let offset): "JSON 第 \(offset) 字节处有意外字符"
        case .invalidNumber(let offset): "JSON 第 \(offset) 字节处的数字格式错误"
        case .numberOutOfRange(let offset): "JSON 第 \(offset) 字节处的数字超出范围"
        case .invalidEscape(let offset): "JSON 第 \(offset) 字节处的转义无效"
        case .unpairedSurrogate(let offset): "JSON 第 \(offset) 字节处有不成对的代理项"
        case .controlCharacterInString(let offset): "JSON 第 \(offset) 字节处的字符串含未转义的控制字符"
        case .invalidUTF8(let offset): "JSON 第 \(offset) 字节处不是有效的 UTF-8"
        case .duplicateKey(let key): "JSON 对象的键重复：\(key)"
        case .tooDeep: "JSON 嵌套过深"
        }
    }
}

extension JSONParseError: CustomStringConvertible {
    public var description: String { message }
}

/// A recursive-descent parser over UTF-8 bytes.
private struct JSONParser {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func skipWhiteSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    func peek() throws(JSONParseError) -> UInt8 {
        guard position < bytes.count else { throw .unexpectedEnd }
        return bytes[position]
    }

    mutating func expect(_ literal: String, value: JSONValue) throws(JSONParseError) -> JSONValue {
        for byte in literal.utf8 {
            guard try peek() == byte else { throw .unexpectedCharacter(offset: position) }
            position += 1
        }
        return value
    }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        switch try peek() {
        case UInt8(ascii: "n"): return try expect("null", value: .null)
        case UInt8(ascii: "t"): return try expect("true", value: .bool(true))
        case UInt8(ascii: "f"): return try expect("false", value: .bool(false))
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw .unexpectedCharacter(offset: position)
        }
    }

    mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= JSONValue.maximumDepth else { throw .tooDeep }
        position += 1  // [
        skipWhiteSpace()
        var elements: [JSONValue] = []
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhiteSpace()
            elements.append(try parseValue(depth: depth))
            skipWhiteSpace()
            switch try peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(elements)
            default: throw .unexpectedCharacter(offset: position)
            }
        }
    }

    mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= JSONValue.maximumDepth else { throw .tooDeep }
        position += 1  // {
        skipWhiteSpace()
        var members: [String: JSONValue] = [:]
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhiteSpace()
            guard try peek() == UInt8(ascii: "\"") else { throw .unexpectedCharacter(offset: position) }
            let key = try parseString()
            skipWhiteSpace()
            guard try peek() == UInt8(ascii: ":") else { throw .unexpectedCharacter(offset: position) }
            position += 1
            skipWhiteSpace()
            let value = try parseValue(depth: depth)
            guard members.updateValue(value, forKey: key) == nil else { throw .duplicateKey(key) }
            skipWhiteSpace()
            switch try peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(members)
            default: throw .unexpectedCharacter(offset: position)
            }
        }
    }

    mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = position
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        func digits(_ parser: inout JSONParser) -> Int {
            let first = parser.position
            while parser.position < parser.bytes.count, isDigit(parser.bytes[parser.position]) { parser.position += 1 }
            return parser.position - first
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits(&self)
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
            throw .invalidNumber(offset: start)
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw .invalidNumber(offset: start) }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits(&self) > 0 else { throw .invalidNumber(offset: start) }
        }
        // Swift's conversion rounds correctly (to nearest, ties to even), as RFC 8785 requires.
        guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw .invalidNumber(offset: start)
        }
        guard value.isFinite else { throw .numberOutOfRange(offset: start) }
        return value
    }

    mutating func parseString() throws(JSONParseError) -> String {
        position += 1  // "
        var utf8: [UInt8] = []
        while true {
            let byte = try peek()
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                let text = String(decoding: utf8, as: UTF8.self)
                // Decoding replaces invalid sequences; a changed byte count means the input was not UTF-8.
                guard text.utf8.count == utf8.count, Array(text.utf8) == utf8 else {
                    throw .invalidUTF8(offset: position)
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &utf8)
            case 0x00..<0x20:
                throw .controlCharacterInString(offset: position)
            default:
                utf8.append(byte)
                position += 1
            }
        }
    }

    mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = position - 1
        let byte = try peek()
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try parseHex4())
            if (0xD800..<0xDC00).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw .unpairedSurrogate(offset: escapeStart) }
                position += 2
                let low = UInt32(try parseHex4())
                guard (0xDC00..<0xE000).contains(low) else { throw .unpairedSurrogate(offset: escapeStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw .unpairedSurrogate(offset: escapeStart)
            }
            utf8.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            throw .invalidEscape(offset: escapeStart)
        }
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt16 {
        guard position + 4 <= bytes.count,
            let bytes4 = LedgerHex.decode(String(decoding: bytes[position..<(position + 4)], as: UTF8.self))
        else { throw .invalidEscape(offset: position) }
        position += 4
        return UInt16(bytes4[0]) << 8 | UInt16(bytes4[1])
    }
}
