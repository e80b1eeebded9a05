import Testing

@testable import FazhiCore

@Suite("Notice text (the admin form's holiday and working-day lines)")
struct NoticeTextTests {
    @Test("reads ISO, Chinese and abbreviated dates, single days and ranges")
    func readsTheFormsNoticesUse() throws {
        // given
        let text = """
            元旦 2027-01-01 至 2027-01-03
            春节 2027年2月5日至2月13日

            清明节：2027年4月3日至5日
            端午节 2027/6/9
            """
        // when
        let periods = try NoticeText.holidays(text)
        // then
        #expect(
            periods == [
                HolidayPeriod(name: "元旦", first: date("2027-01-01"), last: date("2027-01-03")),
                HolidayPeriod(name: "春节", first: date("2027-02-05"), last: date("2027-02-13")),
                HolidayPeriod(name: "清明节", first: date("2027-04-03"), last: date("2027-04-05")),
                HolidayPeriod(name: "端午节", first: date("2027-06-09"), last: date("2027-06-09")),
            ])
    }

    @Test("reads adjusted working days with the name before or after the date")
    func readsWorkdays() throws {
        let days = try NoticeText.workdays("春节 2027-02-14\n2027年2月20日 春节")
        #expect(
            days == [
                AdjustedWorkday(date: date("2027-02-14"), name: "春节"),
                AdjustedWorkday(date: date("2027-02-20"), name: "春节"),
            ])
    }

    @Test("reports every bad line by its number and returns nothing")
    func reportsBadLinesByNumber() {
        // given: line 2 has no date, line 4 an impossible end date
        let text = "元旦 2027-01-01\n春节放假\n\n国庆节 2027-10-01 至 10月32日"
        // when
        let error = #expect(throws: DomainError.self) { try NoticeText.holidays(text) }
        // then
        let messages = error?.fields.map(\.message) ?? []
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("第2行"))
        #expect(messages[1].hasPrefix("第4行"))
        #expect(error?.fields.allSatisfy { $0.field == "holidays" } == true)
    }

    @Test("the text of the 2026 notice reads back as the same periods and working days")
    func roundTripOfARealNotice() throws {
        let notice = try #require(HolidayCalendar.official.notice(for: 2026))
        #expect(try NoticeText.holidays(NoticeText.text(of: notice.holidays)) == notice.holidays)
        #expect(try NoticeText.workdays(NoticeText.text(of: notice.adjustedWorkdays)) == notice.adjustedWorkdays)
    }

    @Test("an entered notice must have a title, a plausible signing date, periods, and weekend working days")
    func validationForEntry() {
        // given
        let notice = YearNotice(
            year: 2027, title: "  ", issuedOn: date("2020-01-01"), holidays: [],
            adjustedWorkdays: [AdjustedWorkday(date: date("2027-02-10"), name: "春节")])
        // when
        let error = #expect(throws: DomainError.self) { try notice.validatedForEntry() }
        // then
        let fields = Set(error?.fields.map(\.field) ?? [])
        #expect(fields == ["title", "issuedOn", "holidays", "workdays"])
        #expect(error?.fields.contains { $0.message.contains("2027-02-10 不是周六或周日") } == true)
    }

    @Test("a valid entry is trimmed and sorted")
    func validEntry() throws {
        let notice = try YearNotice(
            year: 2027, title: " 国务院办公厅关于2027年部分节假日安排的通知 ", documentNumber: "", issuedOn: date("2026-11-10"),
            holidays: [
                HolidayPeriod(name: "国庆节", first: date("2027-10-01"), last: date("2027-10-07")),
                HolidayPeriod(name: "元旦", first: date("2027-01-01"), last: date("2027-01-01")),
            ], adjustedWorkdays: []
        ).validatedForEntry()
        #expect(notice.title == "国务院办公厅关于2027年部分节假日安排的通知")
        #expect(notice.documentNumber == nil)
        #expect(notice.holidays.map(\.name) == ["元旦", "国庆节"])
    }
}
