import Testing

@testable import FazhiCore

@Suite("Official notices")
struct CalendarOfficialNoticesTests {
    @Test("one notice per year 2004…2026, each consistent")
    func everyYearConsistent() {
        // given the built-in notices
        let notices = YearNotice.official
        // when checked
        // then there is exactly one per year and none has a problem
        #expect(notices.map(\.year) == Array(2004...2026))
        for notice in notices {
            #expect(notice.validate().isEmpty, "\(notice.year): \(notice.validate())")
            #expect(notice.title == "国务院办公厅关于\(notice.year)年部分节假日安排的通知")
            #expect(notice.issuedOn.year == notice.year - 1, "\(notice.year) notice signed in the year before")
        }
    }

    @Test("every period lies in its year, or at most reaches back into the last days of December")
    func periodsInYear() {
        // given every notice
        for notice in YearNotice.official {
            for period in notice.holidays {
                // when its periods are examined
                // then they start in the year or in late December before it, and end in the year
                #expect(period.last.year == notice.year, "\(period)")
                #expect(
                    period.first.year == notice.year
                        || (period.first.year == notice.year - 1 && period.first.month == 12 && period.first.day >= 29),
                    "\(period)")
                #expect(period.length >= 1 && period.length <= 10, "\(period)")
            }
            for workday in notice.adjustedWorkdays {
                // and every adjusted working day is a Saturday or Sunday near its year
                #expect(workday.date.isWeekend, "\(workday)")
                #expect(workday.date.year == notice.year || workday.date.year == notice.year - 1, "\(workday)")
            }
        }
    }

    @Test("the statutory days of each period's holiday lie inside it")
    func statutoryDaysInsidePeriods() {
        // given the fixed-date holidays (元旦 1月1日, 劳动节 5月1日, 国庆节 10月1日)
        for notice in YearNotice.official {
            let names = Dictionary(grouping: notice.holidays, by: \.name)
            func covers(_ name: String, _ month: Int, _ day: Int) -> Bool {
                let target = CivilDate(year: notice.year, month: month, day: day)!
                return notice.holidays.contains { $0.name.contains(name) && $0.first <= target && target <= $0.last }
            }
            // when looked up
            // then each notice's period of that name contains the statutory day
            #expect(covers("元旦", 1, 1), "\(notice.year) 元旦")
            #expect(covers("劳动节", 5, 1), "\(notice.year) 劳动节")
            #expect(covers("国庆节", 10, 1), "\(notice.year) 国庆节")
            #expect(names.keys.contains { $0.contains("春节") })
        }
    }

    @Test("春节 periods contain 正月初一 as computed by Foundation's Chinese calendar")
    func springFestivalMatchesLunarCalendar() {
        // given each year's computed 正月初一
        for notice in YearNotice.official {
            let newYear = LunarFestivals.dates(in: notice.year).springFestival!
            // when the notice's 春节 period is looked up
            let period = notice.holidays.first { $0.name == "春节" }!
            // then it contains 正月初一
            #expect(period.first <= newYear && newYear <= period.last, "\(notice.year): \(newYear) not in \(period)")
        }
    }

    @Test("清明 periods contain the solar term computed by the formula")
    func qingmingMatchesFormula() {
        for notice in YearNotice.official where notice.year >= 2008 {
            // given the computed 清明
            let qingming = StatutoryHolidays.qingming(year: notice.year)!
            // when the notice's period is looked up
            let period = notice.holidays.first { $0.name == "清明节" }!
            // then it contains the day
            #expect(period.first <= qingming && qingming <= period.last, "\(notice.year)")
        }
    }

    @Test("the 2026 notice is 国办发明电〔2025〕7号 of 2025-11-04")
    func notice2026() {
        // given the 2026 notice
        let notice = HolidayCalendar.official.notice(for: 2026)!
        // when read
        // then its reference and 调休 match the published text
        #expect(notice.documentNumber == "国办发明电〔2025〕7号")
        #expect(notice.issuedOn == date("2025-11-04"))
        #expect(
            notice.adjustedWorkdays.map(\.date) == [
                date("2026-01-04"), date("2026-02-14"), date("2026-02-28"), date("2026-05-09"), date("2026-09-20"),
                date("2026-10-10"),
            ])
        #expect(
            notice.holidays.first { $0.name == "春节" }
                == HolidayPeriod(name: "春节", first: date("2026-02-15"), last: date("2026-02-23")))
    }

    @Test("validation reports inconsistent notices")
    func validationFindsProblems() {
        // given a notice with a weekday working day, an overlap and a date in another year
        let notice = YearNotice(
            year: 2027, title: "test", issuedOn: date("2026-11-01"),
            holidays: [
                HolidayPeriod(name: "春节", first: date("2027-02-05"), last: date("2027-02-11")),
                HolidayPeriod(name: "元宵", first: date("2027-02-11"), last: date("2027-02-11")),
                HolidayPeriod(name: "国庆节", first: date("2028-10-01"), last: date("2028-10-01")),
            ],
            adjustedWorkdays: [AdjustedWorkday(date: date("2027-02-15"), name: "春节")])
        // when validated
        let problems = notice.validate()
        // then each problem is reported
        #expect(problems.contains(.periodsOverlap(date("2027-02-11"))))
        #expect(problems.contains(.outsideYear(date("2028-10-01"))))
        #expect(problems.contains(.adjustedWorkdayNotOnWeekend(AdjustedWorkday(date: date("2027-02-15"), name: "春节"))))
        #expect(throws: HolidayCalendarError.self) { try HolidayCalendar.official.withNotice(notice) }
    }
}
