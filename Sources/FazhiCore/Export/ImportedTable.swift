import Foundation

/// A table read from a user's file (.xlsx or CSV), as the text of its cells: what an import of an assessment
/// indicator system (考核指标体系) or any other table an office keeps in Excel starts from.
///
/// Only rows holding some text are kept, each with the number the user sees beside it in Excel (or the line
/// of the CSV file where it starts), so that a message can point at 「第 12 行」 even when blank rows were left
/// out. Cells are trimmed of surrounding whitespace; a row ends at its last non-empty cell.
public struct ImportedTable: Sendable, Equatable {
    public let rows: [ImportedRow]

    public init(rows: [ImportedRow]) {
        self.rows = rows
    }
}

/// One row of an imported table.
public struct ImportedRow: Sendable, Equatable {
    /// The 1-based row number as the user sees it in Excel; for CSV, the line where the record starts.
    public let number: Int
    /// The cells from column A on, as text; an empty string for an empty cell before the last non-empty one.
    public let cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The text of the 0-based `column`, or "" beyond the row's last cell: rows differ in length.
    public subscript(column: Int) -> String {
        cells.indices.contains(column) ? cells[column] : ""
    }
}

/// Gathers rows while a file is read, and refuses a table beyond the limits before it takes the memory.
struct ImportedTableBuilder {
    let maximumRows: Int
    let maximumCells: Int
    private(set) var rows: [ImportedRow] = []
    private var cellCount = 0

    init(maximumRows: Int, maximumCells: Int) {
        self.maximumRows = maximumRows
        self.maximumCells = maximumCells
    }

    /// Adds a row given as its 0-based columns and their raw text; a row without any text is left out.
    mutating func append(number: Int, cells: [(column: Int, text: String)]) throws(SpreadsheetInputError) {
        var trimmed: [Int: String] = [:]
        for cell in cells {
            let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { trimmed[cell.column] = text }
        }
        guard let width = trimmed.keys.max().map({ $0 + 1 }) else { return }
        guard rows.count < maximumRows else { throw .tooManyRows(limit: maximumRows) }
        cellCount += width
        guard cellCount <= maximumCells else { throw .tooManyCells(limit: maximumCells) }
        rows.append(ImportedRow(number: number, cells: (0..<width).map { trimmed[$0] ?? "" }))
    }

    func table() throws(SpreadsheetInputError) -> ImportedTable {
        guard !rows.isEmpty else { throw .noRows }
        return ImportedTable(rows: rows)
    }
}
