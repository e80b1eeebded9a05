import Testing

@testable import FazhiCore

@Suite("OrgCSV.parse")
struct OrgCSVTests {
    static let header = "name,short_name,kind,parent,credit_code,aliases\n"

    @Test func rowsAreReadWithTheirLineNumbersAndDefaults() throws {
        // given
        let text =
            Self.header
            + "内蒙古自治区人民政府,自治区政府,government,,,内蒙古自治区\n"
            + "呼和浩特市司法局,,justice_bureau,内蒙古自治区人民政府, 91350100m000100y43 ,司法局|市司法局、呼市司法局\n"
        // when
        let rows = try OrgCSV.parse(text)
        // then
        #expect(
            rows == [
                OrgCSVRow(
                    line: 2, name: "内蒙古自治区人民政府", shortName: "自治区政府", kind: .government, parent: nil,
                    creditCode: nil, aliases: ["内蒙古自治区"]),
                OrgCSVRow(
                    line: 3, name: "呼和浩特市司法局", shortName: "呼和浩特市司法局", kind: .justiceBureau,
                    parent: "内蒙古自治区人民政府", creditCode: "91350100M000100Y43", aliases: ["司法局", "市司法局", "呼市司法局"]),
            ])
    }

    @Test("a kind may be given by its code or its Chinese label", arguments: OrgKind.allCases)
    func kindsByCodeOrLabel(kind: OrgKind) throws {
        // given
        let text = Self.header + "甲,,\(kind.rawValue),,,\n乙,, \(kind.label) ,,,\n"
        // when
        let rows = try OrgCSV.parse(text)
        // then
        #expect(rows.map(\.kind) == [kind, kind])
    }

    @Test func fieldsAreTrimmedAndAliasesSplitOnBarsAndEnumerationCommas() throws {
        // given
        let text = Self.header + "  新城区司法局 , 新城区司法局 ,justice_bureau, 新城区人民政府 ,, 司法局 | 区司法局 、 新城司法局 \n"
        // when
        let row = try #require(try OrgCSV.parse(text).first)
        // then
        #expect(row.name == "新城区司法局")
        #expect(row.shortName == "新城区司法局")
        #expect(row.parent == "新城区人民政府")
        #expect(row.aliases == ["司法局", "区司法局", "新城司法局"])
    }

    @Test func quotedFieldsMayHoldCommas() throws {
        // given
        let text = Self.header + #""机构,带逗号",,other,,,"甲,乙|丙""# + "\n"
        // when
        let rows = try OrgCSV.parse(text)
        // then
        #expect(rows.map(\.name) == ["机构,带逗号"])
        #expect(rows.first?.aliases == ["甲,乙", "丙"])
    }

    // Blank segments such as "a| |b" or a trailing "、 " are typing slips; OrganisationInput drops blank aliases,
    // and the import should too rather than store an empty alias.
    @Test("blank aliases are dropped", arguments: ["司法局| |区司法局", "司法局|区司法局、 ", " |司法局、、区司法局"])
    func blankAliasesAreDropped(aliases: String) throws {
        // given
        let text = Self.header + "新城区司法局,,justice_bureau,,,\(aliases)\n"
        // when
        let row = try #require(try OrgCSV.parse(text).first)
        // then
        #expect(row.aliases == ["司法局", "区司法局"])
    }

    @Test func excelExportsAreRead() throws {
        // given a BOM, capitalised header, CRLF line ends and a trailing empty line
        let text = "\u{FEFF}Name,Short_Name,KIND,Parent,Credit_Code,Aliases\r\n司法厅,,justice_bureau,,,\r\n,,,,,\r\n"
        // when
        let rows = try OrgCSV.parse(text)
        // then
        #expect(rows.map(\.name) == ["司法厅"])
        #expect(rows.first?.line == 2)
    }

    @Test func theLastTwoColumnsMayBeLeftOut() throws {
        // given
        let text = "name,short_name,kind,parent\n司法厅,,justice_bureau,人民政府\n"
        // when
        let rows = try OrgCSV.parse(text)
        // then
        #expect(rows.first?.creditCode == nil)
        #expect(rows.first?.aliases == [])
        #expect(rows.first?.parent == "人民政府")
    }

    @Test func blankLinesAreSkippedButCountForLineNumbers() throws {
        // given
        let text = Self.header + "\n,,,,,\n司法厅,,justice_bureau,,,\n"
        // when
        let rows = try OrgCSV.parse(text)
        // then
        #expect(rows.map(\.line) == [4])
    }

    @Test func lineNumbersFollowQuotedLineBreaks() throws {
        // given a name that spans two lines, then a row with a bad credit code
        let text = Self.header + "\"两行\n名称\",,other,,,\n坏代码,,other,,91350100M000100Y44,\n"
        // when
        let error = try #require(throws: DomainError.self) { try OrgCSV.parse(text) }
        // then
        #expect(error == .invalid("line4", "第4行：统一社会信用代码校验位不正确，请核对"))
    }

    @Test(
        "a file without the header is refused",
        arguments: ["", "\n", "司法厅,,justice_bureau,,,\n", "name,kind,parent\n", "名称,简称,类型,上级\n"])
    func missingHeader(text: String) throws {
        // given
        // when
        let error = try #require(throws: DomainError.self) { try OrgCSV.parse(text) }
        // then
        #expect(error == .malformed("第1行应为表头：name,short_name,kind,parent,credit_code,aliases"))
    }

    // The header check only looks at the first four columns, so a file whose last two columns are swapped is read
    // with its credit codes as aliases and its aliases as credit codes.
    @Test func aHeaderWithTheLastColumnsSwappedIsRefused() throws {
        // given
        let text = "name,short_name,kind,parent,aliases,credit_code\n司法厅,,justice_bureau,,,91350100M000100Y43\n"
        // when / then
        #expect(throws: DomainError.self) { try OrgCSV.parse(text) }
    }

    // OrganisationImporter turns rows straight into ValidOrganisationInput, so the limits the organisation form
    // enforces (OrganisationInput.validated) must hold for rows too.
    @Test func rowsObeyTheLimitsOfTheOrganisationForm() throws {
        // given
        let name = String(repeating: "法", count: 101)
        let shortName = String(repeating: "治", count: 51)
        let aliases = (1...21).map { "别名\($0)" }.joined(separator: "|")
        let text = Self.header + "\(name),,other,,,\n机构,\(shortName),other,,,\n机构,,other,,,\(aliases)\n"
        // when
        let error = try #require(throws: DomainError.self) { try OrgCSV.parse(text) }
        // then
        #expect(error.fields.map(\.field) == ["line2", "line3", "line4"])
    }

    @Test func aHeaderOnlyFileHasNoRows() throws {
        // given
        let text = Self.header
        // when
        let rows = try OrgCSV.parse(text)
        // then
        #expect(rows.isEmpty)
    }

    @Test func everyBadRowIsReportedAtOnceWithItsLine() throws {
        // given
        let text =
            Self.header
            + "好的,,government,,,\n"
            + ",简称,government,,,\n"
            + "机关,,机关,,,\n"
            + "代码短,,other,,9135,\n"
            + "禁用字母,,other,,91350100O000100Y43,\n"
            + "校验错,,other,,91350100M000100Y44,\n"
        // when
        let error = try #require(throws: DomainError.self) { try OrgCSV.parse(text) }
        // then
        #expect(
            error.fields == [
                FieldError("line3", "第3行：缺少名称"),
                FieldError("line4", "第4行：无法识别的机构类型「机关」"),
                FieldError("line5", "第5行：统一社会信用代码应为18位，当前为4位"),
                FieldError("line6", "第6行：统一社会信用代码含有不允许的字符「O」（不使用I、O、Z、S、V）"),
                FieldError("line7", "第7行：统一社会信用代码校验位不正确，请核对"),
            ])
        #expect(error.message == "提交的内容有5处需要修改")
    }

    @Test func theDemoRegionSurvivesAnExportAndImport() throws {
        // given the demo tree written out as an import file
        var text = Self.header
        for (seed, chain) in DemoRegion.tree.flattenedWithChains {
            let parent = chain.dropLast().last?.name ?? ""
            let aliases = seed.aliases.joined(separator: "|")
            text +=
                [seed.name, seed.shortName, seed.kind.label, parent, seed.creditCode ?? "", aliases]
                .joined(separator: ",") + "\n"
        }
        // when
        let rows = try OrgCSV.parse(text)
        // then
        let seeds = DemoRegion.tree.flattenedWithChains
        #expect(rows.count == seeds.count)
        for (row, (seed, chain)) in zip(rows, seeds) {
            #expect(row.name == seed.name && row.shortName == seed.shortName && row.kind == seed.kind)
            #expect(row.parent == chain.dropLast().last?.name)
            #expect(row.creditCode == seed.creditCode && row.aliases == seed.aliases)
        }
    }
}
