extension AkomaNtoso {
    /// The Akoma Ntoso document element and subtype of a kind: `<act name="law">`, `/akn/cn/act/law/…`.
    struct DocumentType: Equatable {
        /// `act` or `doc`.
        var element: String
        /// The `name` of the document element and the subtype of its FRBR URI.
        var subtype: String

        /// Legislation and the rules made under it are acts; case reports (典型案例, told as stories, with no
        /// parties' submissions or operative part to mark up as a `<judgment>`) and documents of other or unknown
        /// kinds (guides, standards) are generic `<doc>`s, so that no unknown text is called law.
        init(_ kind: LawKind) {
            let acts: [LawKind: String] = [
                .constitution: "constitution", .law: "law", .administrativeRegulation: "administrative-regulation",
                .judicialInterpretation: "judicial-interpretation", .localRegulation: "local-regulation",
                .departmentalRule: "departmental-rule", .localGovernmentRule: "local-government-rule",
                .normativeDocument: "normative-document",
            ]
            if let subtype = acts[kind] {
                self.init(element: "act", subtype: subtype)
            } else {
                self.init(element: "doc", subtype: kind == .caseReport ? "case-report" : "other")
            }
        }

        init(element: String, subtype: String) {
            self.element = element
            self.subtype = subtype
        }
    }

    /// The ISO 3166-2:CN code (lower case, as AKN writes localities: `cn-bj`) of the province-level division a
    /// region names or starts with (「北京」「北京市」「广东省深圳市」); nil when it names none, and the region then
    /// stays out of the URI.
    static func locality(of region: String?) -> String? {
        guard let region else { return nil }
        return provinceCodes.first { region.hasPrefix($0.name) }?.code
    }

    // No name here is a prefix of another, so the first match is the only one.
    private static let provinceCodes: [(name: String, code: String)] = [
        ("北京", "bj"), ("天津", "tj"), ("河北", "he"), ("山西", "sx"), ("内蒙古", "nm"), ("辽宁", "ln"),
        ("吉林", "jl"), ("黑龙江", "hl"), ("上海", "sh"), ("江苏", "js"), ("浙江", "zj"), ("安徽", "ah"),
        ("福建", "fj"), ("江西", "jx"), ("山东", "sd"), ("河南", "ha"), ("湖北", "hb"), ("湖南", "hn"),
        ("广东", "gd"), ("广西", "gx"), ("海南", "hi"), ("重庆", "cq"), ("四川", "sc"), ("贵州", "gz"),
        ("云南", "yn"), ("西藏", "xz"), ("陕西", "sn"), ("甘肃", "gs"), ("青海", "qh"), ("宁夏", "nx"),
        ("新疆", "xj"), ("台湾", "tw"), ("香港", "hk"), ("澳门", "mo"),
    ]

    /// The FRBR identifiers of a version, in the form cobalt (Laws.Africa) reads and writes them.
    struct FRBRNames: Equatable {
        /// `cn`, or `cn-bj` for a region with a code.
        var place: String
        var type: DocumentType
        /// The date of the work: its first adoption or promulgation, so that every version has the same work URI.
        var workDate: CivilDate
        var number: String
        var versionDate: CivilDate

        init(_ metadata: Metadata) {
            place = locality(of: metadata.region).map { "cn-\($0)" } ?? "cn"
            type = DocumentType(metadata.kind)
            let enactments = metadata.history.filter { !$0.isEffectiveOnly }.map(\.date)
            workDate = enactments.min() ?? metadata.promulgatedOn ?? metadata.versionDate
            number = String(metadata.workID)
            versionDate = metadata.versionDate
        }

        /// `/akn/cn/act/law/2017/12`: the year only, as Laws.Africa writes it; the full date is the FRBRdate.
        var work: String { "/akn/\(place)/\(type.element)/\(type.subtype)/\(workDate.year)/\(number)" }
        /// `/akn/cn/act/law/2017/12/zho@2021-01-22`.
        var expression: String { "\(work)/\(language)@\(versionDate.iso)" }
        /// The URI with the main component, `…/!main`, as `FRBRthis` names it.
        static func main(_ uri: String) -> String { uri + "/!main" }
        /// ISO 639-2: the texts are in Chinese.
        var language: String { "zho" }
        /// `cn.act.law.2017.12`: the work URI in the dotted form that AKN ontology identifiers use.
        var dotted: String { "\(place).\(type.element).\(type.subtype).\(workDate.year).\(number)" }
    }
}
