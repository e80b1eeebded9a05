import Fluent

/// The evidence ledger (存证账本): the log's entries, the stored Merkle hashes above them, the signed checkpoints,
/// and on each audit row its place in the log and the salts of its commitments.
///
/// - `ledger_entries`: one row per log entry, `idx` dense from 0. The leaf hash is kept beside the data so that
///   level-0 tiles are read without hashing, and so that an entry altered after the fact no longer matches it.
/// - `ledger_nodes`: the hashes of complete subtrees at tree levels 8, 16, … (the hashes of C2SP tlog-tiles
///   above level 0; level 0 is `ledger_entries.leaf_hash`). Every other hash is recomputed from at most 256 of
///   these, so the log stores about one hash per entry instead of two.
/// - `ledger_checkpoints`: every signed checkpoint, by tree size.
struct CreateLedger: AsyncMigration {
    var name: String { "0008_CreateLedger" }

    func prepare(on database: any Database) async throws {
        try await database.schema("ledger_entries")
            .field("idx", .int64, .identifier(auto: false))
            .field("data", .data, .required)
            .field("leaf_hash", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("ledger_nodes")
            .field("level", .int, .required)
            .field("idx", .int64, .required)
            .field("hash", .data, .required)
            .compositeIdentifier(over: "level", "idx")
            .create()
        try await database.schema("ledger_checkpoints")
            .field("size", .int64, .identifier(auto: false))
            .field("root_hash", .data, .required)
            .field("note", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        // SQLite adds one column per ALTER TABLE.
        for (column, type) in [
            ("ledger_index", DatabaseSchema.DataType.int64), ("actor_salt", .string), ("before_salt", .string),
            ("after_salt", .string),
        ] {
            try await database.schema("audit_entries").field(.string(column), type).update()
        }
        // Unique: no two audit rows can claim the same log entry (NULLs, the rows not yet logged, may repeat).
        try await SQLIndex.create(
            "audit_entries_ledger_index", on: "audit_entries", columns: ["ledger_index"], unique: true, in: database)
    }

    func revert(on database: any Database) async throws {
        for column in ["after_salt", "before_salt", "actor_salt"] {
            try await database.schema("audit_entries").deleteField(.string(column)).update()
        }
        try await SQLIndex.drop("audit_entries_ledger_index", in: database)
        try await database.schema("audit_entries").deleteField("ledger_index").update()
        try await database.schema("ledger_checkpoints").delete()
        try await database.schema("ledger_nodes").delete()
        try await database.schema("ledger_entries").delete()
    }
}
