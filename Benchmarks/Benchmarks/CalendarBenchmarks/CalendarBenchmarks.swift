import Benchmark
import CalendarWorkload
import FazhiCore

// Each iteration runs 1 000 000 operations over the fixed-seed workload, so wallClock per iteration is the time of
// a million calls (issue 3's target: at least 10 million per second, i.e. under 100 ms here).
let operationsPerIteration = 1_000_000

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal], warmupIterations: 2, maxDuration: .seconds(3), maxIterations: 15)

    let calendar = HolidayCalendar.official
    let workload = CalendarWorkload()
    let mask = CalendarWorkload.size - 1

    Benchmark("isWorkday") { benchmark in
        var working = 0
        for i in 0..<operationsPerIteration where calendar.isWorkday(workload.dates[i & mask]) { working &+= 1 }
        blackHole(working)
    }

    Benchmark("addWorkdays") { benchmark in
        var sum = 0
        for i in 0..<operationsPerIteration {
            sum &+= calendar.addWorkdays(workload.counts[i & mask], to: workload.dates[i & mask]).day
        }
        blackHole(sum)
    }
}
