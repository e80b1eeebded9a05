import Crypto
import Foundation

/// The tracking number and the secret query code a complainant gets (受理编号, 查询码). The number, e.g.
/// 「TS20261202-7KQ4M9XA」, is the day and eight random characters without look-alikes (no 0/O, 1/I/L); the code is
/// eight more. Only the code's SHA-256 is stored, so nobody can read a complaint with the number alone, not even
/// from the database.
public enum ComplaintCode {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    /// A new tracking number for a complaint received on `day`.
    public static func number(on day: CivilDate, using generator: inout some RandomNumberGenerator) -> String {
        "TS\(day.iso.replacingOccurrences(of: "-", with: ""))-\(random(8, using: &generator))"
    }

    /// A new query code.
    public static func code(using generator: inout some RandomNumberGenerator) -> String {
        random(8, using: &generator)
    }

    static func random(_ count: Int, using generator: inout some RandomNumberGenerator) -> String {
        String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The stored form of a code: SHA-256 of its normalised text, in hex.
    public static func hash(_ code: String) -> String {
        SHA256.hash(data: Data(normalise(code).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Text as typed, with spaces removed, full-width forms folded and letters upper-cased.
    public static func normalise(_ text: String) -> String {
        String(
            text.unicodeScalars.compactMap { scalar -> Character? in
                if scalar.properties.isWhitespace { return nil }
                if (0xFF01...0xFF5E).contains(scalar.value) {
                    return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
                }
                return Character(scalar)
            }
        ).uppercased()
    }
}
