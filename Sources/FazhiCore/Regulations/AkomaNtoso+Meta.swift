import Foundation

extension AkomaNtoso {
    /// The `<meta>` block: FRBR identification, the kind as a keyword, the history as lifecycle events, the
    /// effective date as the start of the in-force period, and the references all of these point to.
    static func writeMeta(_ metadata: Metadata, _ names: FRBRNames, _ lifecycle: Lifecycle, to xml: inout XMLWriter) {
        xml.open("meta")
        writeIdentification(metadata, names, to: &xml)

        xml.open("classification", [("source", "#fazhi")])
        xml.empty(
            "keyword",
            [("value", metadata.kind.rawValue), ("showAs", metadata.kind.rawValue), ("dictionary", "#fazhi")])
        xml.close()

        xml.open("lifecycle", [("source", "#fazhi")])
        for event in lifecycle.events {
            xml.empty(
                "eventRef",
                [
                    ("eId", event.refID), ("date", event.date.iso), ("source", "#original"),
                    ("refersTo", "#\(event.tlcID)"), ("type", event.type),
                ])
        }
        xml.close()

        xml.open("temporalData", [("source", "#fazhi")])
        xml.open("temporalGroup", [("eId", "period_1")])
        xml.empty("timeInterval", [("start", "#\(lifecycle.effective.refID)"), ("refersTo", "#inForce")])
        xml.close()
        xml.close()

        writeReferences(metadata, names, lifecycle, to: &xml)
        xml.close()
    }

    /// What the metadata points to: the work, Fazhi (the source of the markup), the issuers, the history events,
    /// the in-force concept and the region.
    static func writeReferences(
        _ metadata: Metadata, _ names: FRBRNames, _ lifecycle: Lifecycle, to xml: inout XMLWriter
    ) {
        let issuers = issuerNames(metadata.issuer)
        xml.open("references", [("source", "#fazhi")])
        xml.empty("original", [("eId", "original"), ("href", names.work), ("showAs", metadata.title)])
        xml.empty(
            "TLCOrganization", [("eId", "fazhi"), ("href", "/akn/ontology/organization/cn.fazhi"), ("showAs", "Fazhi")])
        for (index, issuer) in issuers.enumerated() {
            xml.empty(
                "TLCOrganization",
                [
                    ("eId", "issuer_\(index + 1)"), ("href", "/akn/ontology/organization/cn.\(issuer)"),
                    ("showAs", issuer),
                ])
        }
        for event in lifecycle.events {
            xml.empty(
                "TLCEvent",
                [
                    ("eId", event.tlcID), ("href", "/akn/ontology/event/\(names.dotted).\(event.tlcID)"),
                    ("showAs", event.text),
                ])
        }
        xml.empty(
            "TLCConcept", [("eId", "inForce"), ("href", "/akn/ontology/concept/fazhi.inForce"), ("showAs", "施行")])
        if let region = metadata.region {
            xml.empty(
                "TLCLocation", [("eId", "region"), ("href", "/akn/ontology/location/cn.\(region)"), ("showAs", region)])
        }
        xml.close()
    }

    /// `<identification>`: the work (authored by the issuers), the expression (this version, in Chinese) and the
    /// manifestation (this XML, made by Fazhi; cobalt names it as it names the expression).
    static func writeIdentification(_ metadata: Metadata, _ names: FRBRNames, to xml: inout XMLWriter) {
        let issuers = issuerNames(metadata.issuer)
        let authors = issuers.isEmpty ? ["#fazhi"] : issuers.indices.map { "#issuer_\($0 + 1)" }
        xml.open("identification", [("source", "#fazhi")])
        xml.open("FRBRWork")
        xml.empty("FRBRthis", [("value", FRBRNames.main(names.work))])
        xml.empty("FRBRuri", [("value", names.work)])
        xml.empty("FRBRalias", [("value", metadata.title), ("name", "title")])
        if let subtitle = metadata.subtitle { xml.empty("FRBRalias", [("value", subtitle), ("name", "subtitle")]) }
        if let number = metadata.documentNumber {
            xml.empty("FRBRalias", [("value", number), ("name", "documentNumber")])
        }
        xml.empty("FRBRdate", [("date", names.workDate.iso), ("name", "promulgation")])
        for author in authors { xml.empty("FRBRauthor", [("href", author)]) }
        xml.empty("FRBRcountry", [("value", names.place)])
        xml.empty("FRBRsubtype", [("value", names.type.subtype)])
        xml.empty("FRBRnumber", [("value", names.number)])
        xml.close()

        xml.open("FRBRExpression")
        xml.empty("FRBRthis", [("value", FRBRNames.main(names.expression))])
        xml.empty("FRBRuri", [("value", names.expression)])
        xml.empty("FRBRdate", [("date", metadata.versionDate.iso), ("name", "version")])
        for author in authors { xml.empty("FRBRauthor", [("href", author)]) }
        xml.empty("FRBRlanguage", [("language", names.language)])
        xml.close()

        xml.open("FRBRManifestation")
        xml.empty("FRBRthis", [("value", FRBRNames.main(names.expression))])
        xml.empty("FRBRuri", [("value", names.expression)])
        xml.empty("FRBRdate", [("date", metadata.versionDate.iso), ("name", "version")])
        xml.empty("FRBRauthor", [("href", "#fazhi")])
        xml.close()
        xml.close()
    }

    /// 「最高人民法院、最高人民检察院」 is two authors.
    static func issuerNames(_ issuer: String?) -> [String] {
        (issuer ?? "").split(separator: "、").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
