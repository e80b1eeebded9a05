import Fluent
import SQLKit

/// Secondary indexes, which Fluent's schema builder does not create.
enum SQLIndex {
    /// `predicate` makes a partial index (both databases have them): only the rows it holds for are indexed.
    static func create(
        _ name: String, on table: String, columns: [String], unique: Bool = false, where predicate: String? = nil,
        in database: any Database
    ) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        if unique { builder = builder.unique() }
        for column in columns { builder = builder.column(column) }
        if let predicate { builder.createIndex.predicate = SQLRaw(predicate) }
        try await builder.run()
    }

    static func drop(_ name: String, in database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: name).run()
    }
}
