import Foundation
import Testing

@testable import FazhiCore

@Suite("Assessment demo indicator system")
struct AssessmentDemoTests {
    let system = DemoIndicators.system

    @Test("the demo system is valid, totals 100 points, and covers the eight national areas")
    func valid() throws {
        #expect(system.problems().isEmpty, "\(system.problems().map(\.message))")
        #expect(system.total == 100)
        #expect(system.countsByLevel[0] == 8 && system.countsByLevel[1] == 16)
        #expect(system.indicators.first?.name == "政府职能依法全面履行")
        #expect(system.indicators.last?.name == "法治政府建设组织领导落实到位")
    }

    @Test("the demo mixes figures the platform has, figures still missing, and manual indicators with evidence")
    func mix() {
        let metrics = system.leaves.compactMap { $0.method?.metricCode }.compactMap(AssessmentMetric.named)
        #expect(metrics.contains { $0.isAvailable })
        #expect(metrics.contains(where: { !$0.isAvailable }))
        #expect(metrics.contains(where: { $0.direction == .lowerIsBetter }))
        let manual = system.leaves.filter { $0.method == .manual(evidenceRequired: true) }
        #expect(manual.count >= 10 && manual.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test("the demo survives export and import unchanged")
    func roundTrip() throws {
        #expect(try IndicatorSystem.fromTable(system.tableRows(), name: system.name) == system)
    }

    @Test("an indicator system is stored as JSON and read back unchanged, points as text")
    func json() throws {
        // when
        let data = try JSONEncoder().encode(system)
        // then
        #expect(try JSONDecoder().decode(IndicatorSystem.self, from: data) == system)
        #expect(String(decoding: data, as: UTF8.self).contains(#""points":"4.5""#))
    }
}
