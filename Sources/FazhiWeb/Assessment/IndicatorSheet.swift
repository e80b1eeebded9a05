import FazhiCore
import Foundation

/// An indicator system from an uploaded sheet (CSV in UTF-8, as Excel's 「CSV UTF-8」 saves it), or from the rows
/// of the editor on the system's page: both are read by the same `IndicatorSystem.fromTable`, so a sheet and the
/// editor accept and refuse exactly the same things.
enum IndicatorSheet {
    static func system(fromFile data: Data, fileName: String, name: String) throws -> IndicatorSystem {
        guard !data.isEmpty else { throw DomainError.invalid("file", "文件为空") }
        let text: String
        do {
            text = try PlanText.decode(data)
        } catch {
            throw DomainError.invalid("file", "「\(fileName)」：\(error.message)")
        }
        let rows = CSVReader.records(text).map { (number: $0.line, cells: $0.fields) }
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
