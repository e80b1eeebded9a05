/// One parsed corpus file: one version of one work (法律文本的一个版本).
public struct ParsedLawFile: Sendable, Equatable {
    /// Path relative to the corpus root, with "/" separators: 「行政法/行政处罚法(2021-01-22).md」.
    public var sourcePath: String
    /// Line 1 without 「# 」.
    public var title: String
    /// The optional second 「# 」 line: the part of a code split into files (民法典 「合同编」).
    public var subtitle: String?
    /// From the folder (see `LawFolder`).
    public var kind: LawKind
    /// The 法律部门 folder for national laws (行政法, 经济法 …), the ministry for 部门规章, nil otherwise.
    public var category: String?
    /// 制定机关, when it can be told: the ministry folder, the body that adopted the first version according to
    /// the history lines (全国人民代表大会常务委员会, 国务院, 青岛市人民代表大会常务委员会 …), the court(s) named in a
    /// judicial interpretation's title, the province's people's congress standing committee for local
    /// regulations; nil otherwise.
    public var issuer: String?
    /// 「北京」 for the files under DLC/北京地方法规/…; nil for national documents.
    public var region: String?
    /// The version's date: from the file name 「(2021-01-22)」; else the last history date; else the front
    /// matter's `date`; else `LawFileParser.undatedVersionDate`, with a problem.
    public var versionDate: CivilDate
    /// The date of the last history event that adopted, promulgated or amended the text (a line saying only
    /// 「施行」 does not count); nil without history.
    public var promulgatedOn: CivilDate?
    /// 施行日期 of this version; `effectiveDateRule` says how it was found.
    public var effectiveOn: CivilDate
    public var effectiveDateRule: LawEffectiveDateRule
    /// The history lines of the header, in order.
    public var history: [LawHistoryEvent]
    /// Header lines that are not history: a title repeated over two lines, a covering notice, its 文号.
    public var headerNotes: [String]
    /// The 文号 found in the header notes (「法释〔2021〕11号」), if any.
    public var documentNumber: DocumentNumber?
    /// YAML front matter (`key: value` lines between `---` lines), if the file has any.
    public var frontMatter: [String: String]
    /// Text before the first article or heading (序言 of the constitution; a judicial interpretation's
    /// opening sentence), 目录 lines removed. For a file without articles (cases, 批复, notices), the whole text,
    /// its 「## 」 headings kept.
    public var preamble: String?
    /// Headings and articles in document order; empty for a file without articles.
    public var provisions: [LawProvision]
    /// The whole text after the header, for display and hashing: line endings made "\n", zero-width
    /// characters removed, blank lines at either end trimmed; otherwise as in the file.
    public var body: String
    /// What could not be parsed, one line each, 「<kind>：<detail>」 (see `LawParseProblem`).
    public var problems: [String]
    /// The identity of the work this file is a version of: files with the same key are versions of one work.
    /// 「<kind>|<region>|<title>[|<subtitle>]」 with the title normalised (`LawWorkKey`).
    public var workKey: String

    public init(
        sourcePath: String, title: String, subtitle: String? = nil, kind: LawKind, category: String? = nil,
        issuer: String? = nil, region: String? = nil, versionDate: CivilDate, promulgatedOn: CivilDate? = nil,
        effectiveOn: CivilDate, effectiveDateRule: LawEffectiveDateRule = .versionDate, history: [LawHistoryEvent] = [],
        headerNotes: [String] = [], documentNumber: DocumentNumber? = nil, frontMatter: [String: String] = [:],
        preamble: String? = nil, provisions: [LawProvision] = [], body: String = "", problems: [String] = [],
        workKey: String? = nil
    ) {
        self.sourcePath = sourcePath
        self.title = title
        self.subtitle = subtitle
        self.kind = kind
        self.category = category
        self.issuer = issuer
        self.region = region
        self.versionDate = versionDate
        self.promulgatedOn = promulgatedOn
        self.effectiveOn = effectiveOn
        self.effectiveDateRule = effectiveDateRule
        self.history = history
        self.headerNotes = headerNotes
        self.documentNumber = documentNumber
        self.frontMatter = frontMatter
        self.preamble = preamble
        self.provisions = provisions
        self.body = body
        self.problems = problems
        self.workKey = workKey ?? LawWorkKey.make(kind: kind, region: region, title: title, subtitle: subtitle)
    }

    /// The articles only, in document order.
    public var articles: [LawProvision] { provisions.filter { $0.level == .article } }

    /// The provision with this eId.
    public func provision(_ eid: String) -> LawProvision? { provisions.first { $0.eid == eid } }

    /// The dates deciding this version's status, given the effective date of the work's next version (if any).
    public func statusDates(supersededOn: CivilDate? = nil) -> LawStatusDates {
        LawStatusDates(effectiveOn: effectiveOn, supersededOn: supersededOn)
    }
}

/// How a version's effective date was found, strongest first.
public enum LawEffectiveDateRule: String, Sendable, Codable, CaseIterable {
    /// A history line that only says so (「2021年1月1日 施行」), or 「公告公布施行」, on or after the last
    /// promulgation.
    case historyLine
    /// The text's 施行 clause names a date: 「本法自2021年7月15日起施行」.
    case statedDate
    /// 「自公布之日起施行」 (发布, 颁布, 印发, 通过 …): the promulgation date (the last history date, else the version
    /// date).
    case onPromulgation
    /// 「自公布之日起30日后施行」.
    case afterPromulgation
    /// The clause names a date before this version was promulgated: it is the first version's date, kept in
    /// the text by an amendment (修正) that took effect on its own promulgation, so the promulgation date is used.
    case amendmentPromulgation
    /// Nothing found: the version date.
    case versionDate
}
