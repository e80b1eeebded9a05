import Fluent
import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("UserRepository")
struct UserRepositoryTests {
    @Test("list, find and count see only users of organisations in scope")
    func scoped() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let inMarket = try await store.user("market-a", in: tree.market)
            let inTeam = try await store.user("team-a", in: tree.marketTeam)
            let inCounty = try await store.user("county-a", in: tree.countyMarket)
            let repo = store.users(in: Scope(tree.market))
            // when
            let listed = try await repo.list()
            let outside = await domainError { _ = try await repo.find(inCounty.id) }
            // then
            #expect(listed.map(\.user.id) == [inMarket.id, inTeam.id])  // sorted by username
            #expect(listed.map(\.organisation.id) == [tree.market.id, tree.marketTeam.id])
            #expect(try await repo.count() == 2)
            #expect(try await repo.find(inTeam.id).user == inTeam)
            #expect(outside == UserRepository.notFound)
            #expect(try await store.users(in: Scope(tree.city)).count() == 3)
        }
    }

    @Test("a username already taken is a field error on username, and nothing is written")
    func duplicateUsername() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await store.user("zhang.san", in: tree.county)
            let repo = store.users(in: Scope(tree.market))  // the existing user is outside this scope
            let usersBefore = try await store.userCount()
            let auditBefore = try await store.auditCount()
            // when
            let error = await domainError {
                _ = try await repo.create(
                    ValidUserInput(
                        username: "zhang.san", displayName: "张三", organisationID: tree.market.id, roles: [.officer],
                        password: TestStore.password),
                    by: store.actor)
            }
            // then
            #expect(error?.fields.map(\.field) == ["username"])
            #expect(try await store.userCount() == usersBefore)
            #expect(try await store.auditCount() == auditBefore)
        }
    }

    @Test("a user cannot be created in, or moved to, an organisation outside the scope")
    func organisationOutsideScope() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("li.si", in: tree.market)
            let repo = store.users(in: Scope(tree.market))
            // when
            let onCreate = await domainError {
                _ = try await repo.create(
                    ValidUserInput(
                        username: "wang.wu", displayName: "王五", organisationID: tree.county.id, roles: [.officer],
                        password: TestStore.password),
                    by: store.actor)
            }
            let onUpdate = await domainError {
                _ = try await repo.update(
                    user.id,
                    ValidUserInput(
                        username: user.username, displayName: user.displayName, organisationID: tree.county.id,
                        roles: user.roles, password: nil),
                    by: store.actor)
            }
            // then
            #expect(onCreate?.fields.map(\.field) == ["organisationID"])
            #expect(onUpdate?.fields.map(\.field) == ["organisationID"])
            #expect(try await store.users(in: .system).find(user.id).user == user)
        }
    }

    @Test("deactivating a user ends their sessions and is audited; one cannot deactivate oneself")
    func deactivationEndsSessions() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("zhao.liu", in: tree.marketTeam)
            let admin = try await store.user("admin", in: tree.city, roles: [.admin])
            let sessions = SessionStore(db: store.db)
            let token = try await sessions.start(userID: user.id)
            let adminToken = try await sessions.start(userID: admin.id)
            let repo = store.users(in: Scope(tree.city))
            let adminActor = Actor(userID: admin.id, name: "管理员")
            // when
            let deactivated = try await repo.setActive(user.id, false, by: adminActor)
            let selfDeactivation = await domainError { _ = try await repo.setActive(admin.id, false, by: adminActor) }
            // then
            #expect(!deactivated.active)
            #expect(try await sessions.user(token: token) == nil)
            #expect(try await store.accounts.member(id: user.id) == nil)
            #expect(try await sessions.user(token: adminToken) == admin.id)
            if case .conflict = selfDeactivation {
            } else {
                Issue.record("self-deactivation: \(String(describing: selfDeactivation))")
            }
            let entries = try await store.audit(action: "user.deactivate")
            #expect(entries.map(\.entityID) == [user.id.uuidString])
            #expect(entries.first?.orgPath == tree.marketTeam.path.value)
        }
    }

    @Test("resetting a password through update ends the user's sessions; other edits keep them")
    func passwordResetEndsSessions() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("sun.qi", in: tree.market)
            let sessions = SessionStore(db: store.db)
            let token = try await sessions.start(userID: user.id)
            let repo = store.users(in: Scope(tree.city))
            // when
            _ = try await repo.update(
                user.id,
                ValidUserInput(
                    username: user.username, displayName: "孙七", organisationID: tree.market.id, roles: [.legalUnit],
                    password: nil),
                by: store.actor)
            let afterRename = try await sessions.user(token: token)
            _ = try await repo.update(
                user.id,
                ValidUserInput(
                    username: user.username, displayName: "孙七", organisationID: tree.market.id, roles: [.legalUnit],
                    password: "new-pass-2026"),
                by: store.actor)
            let afterReset = try await sessions.user(token: token)
            // then
            #expect(afterRename == user.id)
            #expect(afterReset == nil)
            _ = try await store.accounts.signIn(username: user.username, password: "new-pass-2026", address: "10.0.0.1")
        }
    }
}

