import Foundation
import NIOCore
import Testing
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("The signed-in member cache")
struct MemberCacheTests {
    @Test("an entry lives for its lifetime, and a full cache starts afresh")
    func lifetimeAndCapacity() async throws {
        try await TestApp.with { t in
            let member = try await t.member("demo-admin")
            let cache = MemberCache(lifetime: .seconds(3), capacity: 2)
            let start = NIODeadline.uptimeNanoseconds(1_000_000_000)
            var generation = cache.generation
            cache.remember(member, for: "a", readAt: generation, now: start)
            #expect(cache.member(for: "a", now: start + .seconds(2)) == member)
            #expect(cache.member(for: "a", now: start + .seconds(3)) == nil)
            cache.remember(member, for: "a", readAt: generation, now: start)
            cache.remember(member, for: "b", readAt: generation, now: start)
            cache.remember(member, for: "c", readAt: generation, now: start)
            #expect(cache.member(for: "a", now: start) == nil)
            #expect(cache.member(for: "c", now: start) == member)
            // a lookup that began before a write's clear does not store what it read
            generation = cache.generation
            cache.removeAll()
            cache.remember(member, for: "d", readAt: generation, now: start)
            #expect(cache.member(for: "d", now: start) == nil)
        }
    }

    @Test("a user deactivated by an administrator is signed out on their very next request")
    func writesClearTheCache() async throws {
        try await TestApp.with { t in
            // given: the officer has just loaded a page (so their member is cached)
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get("/workbench").status == .ok)
            let admin = t.browser()
            try await admin.signIn("demo-admin")
            let id = try await t.user("demo-officer").id
            // when
            let deactivated = try await admin.post("/admin/users/\(id)/deactivate")
            let next = try await officer.get("/workbench")
            // then
            #expect(deactivated.status == .seeOther)
            #expect(next.status == .seeOther)
            #expect(next.location?.hasPrefix("/login") == true)
        }
    }
}
