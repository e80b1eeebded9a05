import Crypto
import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Publication into the law library (法规规章规范性文件库): a registered document becomes a work of the library with
/// its text, so the public query, article addresses, citations and the Akoma Ntoso export cover it like any law. It
/// goes through the corpus parser and importer, written as a corpus file would be, so there is one way into the
/// library.
enum NormativeLibrary {
    /// Runs inside the registering transaction.
    static func publish(_ id: UUID, by actor: Actor, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        guard
            let row = try await sql.raw("\(NormativeDocumentRow.select(withBody: true)) WHERE d.id = \(bind: id)")
                .first()
        else { return }
        let document = try NormativeDocumentRow.decode(row)
        guard let published = document.publishedOn, let effective = document.effectiveOn,
            let number = document.documentNumber
        else { return }
        let root = try await OrganisationRepository(db: db, scope: .system).find(document.orgPath.ids[0])
        let region = regionName(root.name)
        let file = try libraryFile(document, region: region, published: published, effective: effective, number: number)
        _ = try await LawImport(db: db).run([file], by: actor)
        let work = try await sql.raw(
            "SELECT work_id FROM law_versions WHERE source_path = \(bind: file.parsed.sourcePath)"
        ).first()?.decode(column: "work_id", as: Int.self)
        try await sql.raw(
            """
            UPDATE normative_documents SET law_work_id = \(bind: work) WHERE id = \(bind: id)
            """
        ).run()
        try await updateStatus(id, on: db)
    }

    /// Gives the document's library work the end dates its own record holds (the end of its term; a repeal or a
    /// declaration of expiry), so the public library shows the status the workbench shows. Runs inside the
    /// transaction that changed the record.
    static func updateStatus(_ id: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        guard
            let row = try await sql.raw("\(NormativeDocumentRow.select(withBody: false)) WHERE d.id = \(bind: id)")
                .first()
        else { return }
        let document = try NormativeDocumentRow.decode(row)
        guard let work = document.lawWorkID, let effectiveOn = document.effectiveOn else { return }
        let dates = LawStatusDates.normative(
            effectiveOn: effectiveOn, expiresOn: document.expiresOn, endedOn: document.decidedOn,
            decision: document.decision)
        try await sql.raw(
            """
            UPDATE law_works SET repealed_on = \(bind: dates.repealedOn?.iso), expired_on = \(bind: dates.expiredOn?.iso)
            WHERE id = \(bind: work)
            """
        ).run()
    }

    /// The region as the library names regions (「北京」, 「内蒙古」): the top government's name without 「人民政府」 and
    /// the kind of its territory, so the region filter puts the platform's documents beside the corpus's.
    static func regionName(_ government: String) -> String {
        var name = government.hasSuffix("人民政府") ? String(government.dropLast(4)) : government
        for suffix in ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        return name.isEmpty ? government : name
    }

    /// The document as a corpus file: the kind, region and 文号 in the path, the 文号 as subtitle (two bodies may issue
    /// documents of the same title, and each number is its own work), and the dates as history lines.
    static func libraryFile(
        _ document: NormativeDocumentRow, region: String, published: CivilDate, effective: CivilDate, number: String
    ) throws -> LawImportFile {
        // The number as a folder of its own: two bodies may publish documents of the same title on the same day.
        let path =
            "DLC/\(region)地方法规/\(document.kind.libraryKind)/\(region)/\(number)/\(document.title)(\(published.iso)).md"
        let text = """
            # \(document.title)
            # \(number)

            \(published.chineseText) \(document.organisationName)印发（\(number)）
            \(effective.chineseText) 施行

            <!-- INFO END -->

            \(document.body)
            """
        var parsed = try LawFileParser.parse(relativePath: path, text: text)
        parsed.issuer = document.organisationName
        parsed.documentNumber = DocumentNumber(parsing: number)
        return LawImportFile(parsed: parsed, sourceSHA256: LedgerHex.encode(SHA256.hash(data: Data(text.utf8))))
    }
}