@Suite("Accounts")
struct AccountsTests {
    @Test("sign-in with the right password gives the member, its organisation and scope")
    func signIn() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("officer.a", in: tree.marketUnit, roles: [.officer])
            let justice = try await store.user("justice.a", in: tree.justice, roles: [.justice])
            // when
            let member = try await store.accounts.signIn(
                username: "  Officer.A ", password: TestStore.password, address: "10.0.0.1")
            let supervisor = try await store.accounts.signIn(
                username: "justice.a", password: TestStore.password, address: "10.0.0.1")
            // then
            #expect(member.user == user)
            #expect(member.organisation.id == tree.marketUnit.id)
            #expect(member.scope == Scope(tree.marketUnit))
            #expect(supervisor.user == justice)
            #expect(supervisor.scope == Scope(tree.city))  // a justice bureau supervises its government
        }
    }

    @Test("a wrong password or unknown user is refused with the same message and recorded")
    func wrongPassword() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await store.user("officer.b", in: tree.market)
            // when
            let wrong = await domainError {
                _ = try await store.accounts.signIn(username: "officer.b", password: "nope-nope-1", address: "10.0.0.2")
            }
            let unknown = await domainError {
                _ = try await store.accounts.signIn(username: "nobody", password: "nope-nope-1", address: "10.0.0.2")
            }
            // then
            #expect(wrong == Accounts.wrongCredentials)
            #expect(unknown == Accounts.wrongCredentials)
            #expect(try await LoginFailureModel.query(on: store.db).count() == 4)  // by account and by address
        }
    }

    @Test("after 5 failures an account is throttled, even with the right password, until the window passes")
    func throttling() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await store.user("officer.c", in: tree.market)
            try await store.user("officer.d", in: tree.market)
            let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
            let accounts = Accounts(db: store.db, hasher: store.hasher, throttle: LoginThrottle(now: { clock.now }))
            for _ in 1...5 {
                _ = await domainError {
                    _ = try await accounts.signIn(username: "officer.c", password: "wrong-pass-1", address: "10.0.0.3")
                }
            }
            // when
            let throttled = await domainError {
                _ = try await accounts.signIn(username: "officer.c", password: TestStore.password, address: "10.0.0.3")
            }
            let otherAccount = try await accounts.signIn(
                username: "officer.d", password: TestStore.password, address: "10.0.0.3")
            clock.advance(15 * 60 + 1)
            let afterWindow = try await accounts.signIn(
                username: "officer.c", password: TestStore.password, address: "10.0.0.3")
            // then
            if case .throttled = throttled {
            } else {
                Issue.record("expected throttled, got \(String(describing: throttled))")
            }
            #expect(otherAccount.user.username == "officer.d")
            #expect(afterWindow.user.username == "officer.c")
        }
    }

    @Test("a successful sign-in clears the account's failures")
    func successClearsFailures() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await store.user("officer.e", in: tree.market)
            for _ in 1...4 {
                _ = await domainError {
                    _ = try await store.accounts.signIn(
                        username: "officer.e", password: "wrong-pass-1", address: "10.0.0.4")
                }
            }
            _ = try await store.accounts.signIn(
                username: "officer.e", password: TestStore.password, address: "10.0.0.4")
            // when
            for _ in 1...4 {
                _ = await domainError {
                    _ = try await store.accounts.signIn(
                        username: "officer.e", password: "wrong-pass-1", address: "10.0.0.4")
                }
            }
            let member = try await store.accounts.signIn(
                username: "officer.e", password: TestStore.password, address: "10.0.0.4")
            // then
            #expect(member.user.username == "officer.e")
        }
    }

    @Test("an inactive user, or a user of an inactive organisation, cannot sign in")
    func inactiveRefused() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("officer.f", in: tree.market)
            try await store.user("officer.g", in: tree.marketTeam)
            _ = try await store.users(in: .system).setActive(user.id, false, by: store.actor)
            _ = try await store.systemOrgs.setActive(tree.marketTeam.id, false, by: store.actor)
            // when
            let inactiveUser = await domainError {
                _ = try await store.accounts.signIn(
                    username: "officer.f", password: TestStore.password, address: "10.0.0.5")
            }
            let inactiveOrg = await domainError {
                _ = try await store.accounts.signIn(
                    username: "officer.g", password: TestStore.password, address: "10.0.0.5")
            }
            // then
            for error in [inactiveUser, inactiveOrg] {
                if case .unauthenticated(let message) = error {
                    #expect(message.contains("停用"))
                } else {
                    Issue.record("got \(String(describing: error))")
                }
            }
        }
    }

    @Test("changePassword checks the current password and the policy, audits, and ends the other sessions")
    func changePassword() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("officer.h", in: tree.market)
            let sessions = SessionStore(db: store.db)
            let kept = try await sessions.start(userID: user.id)
            let other = try await sessions.start(userID: user.id)
            // when
            let wrongCurrent = await domainError {
                try await store.accounts.changePassword(
                    userID: user.id, current: "wrong-pass-1", new: "brand-new-2027", keepSession: kept)
            }
            let weak = await domainError {
                try await store.accounts.changePassword(
                    userID: user.id, current: TestStore.password, new: "short", keepSession: kept)
            }
            let same = await domainError {
                try await store.accounts.changePassword(
                    userID: user.id, current: TestStore.password, new: TestStore.password, keepSession: kept)
            }
            try await store.accounts.changePassword(
                userID: user.id, current: TestStore.password, new: "brand-new-2027", keepSession: kept)
            // then
            #expect(wrongCurrent?.fields.map(\.field) == ["current"])
            #expect(weak?.fields.map(\.field) == ["new"])
            #expect(same?.fields.map(\.field) == ["new"])
            #expect(try await sessions.user(token: kept) == user.id)
            #expect(try await sessions.user(token: other) == nil)
            let oldPassword = await domainError {
                _ = try await store.accounts.signIn(
                    username: "officer.h", password: TestStore.password, address: "10.0.0.6")
            }
            #expect(oldPassword == Accounts.wrongCredentials)
            _ = try await store.accounts.signIn(username: "officer.h", password: "brand-new-2027", address: "10.0.0.6")
            let entries = try await store.audit(action: "user.password")
            #expect(entries.map(\.entityID) == [user.id.uuidString])
            #expect(entries.first?.actorID == user.id)
        }
    }
}

