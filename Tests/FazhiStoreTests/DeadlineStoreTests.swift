import Fluent
import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiStore

/// The 2027 notice used by these tests: a Spring Festival longer than the statutory minimum that the provisional
/// calendar assumes, so that deadlines ending in it move.
let notice2027 = YearNotice(
    year: 2027, title: "国务院办公厅关于2027年部分节假日安排的通知（测试）", documentNumber: "国办发明电〔2026〕99号",
    issuedOn: CivilDate(year: 2026, month: 11, day: 20)!,
    holidays: [
        HolidayPeriod(
            name: "元旦", first: CivilDate(year: 2027, month: 1, day: 1)!, last: CivilDate(year: 2027, month: 1, day: 3)!),
        HolidayPeriod(
            name: "春节", first: CivilDate(year: 2027, month: 2, day: 5)!, last: CivilDate(year: 2027, month: 2, day: 13)!
        ),
    ],
    adjustedWorkdays: [AdjustedWorkday(date: CivilDate(year: 2027, month: 2, day: 14)!, name: "春节")])

@Suite("Watched deadlines, calendar versions, reminders")
struct DeadlineStoreTests {
    func watch(
        _ store: TestStore, _ subject: String, rule: String = "punishment.decision", start: String, org: Organisation,
        owner: User, scope: Scope = .system
    ) async throws -> TrackedDeadline {
        try await DeadlineRepository(db: store.db, scope: scope).create(
            TrackedDeadlineInput(subject: subject, ruleID: rule, start: CivilDate(iso: start)),
            defaultOrganisation: org.id, defaultOwner: owner.id, calendar: .builtIn, by: store.actor)
    }

    func notifications(_ store: TestStore, _ user: User) async throws -> [UserNotification] {
        try await Notifications(db: store.db, userID: user.id).list()
    }

