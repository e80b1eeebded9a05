import FazhiCore
import Vapor

/// A file the browser saves rather than shows: the one way every download is answered (exports, receipts,
/// evidence). The name goes out twice (RFC 6266/5987): percent-encoded UTF-8 for Chinese names, and an ASCII
/// fallback for old clients.
enum Download {
    static func response(_ data: Data, name: String, type: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
        let ascii =
            name.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" } ? name : "download" + asciiExtension(of: name)
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// A table as the spreadsheet the office asked for: `.csv` (UTF-8 with BOM) or `.xlsx`, named after its sheet.
    static func table(_ table: TableExport, as format: String) throws -> Response {
        if format == "csv" {
            return response(table.csv(), name: table.sheetName + ".csv", type: "text/csv; charset=utf-8")
        }
        return response(
            try table.xlsx(), name: table.sheetName + ".xlsx",
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }

    /// 「目录.pdf」 → 「.pdf」; empty when the name has no plain ASCII extension.
    static func asciiExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let suffix = name[dot...]
        let plain = suffix.count <= 8 && suffix.dropFirst().allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return plain ? String(suffix) : ""
    }
}
