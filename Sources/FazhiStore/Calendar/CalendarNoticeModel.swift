import FazhiCore
import Fluent
import Foundation

/// Table `calendar_notices`: one entered notice per row, as canonical JSON of `YearNotice`.
final class CalendarNoticeModel: Model, @unchecked Sendable {
    static let schema = "calendar_notices"

    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "year") var year: Int
    @Field(key: "notice") var notice: String
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "entered_by_id") var enteredByID: UUID?
    @Field(key: "entered_by") var enteredBy: String
    @Field(key: "entered_at") var enteredAt: Date

    init() {}

    func decoded() throws -> YearNotice { try JSONDecoder().decode(YearNotice.self, from: Data(notice.utf8)) }
}
