import FazhiCore
import Foundation

/// An indicator system from an uploaded sheet (.xlsx, or CSV in UTF-8 or GBK as Excel saves it), or from the rows
/// of the editor on the system's page: both are read by the same `IndicatorSystem.fromTable`, so a sheet and the
/// editor accept and refuse exactly the same things.
enum IndicatorSheet {
    static func system(fromFile data: Data, fileName: String, name: String) throws -> IndicatorSystem {
        let table: ImportedTable
        do {
            table = try SpreadsheetImport.read(data, fileName: fileName)
        } catch {
            throw DomainError.invalid("file", "「\(fileName)」：\(error.message)")
        }
        let rows = table.rows.map { (number: $0.number, cells: $0.cells) }
        do {
            return try IndicatorSystem.fromTable(rows: rows, name: name)
        } catch {
            throw error.domainError
        }
    }

    /// The editor's rows (row `n` of the grid is sheet row `n`, the header being row 1); empty rows are skipped.
    static func system(fromGrid rows: [[String]], name: String) throws -> IndicatorSystem {
        let header = (number: 1, cells: IndicatorSystem.tableColumns.map(\.header))
        let filled = rows.enumerated().filter {
            !$0.element.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        .map { (number: $0.offset + 2, cells: $0.element) }
        do {
            return try IndicatorSystem.fromTable(rows: [header] + filled, name: name)
        } catch {
            throw error.domainError
        }
    }
}
