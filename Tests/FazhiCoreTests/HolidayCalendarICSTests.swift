import Testing

@testable import FazhiCore

@Suite("HolidayCalendar.ics")
struct HolidayCalendarICSTests {
    @Test func aPublishedYearListsEveryHolidayAndAdjustedWorkday() throws {
        // given
        let calendar = HolidayCalendar.official
        let notice = try #require(calendar.notice(for: 2026))
        // when
        let ics = calendar.ics(year: 2026)
        // then
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(
            ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == notice.holidays.count
                + notice.adjustedWorkdays.count)
        // National Day 10-01..10-07: an all-day event ends the day after its last day (RFC 5545 DTEND is exclusive).
        #expect(ics.contains("DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008"))
        #expect(ics.contains("SUMMARY:调休上班（国庆节）"))
        #expect(ics.contains("国办发明电〔2025〕7号"))
    }

    @Test func aYearWithoutANoticeIsMarkedProvisionalAndHasNoAdjustedWorkdays() {
        // given, when
        let ics = HolidayCalendar.official.ics(year: 2027)
        // then
        #expect(ics.contains("X-WR-CALNAME:2027年节假日安排（暂定）"))
        #expect(!ics.contains("调休上班"))
        #expect(ics.contains("SUMMARY:春节放假"))
    }
}
