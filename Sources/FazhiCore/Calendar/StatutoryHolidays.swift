import Foundation

/// The statutory holidays (全体公民放假的节日) of 《全国年节及纪念日放假办法》, used to compute a provisional calendar
/// for a year that has no State Council notice yet.
///
/// Article 2 as revised by 国务院关于修改《全国年节及纪念日放假办法》的决定 (国务院令第795号, 2024-11-10, in force
/// 2025-01-01): 元旦 1 day (1月1日); 春节 4 days (农历除夕、正月初一至初三); 清明节 1 day (农历清明当日); 劳动节 2 days
/// (5月1日、2日); 端午节 1 day (农历端午当日); 中秋节 1 day (农历中秋当日); 国庆节 3 days (10月1日至3日).
///
/// Only these days are marked. Article 6 (a holiday falling on a Saturday or Sunday is made up on a working day) and
/// the moved weekends (调休) are placed by the State Council's annual notice, so they are not guessed here; every
/// result for such a year is flagged provisional instead.
public enum StatutoryHolidays {
    /// The statutory holiday periods of `year` under the 2024 revision, in date order.
    public static func periods(in year: Int) -> [HolidayPeriod] {
        guard let newYear = CivilDate(year: year, month: 1, day: 1),
            let labour = CivilDate(year: year, month: 5, day: 1),
            let national = CivilDate(year: year, month: 10, day: 1)
        else { return [] }
        var periods = [
            HolidayPeriod(name: "元旦", first: newYear, last: newYear),
            HolidayPeriod(name: "劳动节", first: labour, last: labour.adding(days: 1)),
            HolidayPeriod(name: "国庆节", first: national, last: national.adding(days: 2)),
        ]
        if let qingming = qingming(year: year) {
            periods.append(HolidayPeriod(name: "清明节", first: qingming, last: qingming))
        }
        let lunar = LunarFestivals.dates(in: year)
        if let springFestival = lunar.springFestival {
            // 除夕 is the day before 正月初一, whether 腊月 has 29 or 30 days.
            periods.append(
                HolidayPeriod(name: "春节", first: springFestival.adding(days: -1), last: springFestival.adding(days: 2)))
        }
        if let dragonBoat = lunar.dragonBoat {
            periods.append(HolidayPeriod(name: "端午节", first: dragonBoat, last: dragonBoat))
        }
        if let midAutumn = lunar.midAutumn {
            // In years when 中秋 falls on 10月1日–3日 the two holidays share days; keep 国庆节's days and let 中秋节
            // name only the days it does not share (the notice will decide the real arrangement).
            if !(national...national.adding(days: 2)).contains(midAutumn) {
                periods.append(HolidayPeriod(name: "中秋节", first: midAutumn, last: midAutumn))
            }
        }
        return periods.sorted { $0.first < $1.first }
    }

    /// The day of the solar term 清明 (sun at ecliptic longitude 15°) in China Standard Time, for 2000…2099, by the
    /// common closed-form approximation ("寿星通用公式"): day = ⌊Y·D + C⌋ − ⌊Y/4⌋ of April, where Y is the year's last two
    /// digits, D = 0.2422 (the tropical year's excess over 365 days) and C = 4.81 (清明's constant for the 21st
    /// century). No exception to this formula is known for 清明 in 2000–2099; scripts/calendar/crosscheck.py compares
    /// every year 2000–2099 with the solar-term table of the chinesecalendar package.
    public static func qingming(year: Int) -> CivilDate? {
        guard (2000...2099).contains(year) else { return nil }
        let y = Double(year % 100)
        let day = Int((y * 0.2422 + 4.81).rounded(.down)) - (year % 100) / 4
        return CivilDate(year: year, month: 4, day: day)
    }
}

/// The Gregorian dates of 正月初一, 五月初五 and 八月十五 in a year, from Foundation's Chinese calendar (ICU's
/// astronomical computation of the 农历, which follows GB/T 33661-2017 for the years concerned).
enum LunarFestivals {
    struct Dates: Sendable {
        var springFestival: CivilDate?
        var dragonBoat: CivilDate?
        var midAutumn: CivilDate?
    }

    /// Scans every day of `year` once; called when a calendar table is built, never per query.
    static func dates(in year: Int) -> Dates {
        var chinese = Calendar(identifier: .chinese)
        var gregorian = Calendar(identifier: .gregorian)
        let beijing = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        chinese.timeZone = beijing
        gregorian.timeZone = beijing
        var result = Dates()
        guard let first = CivilDate(year: year, month: 1, day: 1) else { return result }
        let length = CivilDate.isLeapYear(year) ? 366 : 365
        for offset in 0..<length {
            let date = first.adding(days: offset)
            // Noon avoids any ambiguity at midnight.
            guard
                let instant = gregorian.date(
                    from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
            else { continue }
            let lunar = chinese.dateComponents([.month, .day, .isLeapMonth], from: instant)
            guard lunar.isLeapMonth != true, let month = lunar.month, let day = lunar.day else { continue }
            switch (month, day) {
            case (1, 1): result.springFestival = date
            case (5, 5): result.dragonBoat = date
            case (8, 15): result.midAutumn = date
            default: break
            }
        }
        return result
    }
}
