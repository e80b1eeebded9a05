import Fluent
import Foundation

/// Table `jobs`: the database is the job queue. A job is `queued` until a worker claims it
/// (`running`), then `done`, or back to `queued` with a later `run_at` after a failure, or
/// `failed` when its attempts are used up; failed jobs stay visible with their last error.
public final class JobModel: Model, @unchecked Sendable {
    public static let schema = "jobs"

    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "payload") public var payload: String
    @Field(key: "status") public var status: String
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "max_attempts") public var maxAttempts: Int
    @Field(key: "run_at") public var runAt: Date
    @OptionalField(key: "locked_at") public var lockedAt: Date?
    @OptionalField(key: "locked_by") public var lockedBy: String?
    @OptionalField(key: "last_error") public var lastError: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "finished_at") public var finishedAt: Date?

    public init() {}
}
