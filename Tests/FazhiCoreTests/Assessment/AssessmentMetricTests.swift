import Foundation
import Testing

@testable import FazhiCore

@Suite("Assessment metrics: defined, counted, drilled down")
struct AssessmentMetricTests {
    let year = AssessmentPeriod.year(2025)!

    func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test("every figure in the catalogue has a unique code and a full definition")
    func catalogue() {
        let codes = AssessmentMetric.catalogue.map(\.code)
        #expect(Set(codes).count == codes.count)
        for metric in AssessmentMetric.catalogue {
            #expect(!metric.name.isEmpty && !metric.numerator.isEmpty && !metric.denominator.isEmpty)
            #expect(!metric.period.isEmpty && !metric.module.isEmpty)
            #expect(metric.definition.contains("分子：") && metric.definition.contains("分母："))
        }
        let available = Set(AssessmentMetric.catalogue.filter(\.isAvailable).map(\.code))
        #expect(
            available == [
                "plan.tasks.on_time", "plan.tasks.completed", "inspection.findings.rectified",
                "inspection.findings.rectified_on_time", "deadlines.met",
            ])
        #expect(AssessmentMetric.named("reconsideration.corrected")?.direction == .lowerIsBetter)
        #expect(AssessmentMetric.named("normative_documents.filed_on_time")?.definition.contains("数据暂缺") == true)
        #expect(AssessmentMetric.named("no.such.figure") == nil)
    }

    @Test("a rate is a count over a count; with nothing to count there is no rate")
    func values() {
        let value = MetricValue(numerator: 20, denominator: 21)
        #expect(value.rate == 20.0 / 21.0)
        #expect(value.percentText == "95.2%")
        #expect(value.text == "95.2%（20/21）")
        #expect(MetricValue(numerator: 1, denominator: 1).percentText == "100%")
        let none = MetricValue(numerator: 0, denominator: 0)
        #expect(!none.hasData)
        #expect(none.rate == nil)
        #expect(none.percentText == "无数据")
    }

    @Test("task figures count the units that answer for a task, due in the period, standing work left out")
    func tasks() {
        // given
        func task(_ n: Int, _ role: PlanUnit.Role, _ status: PlanTaskStatus, due: String?, done: String? = nil)
            -> TaskAssignmentFact
        {
            TaskAssignmentFact(
                id: uuid(n), role: role, status: status, due: due.map(day), completedOn: done.map(day))
        }
        let tasks = [
            task(1, .lead, .done, due: "2025-06-30", done: "2025-06-30"),  // on time, on the last day
            task(2, .lead, .done, due: "2025-06-30", done: "2025-07-01"),  // late, but within the year
            task(3, .responsible, .inProgress, due: "2025-09-30"),  // not done
            task(4, .lead, .done, due: "2025-12-31", done: "2026-01-05"),  // done after the period: not completed
            task(5, .cooperating, .done, due: "2025-06-30", done: "2025-06-01"),  // 配合: not this unit's figure
            task(6, .lead, .ongoing, due: nil),  // 长期推进: no date, no period
            task(7, .lead, .done, due: "2024-12-31", done: "2024-12-01"),  // another year
            task(8, .lead, .notStarted, due: nil),  // no date
        ]
        // when
        let onTime = MetricCounting.tasksOnTime(tasks, in: year)
        let completed = MetricCounting.tasksCompleted(tasks, in: year)
        // then
        #expect(onTime.counted == [uuid(1), uuid(2), uuid(3), uuid(4)])
        #expect(onTime.met == [uuid(1)])
        #expect(onTime.value == MetricValue(numerator: 1, denominator: 4))
        #expect(onTime.missed == [uuid(2), uuid(3), uuid(4)])
        #expect(completed.met == [uuid(1), uuid(2)])
        #expect(completed.value.percentText == "50%")
    }

    @Test("findings: rectified by the period's end; on time when the report that got them closed was in time")
    func findings() {
        // given
        func finding(_ n: Int, raised: String, deadline: String, closed: String? = nil, reported: String? = nil)
            -> FindingFact
        {
            FindingFact(
                id: uuid(n), raisedOn: day(raised), deadline: day(deadline), closedOn: closed.map(day),
                reportedOn: reported.map(day))
        }
        let findings = [
            finding(1, raised: "2025-03-01", deadline: "2025-05-31", closed: "2025-06-10", reported: "2025-05-30"),
            finding(2, raised: "2025-03-01", deadline: "2025-05-31", closed: "2025-06-10", reported: "2025-06-02"),
            finding(3, raised: "2025-03-01", deadline: "2025-05-31"),  // reopened: no closure stands
            finding(4, raised: "2025-11-01", deadline: "2026-01-31", closed: "2026-01-20", reported: "2026-01-10"),
            finding(5, raised: "2024-11-01", deadline: "2025-01-31", closed: "2025-01-20", reported: "2025-01-10"),
        ]
        // when
        let rectified = MetricCounting.findingsRectified(findings, in: year)
        let onTime = MetricCounting.findingsRectifiedOnTime(findings, in: year)
        // then
        #expect(rectified.counted == [uuid(1), uuid(2), uuid(3), uuid(4)])
        #expect(rectified.met == [uuid(1), uuid(2)])
        #expect(onTime.counted == [uuid(1), uuid(2), uuid(3), uuid(5)])
        #expect(onTime.met == [uuid(1), uuid(5)])
    }

    @Test("statutory deadlines are met when done by their last day")
    func deadlines() {
        // given
        let deadlines = [
            DeadlineFact(id: uuid(1), due: day("2025-04-10"), closedOn: day("2025-04-10")),
            DeadlineFact(id: uuid(2), due: day("2025-04-10"), closedOn: day("2025-04-11")),
            DeadlineFact(id: uuid(3), due: day("2025-04-10"), closedOn: nil),
            DeadlineFact(id: uuid(4), due: nil, closedOn: nil),  // suspended: no last day yet
        ]
        // when
        let met = MetricCounting.deadlinesMet(deadlines, in: year)
        // then
        #expect(met.value == MetricValue(numerator: 1, denominator: 3))
        #expect(met.met == [uuid(1)])
    }

    @Test("a period ends on or after the day it starts")
    func periods() {
        #expect(year.text == "2025-01-01至2025-12-31")
        #expect(year.contains(day("2025-12-31")) && !year.contains(day("2026-01-01")))
        #expect(AssessmentPeriod(first: day("2025-02-01"), last: day("2025-01-31")) == nil)
    }
}
