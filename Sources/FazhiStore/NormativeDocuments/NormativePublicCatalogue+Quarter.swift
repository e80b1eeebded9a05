import FazhiCore
import Foundation
import SQLKit

/// A calendar quarter, the period of the filing catalogue (备案目录) filing bodies publish.
public struct NormativePublicQuarter: Sendable, Equatable {
    public let year: Int
    /// 1 to 4.
    public let quarter: Int

    public init?(year: Int, quarter: Int) {
        guard (1949...9999).contains(year), (1...4).contains(quarter) else { return nil }
        (self.year, self.quarter) = (year, quarter)
    }

    /// The quarter `day` falls in.
    public init(containing day: CivilDate) {
        (year, quarter) = (day.year, (day.month - 1) / 3 + 1)
    }

    /// Reads `?year=&quarter=`: either may be left out (then the quarter of `today`'s), a value that cannot be a
    /// year or a quarter is a field error.
    public static func read(year: String?, quarter: String?, today: CivilDate) throws(DomainError)
        -> NormativePublicQuarter
    {
        let current = NormativePublicQuarter(containing: today)
        var v = Validation()
        let yearText = year?.trimmingCharacters(in: .whitespaces) ?? ""
        let quarterText = quarter?.trimmingCharacters(in: .whitespaces) ?? ""
        let y = yearText.isEmpty ? current.year : Int(yearText)
        let q = quarterText.isEmpty ? current.quarter : Int(quarterText)
        if y == nil || !(1949...9999).contains(y!) { v.add("year", "年份「\(yearText.prefix(20))」不正确，应为四位数字，例如 2026") }
        if q == nil || !(1...4).contains(q!) { v.add("quarter", "季度「\(quarterText.prefix(20))」不正确，应为1、2、3或4") }
        try v.check()
        return NormativePublicQuarter(year: y!, quarter: q!)!
    }

    public var first: CivilDate { CivilDate(year: year, month: quarter * 3 - 2, day: 1)! }
    public var last: CivilDate {
        CivilDate(year: year, month: quarter * 3, day: CivilDate.daysInMonth(year: year, month: quarter * 3))!
    }

    /// 「2026年第四季度」.
    public var label: String { "\(year)年第\(["一", "二", "三", "四"][quarter - 1])季度" }

    public var previous: NormativePublicQuarter {
        quarter == 1 ? NormativePublicQuarter(year: year - 1, quarter: 4)! : .init(year: year, quarter: quarter - 1)!
    }
    public var next: NormativePublicQuarter {
        quarter == 4 ? NormativePublicQuarter(year: year + 1, quarter: 1)! : .init(year: year, quarter: quarter + 1)!
    }
}

extension NormativePublicCatalogue {
    /// 备案目录: the documents registered (备案登记) in `quarter`, in the order of registration.
    public func catalogue(_ quarter: NormativePublicQuarter) async throws -> [NormativeDocumentRow] {
        try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false))
            WHERE \(Self.published) AND d.registered_on >= \(bind: quarter.first.iso)
              AND d.registered_on <= \(bind: quarter.last.iso)
            ORDER BY d.registered_on, d.number_code, d.number_year, d.number_sequence, d.id
            """
        ).all().map(NormativeDocumentRow.decode)
    }
}
