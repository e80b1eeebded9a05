import Foundation
import Testing

@testable import FazhiCore

@Suite("Reminders and the China day")
struct ReminderPolicyTests {
    let calendar = HolidayCalendar.official
    let policy = ReminderPolicy(leadDays: [3])

    @Test("due within three working days is due soon; the fourth working day is not yet")
    func windowIsCountedInWorkingDays() {
        let today = date("2026-03-10")
        #expect(policy.reminder(due: today, today: today, calendar: calendar) == .dueSoon(lead: 3))
        #expect(
            policy.reminder(due: calendar.addWorkdays(3, to: today), today: today, calendar: calendar)
                == .dueSoon(lead: 3))
        #expect(policy.reminder(due: calendar.addWorkdays(4, to: today), today: today, calendar: calendar) == nil)
        #expect(policy.reminder(due: today.adding(days: -1), today: today, calendar: calendar) == .overdue)
    }

    @Test("across the National Day holiday a date nine days away is one working day away")
    func holidaysDoNotCount() {
        // given: the last working day before the 2026 National Day holiday and the first one after it
        let today = calendar.previousWorkday(onOrBefore: date("2026-09-30"))
        let due = calendar.nextWorkday(onOrAfter: date("2026-10-01"))
        // then
        #expect(today.days(to: due) > 3)
        #expect(policy.reminder(due: due, today: today, calendar: calendar) == .dueSoon(lead: 3))
    }

    @Test("with lead times 5 and 1, each window is reminded once; the narrowest window counts")
    func severalLeadTimes() {
        let policy = ReminderPolicy(leadDays: [1, 5, 5, -2])
        let today = date("2026-03-10")
        #expect(policy.leadDays == [5, 1])
        #expect(policy.reminder(due: calendar.addWorkdays(6, to: today), today: today, calendar: calendar) == nil)
        #expect(
            policy.reminder(due: calendar.addWorkdays(5, to: today), today: today, calendar: calendar)
                == .dueSoon(lead: 5))
        #expect(
            policy.reminder(due: calendar.addWorkdays(2, to: today), today: today, calendar: calendar)
                == .dueSoon(lead: 5))
        #expect(
            policy.reminder(due: calendar.addWorkdays(1, to: today), today: today, calendar: calendar)
                == .dueSoon(lead: 1))
        #expect(policy.reminder(due: today, today: today, calendar: calendar) == .dueSoon(lead: 1))
    }

    @Test("lead times from configuration: comma-separated working days, or nothing")
    func parsing() {
        #expect(ReminderPolicy.parse("3,1")?.leadDays == [3, 1])
        #expect(ReminderPolicy.parse("1，7")?.leadDays == [7, 1])
        #expect(ReminderPolicy.parse("") == nil)
        #expect(ReminderPolicy.parse("3,soon") == nil)
        #expect(ReminderPolicy.parse("90") == nil)
    }

    @Test("the statutory day is the day in Beijing, whatever the server's time zone")
    func chinaDay() {
        // 2026-12-31T15:59:59Z is 23:59:59 in Beijing; one second later it is 2027-01-01 there.
        let lastSecond = Double(date("2026-12-31").dayNumber * 86_400 + 15 * 3600 + 3599)
        #expect(CivilDate(chinaTimeAt: lastSecond) == date("2026-12-31"))
        #expect(CivilDate(chinaTimeAt: lastSecond + 1) == date("2027-01-01"))
        #expect(CivilDate(chinaTimeAt: -1) == date("1970-01-01"))
    }

    @Test("events from forms: an extension needs a positive amount; unknown types are named")
    func eventsFromInput() throws {
        let day = date("2026-12-01")
        #expect(
            try DeadlineEvent.from(type: "extend", date: day, amount: 30, note: " 经负责人批准 ")
                == .extend(on: day, amount: 30, note: "经负责人批准"))
        #expect(
            try DeadlineEvent.from(type: "suspend", date: day, amount: nil, note: "") == .suspend(on: day, note: nil))
        #expect(throws: DomainError.invalid("amount", "延长事件须给出延长的期限")) {
            try DeadlineEvent.from(type: "extend", date: day, amount: nil, note: nil)
        }
        #expect(throws: DomainError.invalid("amount", "延长的期限应为正数")) {
            try DeadlineEvent.from(type: "extend", date: day, amount: 0, note: nil)
        }
        let unknown = #expect(throws: DomainError.self) {
            try DeadlineEvent.from(type: "pause", date: day, amount: nil, note: nil, field: "events[0].")
        }
        #expect(unknown?.fields.first?.field == "events[0].type")
    }
}
