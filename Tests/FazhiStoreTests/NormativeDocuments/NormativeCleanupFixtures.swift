import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

/// Helpers the normative clean-up, expiry, reminder and statistics tests share.
enum NormativeTestData {
    static let today = CivilDate(iso: "2027-03-10")!

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// A published document in force, drafted by `drafter`.
    static func published(
        _ title: String, by drafter: Organisation, filingBody: Organisation? = nil, on published: String = "2025-05-01",
        expires: String? = nil, stage: NormativeStage = .closed
    ) -> NormativeFixtures.Document {
        var document = NormativeFixtures.Document(
            title: title, drafter: drafter, filingBody: filingBody, stage: stage, publishedOn: day(published))
        document.expiresOn = expires.map(day)
        return document
    }

    static func count(_ store: TestStore, _ sql: SQLQueryString) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw(sql).first()!.decode(column: "n", as: Int.self)
    }

    static func notifications(_ store: TestStore, to user: User) async throws -> [UserNotification] {
        try await Notifications(db: store.db, userID: user.id).list()
    }

    /// A law-library work standing for the document, linked to it, so that its status there can be checked.
    static func linkLawWork(_ store: TestStore, document: UUID, id: Int = 900_001) async throws {
        let sql = store.db as! any SQLDatabase
        try await sql.insert(into: "law_works")
            .columns("id", "work_key", "title", "kind", "kind_rank", "created_at")
            .values(
                SQLBind(id), SQLBind("行政规范性文件||测试\(id)"), SQLBind("测试文件"), SQLBind("行政规范性文件"), SQLBind(7),
                SQLBind(Date())
            ).run()
        try await sql.raw("UPDATE normative_documents SET law_work_id = \(bind: id) WHERE id = \(bind: document)").run()
    }

    static func lawWork(_ store: TestStore, _ id: Int = 900_001) async throws -> (repealed: String?, expired: String?) {
        let row = try await (store.db as! any SQLDatabase).raw(
            "SELECT repealed_on, expired_on FROM law_works WHERE id = \(bind: id)"
        ).first()!
        return (
            try row.decode(column: "repealed_on", as: String?.self),
            try row.decode(column: "expired_on", as: String?.self)
        )
    }

    static func document(_ store: TestStore, _ id: UUID) async throws -> NormativeDocumentRow {
        let sql = store.db as! any SQLDatabase
        return try NormativeDocumentRow.decode(
            try await sql.raw("\(NormativeDocumentRow.select(withBody: false)) WHERE d.id = \(bind: id)").first()!)
    }
}
