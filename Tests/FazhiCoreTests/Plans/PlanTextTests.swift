import Foundation
import Testing
import ZIPFoundation

@testable import FazhiCore

@Suite("PlanText: reading the bytes of a plan")
struct PlanTextTests {
    @Test("empty files and files of blanks are refused, in Chinese")
    func empty() {
        #expect(throws: PlanInputError.empty) { try PlanText.decode(Data()) }
        #expect(throws: PlanInputError.empty) { try PlanText.decode(Data(" \u{3000}\r\n\n".utf8)) }
        #expect(PlanInputError.empty.message == "文件为空，没有可解析的内容。")
        #expect(throws: PlanInputError.empty) { try PlanParser().parse(data: Data("\u{FEFF}".utf8)) }
    }

    @Test("GBK bytes are refused with the line and the likely encoding")
    func notUTF8() throws {
        // given: 「一、总体要求」 on line 2 in GBK
        let gbk: [UInt8] = Array("标题\n".utf8) + [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5]
        // when
        let error = try #require(throws: PlanInputError.self) { try PlanText.decode(Data(gbk)) }
        // then
        #expect(error == .notUTF8(line: 2, guess: "GB18030/GBK"))
        #expect(error.message.contains("不是 UTF-8 编码"))
        #expect(error.message.contains("GB18030"))
    }

    @Test("binary content is refused: NULs, control characters, and known file types by their signature")
    func binary() {
        #expect(throws: PlanInputError.binary(kind: nil)) { try PlanText.decode(Data([0x41, 0x00, 0x42, 0x43])) }
        let controls = Data((0..<200).map { UInt8($0 % 2 == 0 ? 0x01 : 0x41) })
        #expect(throws: PlanInputError.binary(kind: nil)) { try PlanText.decode(controls) }
        #expect(throws: PlanInputError.binary(kind: "PDF 文件")) { try PlanText.decode(Data("%PDF-1.7\n".utf8)) }
        #expect(throws: PlanInputError.binary(kind: "图片文件")) {
            try PlanText.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]))
        }
        #expect(throws: PlanInputError.binary(kind: "旧版 Word（.doc）或 Excel（.xls）文件")) {
            try PlanText.decode(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]))
        }
        #expect(PlanInputError.binary(kind: "PDF 文件").message.hasPrefix("这是PDF 文件，不是文本文件"))
    }

    @Test("files over the limit (5 MB) are refused before they are read")
    func tooLarge() {
        let big = Data(repeating: 0x41, count: PlanText.maximumBytes + 1)
        #expect(throws: PlanInputError.tooLarge(bytes: PlanText.maximumBytes + 1, limit: PlanText.maximumBytes)) {
            try PlanText.decode(big)
        }
        #expect(PlanInputError.tooLarge(bytes: 6 * 1024 * 1024, limit: 5 * 1024 * 1024).message.contains("6.0 MB"))
    }

    @Test("text without any numbered heading is not a plan")
    func noStructure() {
        #expect(throws: PlanInputError.noStructure) { try parsePlan("这是一段普通文字。\n没有任何编号。") }
    }

    @Test("a BOM, CRLF and CR line ends, ideographic and no-break spaces are normalised; line numbers kept")
    func normalisation() throws {
        // given
        let text = try PlanText.decode(Data("\u{FEFF}标题\r\n\r\n\u{3000}\u{3000}一、总体要求\u{A0}\r二、保障\n".utf8))
        // when
        let lines = PlanText.lines(text)
        // then
        #expect(
            lines == [.init(number: 1, text: "标题"), .init(number: 3, text: "一、总体要求"), .init(number: 4, text: "二、保障")])
    }

    @Test("UTF-16 with a BOM is read")
    func utf16() throws {
        var data = Data([0xFF, 0xFE])
        data.append("一、总体要求".data(using: .utf16LittleEndian)!)
        #expect(try PlanText.decode(data) == "一、总体要求")
    }
}

@Suite("PlanDocx: reading a Word document in memory")
struct PlanDocxTests {
    /// A minimal .docx: the document XML (and numbering XML) zipped in memory.
    func docx(_ documentXML: String, numberingXML: String? = nil) throws -> Data {
        let archive = try Archive(accessMode: .create)
        var files = [("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"), ("word/document.xml", documentXML)]
        if let numberingXML { files.append(("word/numbering.xml", numberingXML)) }
        for (path, text) in files {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return try #require(archive.data)
    }

    let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    func paragraph(_ text: String, numID: Int? = nil, level: Int = 0) -> String {
        let numbering = numID.map {
            "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>"
        }
        return "<w:p>\(numbering ?? "")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    @Test("paragraphs become lines, runs are joined, and the plan parses as from text")
    func paragraphs() throws {
        // given
        let body = [
            paragraph("某县法治政府建设实施方案"),
            "<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:t>总体</w:t></w:r><w:r><w:t>要求</w:t></w:r></w:p>",
            paragraph("1.健全制度。（责任单位：县司法局）"),
        ].joined()
        let data = try docx("<?xml version=\"1.0\"?><w:document \(namespace)><w:body>\(body)</w:body></w:document>")
        // when
        let document = try PlanParser().parse(data: data)
        // then
        #expect(document.title == "某县法治政府建设实施方案")
        #expect(document.nodes.map(\.marker) == ["一、"])
        #expect(document.nodes[0].title == "总体要求")
        #expect(document.nodes(.item)[0].units.map(\.name) == ["县司法局"])
    }

    @Test("Word's automatic numbering is written out in front of its paragraphs")
    func automaticNumbering() throws {
        // given: level 0 「一、」 in Chinese counting, level 1 「（一）」, level 2 「1.」
        let levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
            .enumerated().map { i, level in
                "<w:lvl w:ilvl=\"\(i)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(level.0)\"/><w:lvlText w:val=\"\(level.1)\"/></w:lvl>"
            }.joined()
        let numbering = """
            <?xml version="1.0"?><w:numbering \(namespace)><w:abstractNum w:abstractNumId="7">\(levels)</w:abstractNum>\
            <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>
            """
        let body = [
            paragraph("总体要求", numID: 3), paragraph("工作目标", numID: 3, level: 1), paragraph("健全制度。", numID: 3, level: 2),
            paragraph("完善机制。", numID: 3, level: 2), paragraph("保障措施", numID: 3), paragraph("加强领导", numID: 3, level: 1),
        ].joined()
        let data = try docx(
            "<?xml version=\"1.0\"?><w:document \(namespace)><w:body>\(body)</w:body></w:document>",
            numberingXML: numbering)
        // when
        let text = try PlanText.decode(data)
        // then
        #expect(text == "一、总体要求\n（一）工作目标\n1.健全制度。\n2.完善机制。\n二、保障措施\n（一）加强领导")
    }

    @Test("a ZIP that is not a Word document, and a damaged one, are refused in Chinese")
    func notWord() throws {
        let archive = try Archive(accessMode: .create)
        let data = Data("x".utf8)
        try archive.addEntry(with: "word/other.xml", type: .file, uncompressedSize: Int64(1)) { _, _ in data }
        let error = try #require(throws: PlanInputError.self) { try PlanText.decode(try #require(archive.data)) }
        #expect(error.message.contains("没有 word/document.xml"))
        var damaged = try docx("<w:document/>")
        damaged.replaceSubrange(40..<damaged.count, with: Data(repeating: 0, count: damaged.count - 40))
        #expect(throws: PlanInputError.self) { try PlanText.decode(damaged) }
    }
}
