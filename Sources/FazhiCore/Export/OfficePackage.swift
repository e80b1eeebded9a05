import Foundation
import ZIPFoundation

/// What the Office files we write (.xlsx, .docx) share: the Open Packaging Conventions' ZIP container, its
/// relationship parts and the XML declaration every part starts with.
enum OfficePackage {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// Of `r:id` attributes and of relationship types.
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// [Content_Types].xml: every .rels part is a relationships part, every other .xml part plain XML unless
    /// listed in `overrides` as `(part, content type)`.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"/\($0.part)\" ContentType=\"\($0.type)\"/>" }.joined()
            + "</Types>"
    }

    /// A relationships part (`_rels/….rels`) listing `(id, type, target)`; a type without a scheme is one of
    /// Office's document relationships (`styles`, `worksheet`…).
    static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        let items = entries.map { entry in
            let type = entry.type.contains(":") ? entry.type : relationshipNamespace + "/" + entry.type
            return "<Relationship Id=\"\(entry.id)\" Type=\"\(type)\" Target=\"\(entry.target)\"/>"
        }
        return declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">" + items.joined()
            + "</Relationships>"
    }

    /// Every entry is stamped with the same fixed time, so that the same content always gives the same bytes
    /// (exports can be compared and cached).
    private static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    /// The parts deflated into a ZIP in the order given; Office expects [Content_Types].xml first. Throws
    /// `DomainError.conflict(failure)` if the archive cannot be made.
    static func archive(_ parts: [(path: String, xml: String)], failure: String) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let data = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        guard let data = archive.data else { throw DomainError.conflict(failure) }
        return data
    }
}
