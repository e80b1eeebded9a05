import Foundation

/// A number of points (分值, 得分), exact to 0.01 point.
///
/// Points are whole hundredths, never binary floating point: an indicator system's 0.1 + 0.1 + 0.1 must add up to
/// exactly 0.3 points, or a parent's points would not match its children's and two units with the same score could
/// rank differently. Hundredths (两位小数) are as fine as published assessment results go.
public struct Points: Hashable, Comparable, Sendable, AdditiveArithmetic, ExpressibleByIntegerLiteral {
    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    public init(integerLiteral value: Int) { hundredths = value * 100 }

    public static let zero = Points(hundredths: 0)

    /// Reads points as people write them in a sheet or a form: 「5」, 「2.5」, 「0.25」, 「3分」, 「-1」, full-width
    /// digits included. Nil for anything else, and for more than two decimals unless the extra digits are zeros
    /// (a spreadsheet writes 2.5 as 「2.500」, never as a different number).
    public init?(_ text: some StringProtocol) {
        var scalars = Substring(Self.halfWidth(String(text)).trimmingCharacters(in: .whitespaces))
        if scalars.hasSuffix("分") { scalars = scalars.dropLast() }
        let negative = scalars.hasPrefix("-")
        if negative { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.dropFirst(2).allSatisfy({ $0 == "0" }),
            let whole = Int(parts[0])
        else { return nil }
        let cents = Int((fraction.prefix(2) + String(repeating: "0", count: 2 - min(2, fraction.count)))) ?? 0
        hundredths = (whole * 100 + cents) * (negative ? -1 : 1)
    }

    /// The points as people write them: 「5」, 「2.5」, 「0.25」, 「-1.5」, without trailing zeros.
    public var text: String {
        let magnitude = abs(hundredths)
        let sign = hundredths < 0 ? "-" : ""
        let whole = magnitude / 100
        let cents = magnitude % 100
        if cents == 0 { return "\(sign)\(whole)" }
        if cents % 10 == 0 { return "\(sign)\(whole).\(cents / 10)" }
        return "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The same value as a Foundation decimal, for a database column or a JSON number that must stay exact.
    public var decimal: Decimal { Decimal(hundredths) / 100 }

    /// `self × numerator ÷ denominator`, rounded half up to the hundredth: 5 points at 2/3 are 3.33 points.
    /// Integer arithmetic throughout, so the same counts always give the same points. Nil when `denominator` is 0.
    public func scaled(by numerator: Int, over denominator: Int) -> Points? {
        guard denominator != 0 else { return nil }
        let product = hundredths * numerator
        let sameSign = (product >= 0) == (denominator > 0)
        let rounded = (2 * abs(product) + abs(denominator)) / (2 * abs(denominator))
        return Points(hundredths: sameSign ? rounded : -rounded)
    }

    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }

    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }

    /// Full-width digits, point, minus and space (as typed with a Chinese input method) as their ASCII forms.
    static func halfWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0xFF10...0xFF19, 0xFF0E, 0xFF0D, 0xFF05: Unicode.Scalar(scalar.value - 0xFEE0)!
                    case 0x3000: " "
                    default: scalar
                    }
                }))
    }
}

extension Points: CustomStringConvertible {
    public var description: String { text }
}

extension Points: Codable {
    /// Encoded as its text (「2.5」), so that no JSON reader turns it into a binary floating-point number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let points = Points(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected points such as 2.5")
        }
        self = points
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension Sequence where Element == Points {
    /// The exact sum.
    public func sum() -> Points { reduce(.zero, +) }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
