import Testing

@testable import FazhiCore

@Suite("Reporting cycles of standing work")
struct PlanReportingCycleTests {
    func period(_ cycle: PlanRecurrence, _ day: String) -> String? {
        PlanReportingCycle(cycle).period(containing: CivilDate(iso: day)!).map {
            "\($0.first.iso)…\($0.last.iso) \($0.key)"
        }
    }

    @Test("quarters, halves, months and years end where the calendar says")
    func periods() {
        #expect(period(.init(.quarterly), "2027-05-10") == "2027-04-01…2027-06-30 2027-Q2")
        #expect(period(.init(.quarterly), "2027-12-31") == "2027-10-01…2027-12-31 2027-Q4")
        #expect(period(.init(.halfYearly), "2027-07-01") == "2027-07-01…2027-12-31 2027-H2")
        #expect(period(.init(.monthly), "2028-02-03") == "2028-02-01…2028-02-29 2028-2")
        #expect(period(.init(.yearly), "2027-05-10") == "2027-01-01…2027-12-31 2027")
        #expect(PlanReportingCycle(.init(.weekly)).period(containing: CivilDate(iso: "2027-05-10")!) == nil)
    }

    @Test("「每年3月底前」: the report is due on 3-31 and the next period starts the day after")
    func fixedDay() {
        let cycle = PlanRecurrence(.yearly, month: 3, day: 31)
        #expect(period(cycle, "2027-03-31") == "2026-04-01…2027-03-31 2027")
        #expect(period(cycle, "2027-04-01") == "2027-04-01…2028-03-31 2028")
        #expect(PlanReportingCycle(stored: PlanReportingCycle(cycle).stored!) == PlanReportingCycle(cycle))
        #expect(PlanReportingCycle(.init(.weekly)).stored == nil)
    }
}
