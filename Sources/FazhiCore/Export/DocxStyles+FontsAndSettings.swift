/// word/fontTable.xml and word/settings.xml: what Word needs to know about the fonts and the layout.
extension DocxStyles {
    /// The fonts of the styles, each with the font to use where it is not installed (`w:altName`): 方正小标宋简体
    /// comes with typesetting software, not with Windows, and Windows 10 and later ship 仿宋 and 楷体 rather
    /// than the GB2312 fonts the standard names. Charset 86 (GB2312) tells Word to substitute a Chinese font.
    static let fontTableXML =
        DocxPackage.declaration + "<w:fonts xmlns:w=\"\(DocxPackage.wordNamespace)\">"
        + [
            ("Times New Roman", nil), ("宋体", nil), ("黑体", nil), ("仿宋_GB2312", "仿宋"), ("楷体_GB2312", "楷体"),
            ("方正小标宋简体", "宋体"),
        ].map { name, fallback in
            let charset = name == "Times New Roman" ? "00" : "86"
            return "<w:font w:name=\"\(name)\">" + (fallback.map { "<w:altName w:val=\"\($0)\"/>" } ?? "")
                + "<w:charset w:val=\"\(charset)\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>"
        }.joined() + "</w:fonts>"

    /// Word 2013+ layout rather than compatibility mode; Chinese punctuation compressed at line ends as Chinese
    /// Word does by default; and a line that ends in a line break (a newline in a paragraph's text) left as it
    /// is rather than stretched across the justified line.
    static let settingsXML =
        DocxPackage.declaration + "<w:settings xmlns:w=\"\(DocxPackage.wordNamespace)\">"
        + "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
        + "<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name=\"compatibilityMode\""
        + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"
}
