import Foundation

/// One row of an organisation CSV (`fazhi org import`): columns
/// `name,short_name,kind,parent,credit_code,aliases`. `parent` is the full name of an
/// organisation that exists already or appears on an earlier row; empty for a root.
public struct OrgCSVRow: Sendable, Equatable {
    public let line: Int
    public let name: String
    public let shortName: String
    public let kind: OrgKind
    public let parent: String?
    public let creditCode: String?
    public let aliases: [String]
}

public enum OrgCSV {
    static let header = ["name", "short_name", "kind", "parent", "credit_code", "aliases"]

    /// Parses the whole file; returns every row, or every problem found (with line numbers).
    public static func parse(_ text: String) throws(DomainError) -> [OrgCSVRow] {
        let records = CSVReader.records(text)
        // The columns must be the documented ones in order; the last two may be left out.
        guard let head = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
            (4...header.count).contains(head.count), head == Array(header.prefix(head.count))
        else {
            throw .malformed("第1行应为表头：\(header.joined(separator: ","))")
        }
        var rows: [OrgCSVRow] = []
        var validation = Validation()
        for record in records.dropFirst() where !record.fields.allSatisfy(\.isEmpty) {
            let f = record.fields + Array(repeating: "", count: max(0, header.count - record.fields.count))
            let where_ = "第\(record.line)行"
            let name = f[0].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                validation.add("line\(record.line)", "\(where_)：缺少名称")
                continue
            }
            let kindText = f[2].trimmingCharacters(in: .whitespaces)
            guard let kind = OrgKind(rawValue: kindText) ?? OrgKind.allCases.first(where: { $0.label == kindText })
            else {
                validation.add("line\(record.line)", "\(where_)：无法识别的机构类型「\(kindText)」")
                continue
            }
            // The same rules as the organisation form, so an import cannot store what a form would refuse.
            let input = OrganisationInput(
                name: name, shortName: f[1], kind: kind.rawValue, creditCode: f[4],
                aliases: f[5].split(whereSeparator: { "|、".contains($0) }).map(String.init))
            let valid: ValidOrganisationInput
            do { valid = try input.validated() } catch {
                for field in error.fields { validation.add("line\(record.line)", "\(where_)：\(field.message)") }
                continue
            }
            let parent = f[3].trimmingCharacters(in: .whitespaces)
            rows.append(
                OrgCSVRow(
                    line: record.line, name: valid.name, shortName: valid.shortName, kind: kind,
                    parent: parent.isEmpty ? nil : parent, creditCode: valid.creditCode, aliases: valid.aliases))
        }
        try validation.check()
        return rows
    }
}
