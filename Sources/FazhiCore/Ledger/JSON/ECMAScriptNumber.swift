/// Number.prototype.toString of ECMAScript (ECMA-262, Number::toString), which RFC 8785 §3.2.2.3 adopts for
/// JSON numbers.
///
/// ECMAScript picks the fewest significant digits s (k of them) such that s × 10^(n−k) reads back as the same
/// double, then lays them out depending on the decimal exponent n. Swift's own `description` of a `Double` already
/// is a shortest round-trip rendering (the standard library's SwiftDtoa, which also picks the closest candidate),
/// so its digits are taken and only the layout is redone here.
enum ECMAScriptNumber {
    /// `value` must be finite.
    static func string(for value: Double) -> String {
        if value == 0 { return "0" }  // both +0 and −0
        let (digits, n) = shortestDigits(of: value.magnitude)
        let k = digits.count
        var text = value < 0 ? "-" : ""
        if k <= n, n <= 21 {
            // An integer: the digits followed by n − k zeros, e.g. 1e20 → 100000000000000000000.
            text += digits + String(repeating: "0", count: n - k)
        } else if 0 < n, n <= 21 {
            // A decimal point inside the digits, e.g. 123.456.
            text += digits.prefix(n) + "." + digits.dropFirst(n)
        } else if -6 < n, n <= 0 {
            // A small number with leading zeros, down to 0.000001.
            text += "0." + String(repeating: "0", count: -n) + digits
        } else {
            // Exponent notation: d[.ddd]e±x, with the exponent's sign always written.
            let exponent = n - 1
            text += digits.prefix(1)
            if k > 1 { text += "." + digits.dropFirst() }
            text += "e" + (exponent < 0 ? "-" : "+") + String(exponent.magnitude)
        }
        return text
    }

    /// The shortest significant digits s (no leading or trailing zeros) and the exponent n with
    /// value = 0.s × 10^n, for a positive finite value.
    static func shortestDigits(of value: Double) -> (digits: String, exponent: Int) {
        // `description` is "123.456", "9007199254740992.0", "1e-07" or "1.7976931348623157e+308".
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1])! : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = mantissa[0]
        let fractionPart = mantissa.count == 2 ? mantissa[1] : ""
        // value = (integerPart fractionPart as an integer) × 10^(exponent − fractionPart.count).
        var digits = Substring(integerPart + fractionPart)
        var power = exponent - fractionPart.count
        while digits.first == "0" { digits = digits.dropFirst() }
        while digits.last == "0" {
            digits = digits.dropLast()
            power += 1
        }
        return (String(digits), power + digits.count)
    }
}
