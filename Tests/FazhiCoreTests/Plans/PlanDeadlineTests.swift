import Testing

@testable import FazhiCore

@Suite("PlanDeadline: deadline phrases")
struct PlanDeadlineTests {
    func find(_ text: String, year: Int? = nil) -> [PlanDeadline] {
        PlanDeadlineScanner.deadlines(in: text, referenceYear: year)
    }

    func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test(
        "dated forms keep their words beside the date",
        arguments: [
            ("2022年年底前基本实现数据联通", "2022年年底前", PlanDeadline.Kind.yearEnd, "2022-12-31"),
            ("2024年底前建成协调监督工作体系", "2024年底前", .yearEnd, "2024-12-31"),
            ("2023年末完成清理", "2023年末", .yearEnd, "2023-12-31"),
            ("2022年内完成", "2022年内", .yearEnd, "2022-12-31"),
            ("2022年4月底前，梳理制定目录", "2022年4月底前", .monthEnd, "2022-04-30"),
            ("2024年2月底前", "2024年2月底前", .monthEnd, "2024-02-29"),
            ("2022年6月前出台", "2022年6月前", .monthEnd, "2022-06-30"),
            ("2023年上半年", "2023年上半年", .monthEnd, "2023-06-30"),
            ("2023年第三季度末", "2023年第三季度末", .monthEnd, "2023-09-30"),
            ("2022年6月30日前报送", "2022年6月30日前", .date, "2022-06-30"),
            ("2022年9月中旬前", "2022年9月中旬前", .date, "2022-09-20"),
            ("2025年前实现督察全覆盖", "2025年前", .byYear, "2025-12-31"),
            ("到2022年，政府职能全面履行", "到2022年", .byYear, "2022-12-31"),
            ("截至2023年6月底", "截至2023年6月底", .monthEnd, "2023-06-30"),
            ("到2025年底，基本建成", "到2025年底", .yearEnd, "2025-12-31"),
        ])
    func dated(text: String, words: String, kind: PlanDeadline.Kind, iso: String) throws {
        // when
        let found = try #require(find(text).first)
        // then
        #expect(found.text == words)
        #expect(found.kind == kind)
        #expect(found.date?.iso == iso)
    }

    @Test("a plan's period and other years are not deadlines")
    func notDeadlines() {
        #expect(find("《法治政府建设实施纲要(2021—2025年)》").isEmpty)
        #expect(find("为2035年基本建成法治国家奠定基础").isEmpty)
        #expect(find("自2022年起施行").isEmpty)
        #expect(find("于2022年4月召开会议").isEmpty)
        #expect(find("力争通过5年时间的努力").isEmpty)
        #expect(find("确保每人每年接受不少于60学时的培训").count == 1)
    }

    @Test("month and year ends without a year take the plan's year, or no date")
    func withoutYear() {
        #expect(find("6月底前完成", year: 2023).first?.date == date(2023, 6, 30))
        #expect(find("6月底前完成").first?.date == nil)
        #expect(find("6月底前完成").first?.kind == .monthEnd)
        #expect(find("年底前完成清理", year: 2023).first?.date == date(2023, 12, 31))
        #expect(find("今年年底前完成").first?.text == "今年年底前")
        #expect(find("今年内完成", year: 2024).first?.date == date(2024, 12, 31))
    }

    @Test(
        "recurring forms",
        arguments: [
            ("每年举办两期以上法治专题讲座", "每年", PlanRecurrence.Period.yearly, nil as Int?),
            ("每季度通报一次", "每季度", .quarterly, nil), ("每半年报告", "每半年", .halfYearly, nil),
            ("每月调度", "每月", .monthly, nil), ("每年3月底前报送上一年度报告", "每年3月底前", .yearly, 3),
            ("每年年底前总结", "每年年底前", .yearly, 12), ("每季度末汇总", "每季度末", .quarterly, nil),
        ])
    func recurring(text: String, words: String, period: PlanRecurrence.Period, month: Int?) throws {
        let found = try #require(find(text).first)
        #expect(found.text == words)
        #expect(found.date == nil)
        guard case .recurring(let recurrence) = found.kind else {
            Issue.record("not recurring: \(found.kind)")
            return
        }
        #expect(recurrence.period == period)
        #expect(recurrence.month == month)
        #expect(find(text).count == 1)
    }

    @Test("长期坚持 is ongoing; 持续推进 only in a deadline field")
    func ongoing() {
        #expect(find("长期坚持依法决策").first?.kind == .ongoing)
        #expect(find("持续推进依法行政").isEmpty)
        #expect(PlanDeadlineScanner.fieldDeadline("持续推进", referenceYear: nil)?.kind == .ongoing)
        #expect(PlanDeadlineScanner.fieldDeadline("2023年6月底前", referenceYear: nil)?.kind == .monthEnd)
    }

    @Test("relative deadlines name their event, amount and direction")
    func relative() throws {
        // given
        let before = try #require(find("行政规范性文件有效期届满前6个月，主要执行部门要开展评估").first)
        let meeting = try #require(find("确保政府在人大常委会召开审议法规草案会议的1个月前提出立法议案").first)
        let after = try #require(find("自印发之日起30日内报送备案").first)
        let workdays = try #require(find("收到申请后5个工作日内作出决定").first)
        let chinese = try #require(find("会议召开三个月前").first)
        // then
        #expect(before.kind == .relative(.init(anchor: "行政规范性文件有效期届满", amount: 6, unit: .months, before: true)))
        #expect(before.text == "行政规范性文件有效期届满前6个月")
        #expect(meeting.kind == .relative(.init(anchor: "人大常委会召开审议法规草案会议", amount: 1, unit: .months, before: true)))
        #expect(meeting.text == "人大常委会召开审议法规草案会议的1个月前")
        #expect(after.kind == .relative(.init(anchor: "印发", amount: 30, unit: .days, before: false)))
        #expect(workdays.kind == .relative(.init(anchor: "收到申请", amount: 5, unit: .workingDays, before: false)))
        #expect(chinese.kind == .relative(.init(anchor: "会议召开", amount: 3, unit: .months, before: true)))
        #expect(find("6月").isEmpty)
    }

    @Test("a text with several deadlines yields each once, in order")
    func several() {
        let found = find("2022年年底前盟市行政机关负责人出庭应诉率不低于90%，2024年年底前旗县(市、区)行政机关负责人出庭应诉率不低于90%。")
        #expect(found.map(\.text) == ["2022年年底前", "2024年年底前"])
        #expect(found.map(\.kind) == [.yearEnd, .yearEnd])
    }
}