@Suite("SessionStore")
struct SessionStoreTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("start, look up, end")
    func lifecycle() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("s.a", in: tree.market)
            let sessions = SessionStore(db: store.db)
            // when
            let token = try await sessions.start(userID: user.id, now: start)
            let found = try await sessions.user(token: token, now: start.addingTimeInterval(10))
            let unknown = try await sessions.user(token: Secrets.randomToken(), now: start)
            try await sessions.end(token: token)
            let afterEnd = try await sessions.user(token: token, now: start.addingTimeInterval(20))
            // then
            #expect(found == user.id)
            #expect(unknown == nil)
            #expect(afterEnd == nil)
            let stored = try await SessionModel.query(on: store.db).all()
            #expect(stored.isEmpty)
            #expect(token.count == 43)
        }
    }

    @Test("a session idle longer than the idle timeout ends; activity keeps it alive")
    func idleExpiry() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("s.b", in: tree.market)
            let sessions = SessionStore(db: store.db, idleTimeout: 3600, absoluteTimeout: 12 * 3600)
            let idle = try await sessions.start(userID: user.id, now: start)
            let active = try await sessions.start(userID: user.id, now: start)
            // when
            let midway = try await sessions.user(token: active, now: start.addingTimeInterval(1800))
            let idleLater = try await sessions.user(token: idle, now: start.addingTimeInterval(3601))
            let activeLater = try await sessions.user(token: active, now: start.addingTimeInterval(3601))
            let idleBackInTime = try await sessions.user(token: idle, now: start)
            // then
            #expect(midway == user.id)
            #expect(idleLater == nil)
            #expect(activeLater == user.id)
            #expect(idleBackInTime == nil)  // the expired session was deleted
        }
    }

    @Test("a session ends at the absolute timeout however active it is; prune deletes expired sessions")
    func absoluteExpiry() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let user = try await store.user("s.c", in: tree.market)
            let sessions = SessionStore(db: store.db, idleTimeout: 2 * 3600, absoluteTimeout: 4 * 3600)
            let token = try await sessions.start(userID: user.id, now: start)
            let other = try await sessions.start(userID: user.id, now: start)
            // when
            var seen: [UUID?] = []
            for hour in 1...3 {
                seen.append(try await sessions.user(token: token, now: start.addingTimeInterval(Double(hour) * 3600)))
            }
            let atEnd = try await sessions.user(token: token, now: start.addingTimeInterval(4 * 3600 + 1))
            try await SessionStore.prune(now: start.addingTimeInterval(4 * 3600 + 1), on: store.db)
            // then
            #expect(seen == [user.id, user.id, user.id])
            #expect(atEnd == nil)
            #expect(try await SessionModel.query(on: store.db).count() == 0)
            #expect(try await sessions.user(token: other, now: start) == nil)
        }
    }
}
