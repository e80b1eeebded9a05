import Testing

@testable import FazhiCore

@Suite("Provisional calendar (years without a notice)")
struct CalendarProvisionalTests {
    let calendar = HolidayCalendar.official

    @Test("2027: 春节 is 除夕 2027-02-05 through 初三 2027-02-08, with 正月初一 on 2027-02-06")
    func springFestival2027() {
        // given 2027, which has no notice yet
        // when its Spring Festival is looked up (Foundation's Chinese calendar gives 正月初一 = 2027-02-06)
        let lunar = LunarFestivals.dates(in: 2027)
        // then the four statutory days are provisional holidays and the days around them are not
        #expect(lunar.springFestival == date("2027-02-06"))
        for text in ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"] {
            #expect(calendar.dayInfo(date(text)) == DayInfo(date: date(text), kind: .holiday("春节"), provisional: true))
        }
        #expect(calendar.dayInfo(date("2027-02-04")).kind == .workday)
        #expect(calendar.dayInfo(date("2027-02-09")).kind == .workday)
    }

    @Test("2027's other statutory holidays follow the 2024 revision")
    func otherHolidays2027() {
        // given the statutory periods of 2027
        let periods = StatutoryHolidays.periods(in: 2027)
        // when listed
        // then they are 元旦, 春节, 清明, 劳动节 (2 days), 端午, 中秋, 国庆 (3 days) on the right dates
        #expect(
            periods.map { "\($0.name) \($0.first.iso) \($0.length)" } == [
                "元旦 2027-01-01 1", "春节 2027-02-05 4", "清明节 2027-04-05 1", "劳动节 2027-05-01 2",
                "端午节 2027-06-09 1", "中秋节 2027-09-15 1", "国庆节 2027-10-01 3",
            ])
        #expect(
            calendar.skippedDays(from: date("2027-09-30"), to: date("2027-10-04")).map(\.label) == [
                "2027-10-01至10-03 国庆节（暂定）"
            ])
    }

    @Test("every provisional year has its 13 statutory days (12 when 中秋 meets 国庆), all rest days")
    func everyProvisionalYear() {
        for year in 2027...2035 {
            // given a year without a notice
            #expect(calendar.isProvisional(year: year))
            // when its holidays are computed
            let periods = StatutoryHolidays.periods(in: year)
            let days = periods.reduce(0) { $0 + $1.length }
            // then there are 13 statutory days (fewer only when 中秋 falls on 10月1日–3日) and they are all rest days
            #expect(days == 13 || (days == 12 && periods.count == 6), "\(year): \(days)")
            for period in periods {
                for day in period.days { #expect(!calendar.isWorkday(day), "\(day)") }
            }
        }
        #expect(!calendar.isProvisional(year: 2026))
    }

    @Test("清明 by the formula on known dates")
    func qingming() {
        // given known 清明 dates
        // when computed
        // then they match
        #expect(StatutoryHolidays.qingming(year: 2024) == date("2024-04-04"))
        #expect(StatutoryHolidays.qingming(year: 2025) == date("2025-04-04"))
        #expect(StatutoryHolidays.qingming(year: 2026) == date("2026-04-05"))
        #expect(StatutoryHolidays.qingming(year: 2027) == date("2027-04-05"))
        #expect(StatutoryHolidays.qingming(year: 2100) == nil)
    }
}
