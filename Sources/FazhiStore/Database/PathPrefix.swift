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
        let safe = value.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
        }
        return "'\(unsafeRaw: safe ? value : "/nothing/")%'"
    }
}
