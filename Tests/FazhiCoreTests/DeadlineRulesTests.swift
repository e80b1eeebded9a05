import Testing

@testable import FazhiCore

@Suite("DeadlineRules: the library and properties of every rule")
struct DeadlineRulesTests {
    @Test func idsAreUniqueAndEveryRuleCitesAnArticle() {
        // given
        let ids = DeadlineRules.all.map(\.id)
        // then
        #expect(Set(ids).count == ids.count)
        for rule in DeadlineRules.all {
            #expect(rule.basis.article.hasPrefix("第"), "\(rule.id)")
            #expect(!rule.basis.excerpt.isEmpty, "\(rule.id)")
            #expect(rule.amount > 0, "\(rule.id)")
        }
    }

    // The statutes' own definitions: 行政处罚法 art. 85 and 行政复议法 art. 88 make their 2/3/5/7/10-day
    // periods working days, and leave the 30, 60 and 90-day periods as calendar days.
    @Test func theStatutesDecideWhichPeriodsAreWorkingDays() {
        for rule in DeadlineRules.all where rule.id.hasPrefix("punishment.") || rule.id.hasPrefix("reconsideration.") {
            let short = [2, 3, 5, 7, 10].contains(rule.amount)
            #expect((rule.unit == .workingDays) == short, "\(rule.id)")
        }
    }

    /// Property, over every limit rule counted in days and 400 start dates (fixed seed): the due date is a
    /// working day, and when it is later than start + n every day in between is a day of rest.
    @Test func dueDatesAreWorkingDaysAndNeverMovedFurtherThanNeeded() throws {
        // given
        let calendar = HolidayCalendar.official
        let calculator = DeadlineCalculator(calendar: calendar)
        var state: UInt64 = 0x5EED_2026
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let base = CivilDate(iso: "2005-01-01")!.dayNumber
        for _ in 0..<400 {
            let start = CivilDate(dayNumber: base + Int(next() % 7600))
            for rule in DeadlineRules.all where rule.kind == .limit && rule.unit != .hours {
                // when
                let due = try #require(try calculator.compute(rule, start: start).due)
                // then
                #expect(calendar.isWorkday(due), "\(rule.id) from \(start)")
                if rule.unit == .calendarDays {
                    let last = start.adding(days: rule.amount)
                    #expect(due >= last)
                    #expect((0..<last.days(to: due)).allSatisfy { !calendar.isWorkday(last.adding(days: $0)) })
                } else {
                    #expect(calendar.workdays(from: start, to: due) == rule.amount, "\(rule.id) from \(start)")
                }
            }
        }
    }
}
