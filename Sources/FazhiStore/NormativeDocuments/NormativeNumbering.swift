import FazhiCore
import Foundation
import SQLKit

/// 统一编号: numbers are drawn per issuer code and year, one after another, inside the registering transaction; the
/// unique index on (code, year, sequence) stands behind it, so a number is never printed twice.
enum NormativeNumbering {
    /// The issuer code as entered (「内政规」, 「呼政办规」): 2 to 12 characters, letters or CJK, no brackets or digits
    /// (the year and sequence are added).
    static func code(_ text: String?, into v: inout Validation) -> String? {
        let code = text?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !code.isEmpty else {
            v.add("numberCode", "请填写发文机关代字，例如「内政规」")
            return nil
        }
        guard (2...12).contains(code.count), code.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else {
            v.add("numberCode", "发文机关代字应为2至12个汉字或字母，不含年份、序号和括号，例如「内政规」")
            return nil
        }
        return code
    }

    static func next(code: String, year: Int, on sql: any SQLDatabase) async throws -> (sequence: Int, text: String) {
        if sql.dialect.name == "postgresql" {
            // Two registrations of the same code and year at once would both read the same maximum; a lock held to
            // the end of the transaction makes the second wait and read the first's number. (SQLite has one writer.)
            try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: "\(code)|\(year)")))").run()
        }
        let sequence =
            try await sql.raw(
                """
                SELECT COALESCE(MAX(number_sequence), 0) + 1 AS n FROM normative_documents
                WHERE number_code = \(bind: code) AND number_year = \(bind: year)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 1
        return (sequence, "\(code)〔\(year)〕\(sequence)号")
    }
}
