import Foundation

/// A Word document (.docx, Office Open XML WordprocessingML) laid out as Chinese official documents are
/// (GB/T 9704-2012 《党政机关公文格式》): the annual report on building a rule-of-law government
/// (法治政府建设年度报告) and other reports an office must hand in as Word files.
///
/// The look lives in named styles (Title, Heading1–3, Normal, Note, TableText; see `DocxStyles`), not on each
/// paragraph, so that a user can restyle the whole report in Word, WPS or LibreOffice by changing a style.
public struct DocxDocument: Sendable, Equatable {
    /// Shown centred above the text, and the document's title in its properties.
    public var title: String
    public var blocks: [DocxBlock]

    public init(title: String, blocks: [DocxBlock] = []) {
        self.title = title
        self.blocks = blocks
    }

    /// The document as a .docx file. The same document always gives the same bytes, except for `created`,
    /// which is recorded in the document's properties (docProps/core.xml).
    public func data(created: Date) throws -> Data {
        try OfficePackage.archive(DocxPackage.parts(of: self, created: created), failure: "无法生成 Word 文件。")
    }
}

/// One block of a document, in reading order.
public enum DocxBlock: Sendable, Equatable {
    /// A heading of level 1 to 3, as the levels of an official document (「一、」 黑体, 「（一）」 楷体,
    /// 「1.」 仿宋 bold); the text carries its own number. A level below 1 is set as 1 and one above 3 as 3:
    /// a report built from nested sections stays readable rather than failing on a deep one.
    case heading(String, level: Int)
    /// A paragraph of body text; line breaks in the text are kept as line breaks within the paragraph.
    case paragraph(String)
    /// A paragraph of body text with some runs in bold, such as a figure in a sentence.
    case formattedParagraph([DocxRun])
    /// A table with a header row that is repeated at the top of each page it runs onto. Rows shorter than the
    /// widest row are padded with empty cells; a table without any cell is left out.
    case table(headers: [String], rows: [[String]])
    /// Small grey text under a table or figure, such as how a figure is defined.
    case note(String)
    case pageBreak
}

/// A run of text within a paragraph, plain or bold.
public struct DocxRun: Sendable, Equatable {
    public var text: String
    public var isBold: Bool

    public init(_ text: String, isBold: Bool = false) {
        self.text = text
        self.isBold = isBold
    }

    public static func plain(_ text: String) -> DocxRun { DocxRun(text) }
    public static func bold(_ text: String) -> DocxRun { DocxRun(text, isBold: true) }
}
