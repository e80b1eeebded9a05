import Foundation
import Testing

@testable import FazhiCore

@Suite("CivilDate")
struct CalendarCivilDateTests {
    @Test("rejects impossible dates")
    func rejectsImpossibleDates() {
        // given impossible components and text
        // when parsed
        // then nothing is produced
        #expect(CivilDate(year: 2026, month: 2, day: 30) == nil)
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CivilDate(iso: "2026-02-30") == nil)
        #expect(CivilDate(iso: "2026-2-3") == nil)
        #expect(CivilDate(iso: "2026/02/03") == nil)
        #expect(CivilDate(iso: "２０２６-02-03") == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test("day numbers and weekdays match known dates")
    func dayNumbers() {
        // given dates whose day numbers and weekdays are known
        // when converted
        // then they match
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("1970-01-01").weekday == 4)
        #expect(date("2000-03-01").dayNumber == 11_017)
        #expect(date("2026-09-28").weekday == 1)
        #expect(date("2026-10-10").weekday == 6)
        #expect(date("1969-12-31").dayNumber == -1)
        #expect(CivilDate(dayNumber: -1) == date("1969-12-31"))
    }

    @Test("day numbers round-trip and agree with Foundation's Gregorian calendar")
    func roundTrip() {
        // given every 7th day from 1900 to 2100
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        let first = date("1900-01-01").dayNumber
        let last = date("2100-12-31").dayNumber
        for n in stride(from: first, through: last, by: 7) {
            // when converted both ways
            let civil = CivilDate(dayNumber: n)
            let components = gregorian.dateComponents(
                [.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: Double(n) * 86_400))
            // then the date, its day number and its weekday agree with Foundation
            #expect(civil.dayNumber == n)
            #expect(civil.year == components.year && civil.month == components.month && civil.day == components.day)
            #expect(civil.weekday == (components.weekday! + 5) % 7 + 1)
        }
    }

    @Test("codes as YYYY-MM-DD")
    func codable() throws {
        // given a date
        let value = date("2026-02-14")
        // when encoded and decoded
        let data = try JSONEncoder().encode([value])
        let back = try JSONDecoder().decode([CivilDate].self, from: data)
        // then the text is ISO and the value survives; bad text is an error
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-02-14\"]")
        #expect(back == [value])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data("[\"2026-02-30\"]".utf8))
        }
    }

    @Test("adding days and ordering")
    func addingDays() {
        // given a date at a month and year end
        // when days are added
        // then the calendar rolls over and the order follows time
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2026-03-01").adding(days: -1) == date("2026-02-28"))
        #expect(date("2026-09-28") < date("2026-10-01"))
        #expect(date("2026-01-01").days(to: date("2027-01-01")) == 365)
    }
}
