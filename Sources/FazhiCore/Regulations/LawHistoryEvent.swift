/// One line of a document's history (制定、修改沿革): 「2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订」
/// is the date 2021-01-22 and the text 「第十三届全国人民代表大会常务委员会第二十五次会议修订」.
public struct LawHistoryEvent: Sendable, Equatable, Codable {
    public var date: CivilDate
    public var text: String

    public init(date: CivilDate, text: String) {
        self.date = date
        self.text = text
    }

    /// True for a line that only says when the document took effect (「2021年1月1日 施行」), as opposed to an
    /// adoption, promulgation or amendment: such a line does not date a version.
    public var isEffectiveOnly: Bool {
        let ignored: Set<Unicode.Scalar> = ["（", "(", "）", ")", "起", "。", " ", "\u{3000}"]
        let core = String(String.UnicodeScalarView(text.unicodeScalars.filter { !ignored.contains($0) }))
        return core == "施行" || core == "实施" || core == "生效" || core == "执行"
    }
}
