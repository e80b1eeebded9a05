import FazhiCore
import Fluent
import Foundation

/// Imports an organisation CSV (`fazhi org import`): all rows or none. A row whose name
/// already exists under the same parent is skipped, so running an import twice changes nothing.
public enum OrganisationImporter {
    public struct Report: Sendable, Equatable {
        public var created: [String] = []
        public var skipped: [String] = []
    }

    public static func run(_ rows: [OrgCSVRow], on db: any Database, by actor: Actor) async throws -> Report {
        try await db.writeTransaction { tx in
            let repo = OrganisationRepository(db: tx, scope: .system)
            var known = try await repo.list()
            var report = Report()
            for row in rows {
                var parentID: UUID? = nil
                if let parentName = row.parent {
                    let matches = known.filter { $0.name == parentName }
                    guard matches.count == 1 else {
                        throw DomainError.invalid(
                            "line\(row.line)",
                            matches.isEmpty
                                ? "第\(row.line)行：找不到上级机构「\(parentName)」（须已存在或在前面的行中）"
                                : "第\(row.line)行：上级机构名称「\(parentName)」不唯一")
                    }
                    parentID = matches[0].id
                }
                if known.contains(where: { $0.name == row.name && $0.parentID == parentID }) {
                    report.skipped.append(row.name)
                    continue
                }
                let input = ValidOrganisationInput(
                    name: row.name, shortName: row.shortName, kind: row.kind, parentID: parentID,
                    creditCode: row.creditCode, aliases: row.aliases)
                do {
                    known.append(try await repo.create(input, by: actor))
                } catch let error as DomainError {
                    throw DomainError.invalid("line\(row.line)", "第\(row.line)行：\(error.message)")
                }
                report.created.append(row.name)
            }
            return report
        }
    }
}