    @Test("a 90-day limit ending in a provisional Spring Festival is provisional until the notice is entered")
    func provisionalUntilNotice() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let owner = try await store.user("owner", in: tree.market)
            // when: filed 2026-11-11, the 90th day is 2027-02-09
            let deadline = try await watch(store, "某公司超标排放案", start: "2026-11-11", org: tree.market, owner: owner)
            // then
            #expect(deadline.provisional)
            #expect(deadline.due == CivilDate(iso: "2027-02-09"))
            #expect(deadline.calendarVersion == 0)
            #expect(try await store.audit(action: "deadline.create").count == 1)
        }
    }

    @Test("entering a notice versions the calendar, moves the deadlines it affects, records why and tells owners")
    func noticeMovesDeadlines() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let owner = try await store.user("owner", in: tree.market)
            let other = try await store.user("other", in: tree.county)
            let moving = try await watch(store, "某公司超标排放案", start: "2026-11-11", org: tree.market, owner: owner)
            let steady = try await watch(store, "某商户无照经营案", start: "2026-09-01", org: tree.county, owner: other)
            let closed = try await watch(store, "已办结的案件", start: "2026-11-11", org: tree.market, owner: owner)
            _ = try await DeadlineRepository(db: store.db, scope: .system).setStatus(
                closed.id, .closed, by: store.actor)
            // when
            let change = try await CalendarStore(db: store.db).add(
                notice2027, reason: "测试录入", orgPath: tree.city.path, by: store.actor)
            // then: version 1, two open deadlines recomputed, one moved to what the new calendar gives
            let expected = try DeadlineCalculator(calendar: change.current.calendar).compute(
                DeadlineRules.rule("punishment.decision")!, start: CivilDate(iso: "2026-11-11")!)
            #expect(change.current.version == 1)
            #expect(change.recomputed == 2)
            #expect(change.moves.map(\.deadlineID) == [moving.id])
            #expect(expected.due == CivilDate(iso: "2027-02-14"))
            #expect(expected.explanation.contains { $0.contains("春节") })
            let repo = DeadlineRepository(db: store.db, scope: .system)
            let after = try await repo.find(moving.id).deadline
            #expect(after.due == expected.due)
            #expect(!after.provisional)
            #expect(after.calendarVersion == 1)
            #expect(try await repo.find(closed.id).deadline.due == CivilDate(iso: "2027-02-09"))
            let moves = try await repo.moves(of: moving.id)
            #expect(moves.count == 1)
            #expect(moves.first?.summary == "届满日由 2027-02-09 调整为 2027-02-14")
            #expect(moves.first?.reason.contains("日历第1版") == true)
            let told = try await notifications(store, owner)
            #expect(told.count == 1)
            #expect(told.first?.kind == "deadline.moved")
            #expect(told.first?.link == "/deadlines/\(moving.id)")
            #expect(try await notifications(store, other).isEmpty)
            #expect(try await store.audit(action: "calendar.notice").count == 1)
            // and the calendar read back is the new one
            let current = try await CalendarStore(db: store.db).current()
            #expect(current.version == 1)
            #expect(!current.calendar.isProvisional(year: 2027))
            #expect(!current.calendar.isWorkday(CivilDate(iso: "2027-02-09")!))
            #expect(current.calendar.isWorkday(CivilDate(iso: "2027-02-14")!))
        }
    }

    @Test("an inconsistent notice is refused with field errors and changes nothing")
    func invalidNoticeChangesNothing() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let owner = try await store.user("owner", in: tree.market)
            let deadline = try await watch(store, "某案", start: "2026-11-11", org: tree.market, owner: owner)
            var bad = notice2027
            bad.adjustedWorkdays = [AdjustedWorkday(date: CivilDate(iso: "2027-02-10")!, name: "春节")]
            let audit = try await store.auditCount()
            // when
            let error = await domainError {
                _ = try await CalendarStore(db: store.db).add(
                    bad, reason: nil, orgPath: tree.city.path, by: store.actor)
            }
            // then
            #expect(error?.fields.map(\.field) == ["workdays", "workdays"])
            #expect(try await CalendarStore(db: store.db).latestVersion() == 0)
            #expect(try await DeadlineRepository(db: store.db, scope: .system).find(deadline.id).deadline == deadline)
            #expect(try await store.auditCount() == audit)
        }
    }

    @Test("a later notice for the same year replaces the earlier one; history keeps both")
    func laterNoticeReplaces() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let calendars = CalendarStore(db: store.db)
            _ = try await calendars.add(notice2027, reason: nil, orgPath: tree.city.path, by: store.actor)
            var corrected = notice2027
            corrected.holidays[1].last = CivilDate(iso: "2027-02-11")!
            corrected.adjustedWorkdays = []
            let change = try await calendars.add(corrected, reason: "更正", orgPath: tree.city.path, by: store.actor)
            #expect(change.current.version == 2)
            #expect(change.current.calendar.isWorkday(CivilDate(iso: "2027-02-12")!))
            let history = try await calendars.history()
            #expect(history.map(\.version) == [2, 1])
            #expect(history.first?.reason == "更正")
        }
    }

    @Test("reminders: once when due soon, once when overdue, again after the date moves")
    func remindersAreSentOnce() async throws {
        try await TestStore.with { store in
            // given: a 5-working-day limit
            let tree = try await Tree.build(in: store)
            let owner = try await store.user("owner", in: tree.market)
            let calendar = HolidayCalendar.official
            let deadline = try await watch(
                store, "听证申请", rule: "punishment.hearing-request", start: "2026-03-02", org: tree.market, owner: owner)
            let due = try #require(deadline.due)
            // when / then: far away, nothing
            #expect(
                try await DeadlineReminders.sweep(
                    today: CivilDate(iso: "2026-03-02")!, calendar: calendar, on: store.db) == 0)
            // due within three working days: one reminder, and only one however often the sweep runs
            let soon = calendar.addWorkdays(-2, to: due)
            #expect(try await DeadlineReminders.sweep(today: soon, calendar: calendar, on: store.db) == 1)
            #expect(try await DeadlineReminders.sweep(today: soon, calendar: calendar, on: store.db) == 0)
            // the last working day before: the one-day lead time is reminded too, once
            let eve = calendar.addWorkdays(-1, to: due)
            #expect(try await DeadlineReminders.sweep(today: eve, calendar: calendar, on: store.db) == 1)
            #expect(try await DeadlineReminders.sweep(today: eve, calendar: calendar, on: store.db) == 0)
            // passed: one overdue reminder
            #expect(
                try await DeadlineReminders.sweep(today: due.adding(days: 1), calendar: calendar, on: store.db) == 1)
            #expect(
                try await DeadlineReminders.sweep(today: due.adding(days: 2), calendar: calendar, on: store.db) == 0)
            let kinds = try await notifications(store, owner).map(\.kind)
            #expect(kinds == ["deadline.overdue", "deadline.due_soon", "deadline.due_soon"])
            // an extension moves the date: a new due-soon reminder is due for the new date
            _ = try await DeadlineRepository(db: store.db, scope: .system).addEvent(
                deadline.id, .restart(on: due, note: "补正后重新起算"), calendar: .builtIn, by: store.actor)
            let moved = try await DeadlineRepository(db: store.db, scope: .system).find(deadline.id).deadline
            let newDue = try #require(moved.due)
            #expect(newDue > due)
            #expect(try await DeadlineReminders.sweep(today: newDue, calendar: calendar, on: store.db) == 1)
            // a closed deadline is not reminded
            _ = try await DeadlineRepository(db: store.db, scope: .system).setStatus(
                deadline.id, .closed, by: store.actor)
            #expect(
                try await DeadlineReminders.sweep(today: newDue.adding(days: 5), calendar: calendar, on: store.db) == 0)
        }
    }

    @Test("deadlines outside the scope are invisible and cannot be changed")
    func scope() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let owner = try await store.user("owner", in: tree.market)
            let cityCase = try await watch(store, "市局案件", start: "2026-11-11", org: tree.market, owner: owner)
            let countyOwner = try await store.user("county", in: tree.countyMarket)
            let countyCase = try await watch(
                store, "县局案件", start: "2026-11-11", org: tree.countyMarket, owner: countyOwner)
            let county = DeadlineRepository(db: store.db, scope: Scope(tree.county))
            let far = CivilDate(iso: "2030-01-01")!
            // when
            let listed = try await county.list(.all, today: CivilDate(iso: "2026-11-11")!, until: far)
            let findError = await domainError { _ = try await county.find(cityCase.id) }
            let eventError = await domainError {
                _ = try await county.addEvent(
                    cityCase.id, .suspend(on: CivilDate(iso: "2026-11-20")!, note: nil), calendar: .builtIn,
                    by: store.actor)
            }
            let createError = await domainError {
                _ = try await county.create(
                    TrackedDeadlineInput(
                        subject: "越权", ruleID: "punishment.decision", start: CivilDate(iso: "2026-11-11")),
                    defaultOrganisation: tree.market.id, defaultOwner: countyOwner.id, calendar: .builtIn,
                    by: store.actor)
            }
            let foreignOwner = await domainError {
                _ = try await county.create(
                    TrackedDeadlineInput(
                        subject: "越权", ruleID: "punishment.decision", start: CivilDate(iso: "2026-11-11")),
                    defaultOrganisation: tree.countyMarket.id, defaultOwner: owner.id, calendar: .builtIn,
                    by: store.actor)
            }
            // then
            #expect(listed.map(\.deadline.id) == [countyCase.id])
            #expect(findError == DeadlineRepository.notFound)
            #expect(eventError == DeadlineRepository.notFound)
            #expect(createError?.fields.first?.field == "organisationID")
            #expect(foreignOwner?.fields.first?.field == "ownerID")
            #expect(try await DeadlineRepository(db: store.db, scope: .system).find(cityCase.id).deadline == cityCase)
        }
    }

    @Test("an event the rule forbids, or one on a closed deadline, is refused and changes nothing")
    func refusedEvents() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let owner = try await store.user("owner", in: tree.market)
            let repo = DeadlineRepository(db: store.db, scope: .system)
            let deadline = try await watch(
                store, "复议案件", rule: "reconsideration.decision", start: "2026-03-02", org: tree.market, owner: owner)
            let tooLong = await domainError {
                _ = try await repo.addEvent(
                    deadline.id, .extend(on: CivilDate(iso: "2026-04-01")!, amount: 90, note: nil), calendar: .builtIn,
                    by: store.actor)
            }
            #expect(tooLong != nil)
            #expect(try await repo.find(deadline.id).deadline == deadline)
            let extended = try await repo.addEvent(
                deadline.id, .extend(on: CivilDate(iso: "2026-04-01")!, amount: 30, note: "经批准"), calendar: .builtIn,
                by: store.actor)
            #expect(extended.due! > deadline.due!)
            _ = try await repo.setStatus(deadline.id, .closed, by: store.actor)
            let closedError = await domainError {
                _ = try await repo.addEvent(
                    deadline.id, .suspend(on: CivilDate(iso: "2026-04-02")!, note: nil), calendar: .builtIn,
                    by: store.actor)
            }
            #expect(closedError == .conflict("该期限已办结，不能再登记事件"))
        }
    }
}
