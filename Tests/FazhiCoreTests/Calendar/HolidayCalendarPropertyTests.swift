import Testing

@testable import FazhiCore

/// Properties of working-day counting over random dates 2000–2040 (inside and around the table) and counts −60…60,
/// from a fixed seed.
@Suite("HolidayCalendar properties")
struct HolidayCalendarPropertyTests {
    let calendar = HolidayCalendar.official

    func cases(_ count: Int, seed: UInt64) -> [(CivilDate, Int)] {
        var generator = SplitMix64(seed: seed)
        let first = date("2000-01-01").dayNumber
        let last = date("2040-12-31").dayNumber
        return (0..<count).map { _ in
            (
                CivilDate(dayNumber: Int.random(in: first...last, using: &generator)),
                Int.random(in: -60...60, using: &generator)
            )
        }
    }

    @Test("for n ≠ 0 the result is a working day, on the right side of the start")
    func resultIsWorkday() {
        for (start, n) in cases(20_000, seed: 1) where n != 0 {
            // given a start and a count
            // when n working days are added
            let result = calendar.addWorkdays(n, to: start)
            // then the result is a working day after (n > 0) or before (n < 0) the start
            #expect(calendar.isWorkday(result), "\(start) \(n)")
            #expect(n > 0 ? result > start : result < start, "\(start) \(n)")
        }
    }

    @Test("workdays(from: d, to: addWorkdays(n, d)) == n, and the result is the first date reaching n")
    func countMatchesAddition() {
        for (start, signed) in cases(20_000, seed: 2) {
            let n = abs(signed)
            // given a start and n ≥ 0
            // when n working days are added and counted again
            let result = calendar.addWorkdays(n, to: start)
            // then the count is n and the day before the result counts n − 1 (for n > 0)
            #expect(calendar.workdays(from: start, to: result) == n, "\(start) \(n)")
            if n > 0 { #expect(calendar.workdays(from: start, to: result.adding(days: -1)) == n - 1) }
        }
    }

    @Test("for n < 0 exactly |n| − 1 working days lie strictly between the result and the start")
    func negativeCounts() {
        for (start, signed) in cases(20_000, seed: 3) where signed < 0 {
            // given a start and n < 0
            let result = calendar.addWorkdays(signed, to: start)
            // when the working days strictly between are counted
            // then there are |n| − 1 of them
            #expect(calendar.workdays(from: result, to: start.adding(days: -1)) == -signed - 1, "\(start) \(signed)")
        }
    }

    @Test("adding n and then −n gives the start if it is a working day, else the last working day before it")
    func roundTrip() {
        for (start, signed) in cases(20_000, seed: 4) where signed != 0 {
            let n = abs(signed)
            // given a start and n > 0
            // when n working days are added and n subtracted again
            let back = calendar.addWorkdays(-n, to: calendar.addWorkdays(n, to: start))
            // then the start is recovered, or its previous working day when the start is a rest day
            #expect(back == calendar.previousWorkday(onOrBefore: start), "\(start) \(n)")
        }
    }

    @Test("the table agrees with day-by-day counting")
    func fastPathMatchesStepping() {
        for (start, n) in cases(5_000, seed: 5) {
            // given a start and n
            // when computed by the table and by stepping one day at a time
            // then both agree
            #expect(
                calendar.addWorkdays(n, to: start) == calendar.stepWorkdays(n, from: start.dayNumber), "\(start) \(n)")
        }
    }

    @Test("skipped days cover exactly the non-working days of the range")
    func skippedDaysCoverRestDays() {
        for (start, signed) in cases(2_000, seed: 6) {
            // given a range of up to 60 days
            let end = start.adding(days: abs(signed))
            // when the skipped days are listed
            let runs = calendar.skippedDays(from: start, to: end)
            // then their days are exactly the rest days, and runs are separated by working days
            let listed = runs.flatMap { run in (0..<run.length).map { run.first.adding(days: $0) } }
            let rest = (0...abs(signed)).map { start.adding(days: $0) }.filter { !calendar.isWorkday($0) }
            #expect(listed == rest, "\(start)…\(end)")
            #expect(
                calendar.workdays(from: start, to: end) == abs(signed) + 1 - rest.count
                    - (calendar.isWorkday(start) ? 1 : 0))
        }
    }
}
