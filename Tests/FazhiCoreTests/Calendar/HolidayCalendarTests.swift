import Testing

@testable import FazhiCore

@Suite("HolidayCalendar worked examples")
struct HolidayCalendarTests {
    let calendar = HolidayCalendar.official

    @Test("National Day 2026: 2026-09-28 + 5 working days is Saturday 2026-10-10 (an adjusted working day)")
    func nationalDay2026() {
        // given Monday 2026-09-28 and the 2026 notice (国庆节 10月1日至7日, 10月10日（周六）上班)
        let start = date("2026-09-28")
        // when 5 working days are added (29, 30, 8, 9, 10)
        let due = calendar.addWorkdays(5, to: start)
        // then the result is the adjusted working day and the skipped days are explained
        #expect(due == date("2026-10-10"))
        #expect(calendar.dayInfo(due).kind == .adjustedWorkday("国庆节"))
        #expect(calendar.workdays(from: start, to: due) == 5)
        #expect(calendar.skippedDays(from: start, to: due).map(\.label) == ["2026-10-01至10-07 国庆节"])
    }

    @Test("Spring Festival 2026: 2026-02-14 and 2026-02-28 are working Saturdays, 02-15…02-23 rest days")
    func springFestival2026() {
        // given the days around the 2026 Spring Festival
        // when classified
        // then they follow 国办发明电〔2025〕7号
        #expect(calendar.dayInfo(date("2026-02-14")).kind == .adjustedWorkday("春节"))
        #expect(calendar.dayInfo(date("2026-02-28")).kind == .adjustedWorkday("春节"))
        #expect(calendar.isWorkday(date("2026-02-14")))
        for offset in 0..<9 {
            #expect(calendar.dayInfo(date("2026-02-15").adding(days: offset)).kind == .holiday("春节"))
        }
        #expect(calendar.isWorkday(date("2026-02-24")))
        #expect(calendar.dayInfo(date("2026-02-21")).provisional == false)
        // and 2026-02-13 + 1 working day is the working Saturday
        #expect(calendar.addWorkdays(1, to: date("2026-02-13")) == date("2026-02-14"))
        #expect(calendar.addWorkdays(2, to: date("2026-02-13")) == date("2026-02-24"))
        #expect(calendar.addWorkdays(-1, to: date("2026-02-24")) == date("2026-02-14"))
    }

    @Test("ordinary weekends, zero and negative counts")
    func ordinaryDays() {
        // given Friday 2026-03-06 and Saturday 2026-03-07
        // when counted
        // then weekends are skipped both ways and n == 0 returns the date itself, even a rest day
        #expect(calendar.dayInfo(date("2026-03-07")).kind == .weekend)
        #expect(calendar.addWorkdays(1, to: date("2026-03-06")) == date("2026-03-09"))
        #expect(calendar.addWorkdays(-1, to: date("2026-03-09")) == date("2026-03-06"))
        #expect(calendar.addWorkdays(0, to: date("2026-03-07")) == date("2026-03-07"))
        #expect(calendar.nextWorkday(onOrAfter: date("2026-03-07")) == date("2026-03-09"))
        #expect(calendar.nextWorkday(onOrAfter: date("2026-03-06")) == date("2026-03-06"))
        #expect(
            calendar.skippedDays(from: date("2026-03-06"), to: date("2026-03-09")).map(\.label) == [
                "2026-03-07至03-08 周末"
            ])
    }

    @Test("2020 Spring Festival extension: 2020-02-01 is a rest day, work resumes on 2020-02-03")
    func extension2020() {
        // given the 2020 notice as amended by 国办发明电〔2020〕1号
        // when 2020-01-23 + 1 working day is computed
        // then the extended period is skipped
        #expect(!calendar.isWorkday(date("2020-02-01")))
        #expect(calendar.addWorkdays(1, to: date("2020-01-23")) == date("2020-02-03"))
        #expect(calendar.notice(for: 2020)?.amendments.first?.documentNumber == "国办发明电〔2020〕1号")
    }

    @Test("a new year's notice replaces the provisional calendar")
    func withNotice() throws {
        // given the official calendar, provisional for 2027, and an (invented) 2027 notice
        #expect(calendar.isProvisional(year: 2027))
        let notice = YearNotice(
            year: 2027, title: "测试通知", issuedOn: date("2026-11-01"),
            holidays: [HolidayPeriod(name: "春节", first: date("2027-02-05"), last: date("2027-02-12"))],
            adjustedWorkdays: [AdjustedWorkday(date: date("2027-02-20"), name: "春节")])
        // when it is added
        let updated = try calendar.withNotice(notice)
        // then 2027 is no longer provisional, its days follow the notice, and the original is unchanged
        #expect(!updated.isProvisional(year: 2027))
        #expect(
            updated.dayInfo(date("2027-02-20"))
                == DayInfo(date: date("2027-02-20"), kind: .adjustedWorkday("春节"), provisional: false))
        #expect(updated.dayInfo(date("2027-02-10")).kind == .holiday("春节"))
        #expect(
            updated.dayInfo(date("2027-04-05")).kind == .weekend || updated.dayInfo(date("2027-04-05")).kind == .workday
        )
        #expect(calendar.dayInfo(date("2027-02-20")).kind == .weekend)
        #expect(calendar.dayInfo(date("2027-02-20")).provisional)
    }

    @Test("dates outside the table follow the weekday rule and are provisional")
    func outsideTable() {
        // given dates before 2004 and after 2035
        let early = date("2003-06-02")
        let late = date("2040-01-06")
        // when classified and counted
        // then weekends are skipped and the results are flagged provisional
        #expect(calendar.dayInfo(early) == DayInfo(date: early, kind: .workday, provisional: true))
        #expect(calendar.dayInfo(date("2040-01-07")).kind == .weekend)
        #expect(calendar.addWorkdays(5, to: late) == date("2040-01-13"))
        #expect(calendar.addWorkdays(-1, to: date("2004-01-02")) == date("2003-12-31"))
        #expect(calendar.workdays(from: date("2003-12-26"), to: date("2004-01-05")) == 5)
    }
}
