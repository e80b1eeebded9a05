import Foundation

/// 统一社会信用代码 (unified social credit code), validated as GB 32100-2015 prescribes:
/// 18 characters from a 31-character alphabet (no I, O, Z, S, V), the last one a check
/// character computed from the first 17 with weights 3^i mod 31.
public struct CreditCode: Hashable, Codable, Sendable, CustomStringConvertible {
    public let value: String

    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Parses and validates a code; lower-case letters and surrounding spaces are accepted.
    public init(_ raw: String) throws(CreditCodeError) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        let chars = Array(text)
        guard chars.count == 18 else { throw .wrongLength(chars.count) }
        var values: [Int] = []
        for char in chars {
            guard let index = Self.alphabet.firstIndex(of: char) else { throw .invalidCharacter(char) }
            values.append(index)
        }
        let expected = Self.checkCharacter(for: values.prefix(17))
        guard chars[17] == expected else { throw .checkMismatch(expected: expected) }
        value = text
    }

    /// The check character for the first 17 character values.
    static func checkCharacter(for values: ArraySlice<Int>) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }

    /// Completes a 17-character body with its check character (used by demo data and tests).
    public static func completing(_ body: String) -> String? {
        let chars = Array(body.uppercased())
        guard chars.count == 17 else { return nil }
        var values: [Int] = []
        for char in chars {
            guard let index = alphabet.firstIndex(of: char) else { return nil }
            values.append(index)
        }
        return body.uppercased() + String(checkCharacter(for: values[...]))
    }

    public var description: String { value }
}

public enum CreditCodeError: Error, Equatable, Sendable {
    case wrongLength(Int)
    case invalidCharacter(Character)
    case checkMismatch(expected: Character)

    /// The message shown to a user next to the field.
    public var message: String {
        switch self {
        case .wrongLength(let n): "统一社会信用代码应为18位，当前为\(n)位"
        case .invalidCharacter(let c): "统一社会信用代码含有不允许的字符「\(c)」（不使用I、O、Z、S、V）"
        case .checkMismatch: "统一社会信用代码校验位不正确，请核对"
        }
    }
}
