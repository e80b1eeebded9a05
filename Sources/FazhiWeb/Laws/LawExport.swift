import FazhiCore
import FazhiStore
import Fluent
import Vapor

/// Exports of a library version for other systems.
enum LawExport {
    struct XMLFile {
        let text: String
        let fileName: String

        /// The file as an `application/akn+xml` response, shown in the browser or saved under its name.
        var response: Response {
            let response = Response(status: .ok, body: .init(string: text))
            response.headers.contentType = HTTPMediaType(
                type: "application", subType: "akn+xml", parameters: ["charset": "utf-8"])
            response.headers.contentDisposition = .init(.inline, filename: fileName)
            return response
        }
    }

    /// The version as an Akoma Ntoso 3.0 document (see `AkomaNtoso`).
    static func akomaNtoso(workID: Int, versionID: Int, on db: any Database) async throws -> XMLFile {
        let library = LawRepository(db: db)
        guard let work = try await library.work(workID), let version = try await library.version(versionID),
            version.summary.workID == workID
        else { throw DomainError.notFound("这个文件没有该版本") }
        let summary = version.summary
        let metadata = AkomaNtoso.Metadata(
            workID: work.id, versionID: summary.id, title: summary.title, subtitle: summary.subtitle,
            kind: summary.kind, issuer: summary.issuer, region: summary.region,
            documentNumber: summary.documentNumber, versionDate: summary.versionDate,
            promulgatedOn: summary.promulgatedOn, effectiveOn: summary.effectiveOn, history: version.history)
        let text = AkomaNtoso.document(
            metadata, preamble: version.preamble, provisions: try await library.provisions(ofVersion: versionID))
        return XMLFile(text: text, fileName: "law-\(work.id)-\(summary.versionDate.iso).akn.xml")
    }
}
