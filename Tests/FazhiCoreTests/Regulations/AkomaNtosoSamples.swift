import Foundation

@testable import FazhiCore

/// Builders for the Akoma Ntoso tests: provisions as the parser makes them, and a law's metadata.
enum AkomaNtosoSamples {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    /// 示范处罚法 as revised in 2021: adopted 2017, revised 2021-01-22, in force from 2021-07-15.
    static func metadata() -> AkomaNtoso.Metadata {
        AkomaNtoso.Metadata(
            workID: 12, versionID: 34, title: "中华人民共和国示范处罚法", subtitle: nil, kind: .law,
            issuer: "全国人民代表大会常务委员会", region: nil, documentNumber: nil, versionDate: date(2021, 1, 22),
            promulgatedOn: date(2021, 1, 22), effectiveOn: date(2021, 7, 15),
            history: [
                LawHistoryEvent(date: date(2017, 9, 1), text: "第十二届全国人民代表大会常务委员会第二十九次会议通过"),
                LawHistoryEvent(date: date(2021, 1, 22), text: "第十三届全国人民代表大会常务委员会第二十五次会议修订"),
            ])
    }

    static func heading(
        _ ordinal: Int, _ level: LawProvisionLevel, _ eid: String, _ number: String, _ heading: String?, parent: String?
    ) -> LawProvision {
        LawProvision(
            ordinal: ordinal, level: level, eid: eid, number: number, heading: heading, text: "", parentEid: parent)
    }

    static func article(_ ordinal: Int, _ eid: String, _ number: String, _ text: String, parent: String? = nil)
        -> LawProvision
    {
        LawProvision(
            ordinal: ordinal, level: .article, eid: eid, number: number, heading: nil, text: text, parentEid: parent)
    }

    /// The document, read back: the `akomaNtoso` element.
    static func parse(_ metadata: AkomaNtoso.Metadata, preamble: String? = nil, provisions: [LawProvision]) throws
        -> XMLElementTree
    {
        try XMLElementTree.parse(Data(AkomaNtoso.document(metadata, preamble: preamble, provisions: provisions).utf8))
    }
}
