/// Akoma Ntoso 3.0 (OASIS LegalDocML) export of one version of a document of the law library, for other systems
/// (Laws.Africa's cobalt and Indigo, EUR-Lex style consumers) to read without knowing our database.
///
/// - Kinds: legislation and rules are `<act name="law">`, `"administrative-regulation"` …; case reports and
///   other documents are generic `<doc>`s (see `DocumentType`).
/// - FRBR: work `/akn/cn/act/law/2017/12` (the year of first enactment and the work id; `cn-bj` for a region
///   with an ISO 3166-2 code), expression `…/zho@2021-01-22` (the version date), manifestation named as cobalt
///   names it, `…/zho@2021-01-22/!main`.
/// - Body: 编 `<book>`, 分编 `<part>`, 章 `<chapter>`, 节 `<section>`, 条 `<article>`, 款 `<paragraph>`, 项
///   `<point>` in a `<list>`; eIds are the library's own (`chp_1`, `art_3`, `art_3__para_1__point_1`), which
///   follow the AKN naming convention except that 分编 is `subbook_N` where the convention would say `part_N`.
public enum AkomaNtoso {
    /// The Akoma Ntoso 3.0 namespace.
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// What the export says about a version besides its text.
    public struct Metadata: Sendable, Equatable {
        public var workID: Int
        public var versionID: Int
        public var title: String
        public var subtitle: String?
        public var kind: LawKind
        /// 制定机关; joint issuers separated by 「、」 are each an author.
        public var issuer: String?
        /// 「北京」 for a local document.
        public var region: String?
        /// 文号.
        public var documentNumber: String?
        public var versionDate: CivilDate
        public var promulgatedOn: CivilDate?
        public var effectiveOn: CivilDate
        public var history: [LawHistoryEvent]

        public init(
            workID: Int, versionID: Int, title: String, subtitle: String?, kind: LawKind, issuer: String?,
            region: String?, documentNumber: String?, versionDate: CivilDate, promulgatedOn: CivilDate?,
            effectiveOn: CivilDate, history: [LawHistoryEvent]
        ) {
            self.workID = workID
            self.versionID = versionID
            self.title = title
            self.subtitle = subtitle
            self.kind = kind
            self.issuer = issuer
            self.region = region
            self.documentNumber = documentNumber
            self.versionDate = versionDate
            self.promulgatedOn = promulgatedOn
            self.effectiveOn = effectiveOn
            self.history = history
        }
    }

    /// A complete, schema-valid AKN 3.0 document (namespace http://docs.oasis-open.org/legaldocml/ns/akn/3.0).
    ///
    /// `provisions` is the flat list of headings and articles with their `parentEid`s; `preamble` the text before
    /// them. A text without provisions (a 批复, a case) is the document's body: an act holds it in an
    /// `<hcontainer name="text">`, since an act's body admits no bare paragraphs.
    public static func document(_ metadata: Metadata, preamble: String?, provisions: [LawProvision]) -> String {
        let names = FRBRNames(metadata)
        let lifecycle = Lifecycle(metadata)
        let tree = tree(provisions)
        let isAct = names.type.element == "act"
        var xml = XMLWriter()
        xml.open("akomaNtoso", [("xmlns", namespace)])
        xml.open(
            names.type.element,
            [("name", names.type.subtype), ("contains", lifecycle.isAmended ? "singleVersion" : nil)])
        writeMeta(metadata, names, lifecycle, to: &xml)
        writePreface(metadata, to: &xml)
        let preambleText = preamble ?? ""
        if !tree.isEmpty, !lines(preambleText).isEmpty { writeBlock("preamble", preambleText, to: &xml) }
        xml.open(isAct ? "body" : "mainBody")
        if !tree.isEmpty {
            for node in tree { write(node, to: &xml) }
        } else if isAct {
            xml.open("hcontainer", [("eId", "hcontainer_1"), ("name", "text")])
            writeBlock("content", preambleText, to: &xml)
            xml.close()
        } else {
            writeLines(preambleText, to: &xml)
        }
        xml.close()
        xml.close()
        xml.close()
        return xml.text
    }

    /// The title page as printed: title, part of a code, 文号, and the history lines (题注) with their dates.
    static func writePreface(_ metadata: Metadata, to xml: inout XMLWriter) {
        xml.open("preface")
        xml.element("p", [("class", "title")], inline: [XMLWriter.inline("docTitle", text: metadata.title)])
        if let subtitle = metadata.subtitle { xml.element("p", [("class", "subtitle")], text: subtitle) }
        if let number = metadata.documentNumber {
            xml.element("p", [("class", "number")], inline: [XMLWriter.inline("docNumber", text: number)])
        }
        for line in metadata.history {
            let date = XMLWriter.inline("docDate", [("date", line.date.iso)], text: chineseDate(line.date))
            xml.element("p", [("class", "history")], inline: [date, XMLWriter.inline(" " + line.text)])
        }
        xml.close()
    }
}
