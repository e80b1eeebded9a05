import Fluent

/// The state of a witness (`fazhi witness serve`, C2SP tlog-witness): for each log it follows, the latest
/// checkpoint it cosigned. A witness must remember nothing else; losing this row would let it cosign a fork, so it
/// is written before the cosignature is returned.
struct CreateWitnessCheckpoints: AsyncMigration {
    var name: String { "0009_CreateWitnessCheckpoints" }

    func prepare(on database: any Database) async throws {
        try await database.schema("witness_checkpoints")
            .field("origin", .string, .identifier(auto: false))
            .field("size", .int64, .required)
            .field("root_hash", .data, .required)
            .field("note", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("witness_checkpoints").delete()
    }
}
