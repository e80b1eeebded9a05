// swift-tools-version: 6.1
// Micro-benchmarks for Fazhi, kept out of the root package so that building or testing the application never
// resolves the benchmark harness. Run them with scripts/bench/calendar.sh (or `swift package benchmark` here).
import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, which is whatever the clone of the repository is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let fazhiCore: Target.Dependency = .product(name: "FazhiCore", package: root)

let package = Package(
    name: "FazhiBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(
            url: "https://github.com/ordo-one/package-benchmark.git", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The fixed-seed inputs shared by the harness benchmarks and the plain timing loop.
        .target(
            name: "CalendarWorkload",
            dependencies: [fazhiCore]
        ),
        .executableTarget(
            name: "CalendarBenchmarks",
            dependencies: [
                "CalendarWorkload",
                fazhiCore,
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/CalendarBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        // Prints the built-in calendar as CSV (for scripts/calendar/crosscheck.sh) and times the calendar in a plain
        // loop (for scripts/bench/calendar.sh).
        .executableTarget(
            name: "calendar-export",
            dependencies: ["CalendarWorkload", fazhiCore]
        ),
    ],
    swiftLanguageModes: [.v6]
)
