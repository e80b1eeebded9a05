import CalendarWorkload
import FazhiCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// calendar-export csv [FIRST LAST]   every day as date,workday,kind,name,provisional (default 2004..2026)
// calendar-export qingming           the computed 清明 date of every year 2000–2099
// calendar-export time SECONDS       ops/s of isWorkday and addWorkdays over the fixed-seed workload, as JSON
// calendar-export workload           the fixed-seed workload with our answers, as date,n,isWorkday,addWorkdays
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
    print("calendar-export: \(message)")
    exit(2)
}

func exportCSV(from firstYear: Int, to lastYear: Int) {
    let calendar = HolidayCalendar.official
    print("date,workday,kind,name,provisional")
    var day = CivilDate(year: firstYear, month: 1, day: 1)!
    let end = CivilDate(year: lastYear, month: 12, day: 31)!
    while day <= end {
        let info = calendar.dayInfo(day)
        let kind: String =
            switch info.kind {
            case .workday: "workday"
            case .weekend: "weekend"
            case .holiday: "holiday"
            case .adjustedWorkday: "adjusted_workday"
            }
        print("\(day.iso),\(info.isWorkday ? 1 : 0),\(kind),\(info.holidayName ?? ""),\(info.provisional ? 1 : 0)")
        day = day.adding(days: 1)
    }
}

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs `body` (one million operations) repeatedly for about `seconds` and returns the best operations per second.
func measure(seconds: Double, _ body: () -> Int) -> Double {
    var best = 0.0
    var sink = 0
    let stop = now() + seconds
    repeat {
        let start = now()
        sink &+= body()
        best = max(best, 1_000_000 / (now() - start))
    } while now() < stop
    if sink == 42 { print("") }  // keeps the loop's result alive
    return best
}

func time(seconds: Double) {
    let calendar = HolidayCalendar.official
    let workload = CalendarWorkload()
    let mask = CalendarWorkload.size - 1
    let isWorkday = measure(seconds: seconds) {
        var working = 0
        for i in 0..<1_000_000 where calendar.isWorkday(workload.dates[i & mask]) { working &+= 1 }
        return working
    }
    let addWorkdays = measure(seconds: seconds) {
        var sum = 0
        for i in 0..<1_000_000 {
            sum &+= calendar.addWorkdays(workload.counts[i & mask], to: workload.dates[i & mask]).day
        }
        return sum
    }
    print("{\"isWorkday\": \(Int(isWorkday)), \"addWorkdays\": \(Int(addWorkdays))}")
}

switch arguments.first {
case "csv":
    let years = arguments.dropFirst().compactMap { Int($0) }
    exportCSV(from: years.first ?? 2004, to: years.dropFirst().first ?? 2026)
case "qingming":
    print("year,qingming")
    for year in 2000...2099 { print("\(year),\(StatutoryHolidays.qingming(year: year)!.iso)") }
case "time":
    time(seconds: arguments.dropFirst().first.flatMap(Double.init) ?? 1)
case "workload":
    // The same inputs for the Python peer, with our answers so that it can check them: date,n,isWorkday,addWorkdays.
    let calendar = HolidayCalendar.official
    let workload = CalendarWorkload()
    for (date, count) in zip(workload.dates, workload.counts) {
        let working = calendar.isWorkday(date) ? 1 : 0
        print("\(date.iso),\(count),\(working),\(calendar.addWorkdays(count, to: date).iso)")
    }
default:
    fail("usage: calendar-export csv [FIRST LAST] | qingming | time SECONDS | workload")
}
