import FazhiCore
import SQLKit

extension OrgPath {
    /// The subtree test as an SQL literal, `LIKE '/id1/id2/%'`, for hot read paths written in plain SQL.
    ///
    /// Why a literal and not a bound parameter: SQLite plans `LIKE ?` for the value bound at the first step and
    /// then prepares the statement a second time (its LIKE optimisation depends on the pattern), so a bound
    /// pattern costs two parses per query. A path holds only hexadecimal digits, `-` and `/` (checked here), so
    /// it cannot break out of the literal; anything else falls back to a pattern that matches nothing.
    var sqlSubtreePattern: SQLQueryString {
        "'\(unsafeRaw: safeValue)%'"
    }

    /// The subtree test as a range on `column`, `column >= '/id1/id2/' AND column < '/id1/id20'`: every path in
    /// the subtree starts with this one and ends in `/`, and `0` is the character after `/`, so the range holds
    /// exactly the subtree. Unlike `LIKE`, which SQLite evaluates row by row (case-insensitively), a range is
    /// answered from the column's index. Where a query must walk another index (newest audit entries by time),
    /// the pattern is the better filter. PostgreSQL compares text by the database's collation, in which `/` need not
    /// sort before `0`, so there the comparison is made in the "C" (byte) collation.
    func sqlSubtreeRange(_ column: String, on db: any SQLDatabase) -> SQLQueryString {
        let low = safeValue
        let high = String(low.dropLast()) + "0"
        let compared = db.dialect.name == "postgresql" ? "\(column) COLLATE \"C\"" : column
        return "(\(unsafeRaw: compared) >= '\(unsafeRaw: low)' AND \(unsafeRaw: compared) < '\(unsafeRaw: high)')"
    }

    private var safeValue: String {
        let safe =
            value.hasSuffix("/")
            && value.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
            }
        return safe ? value : "/nothing/"
    }
}
