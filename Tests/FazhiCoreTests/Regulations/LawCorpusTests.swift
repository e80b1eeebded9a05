import Foundation
import Testing

@testable import FazhiCore

// The corpus as parsed at snapshot 2f4c5c2 of LawRefBook/Laws (3,475 documents besides 27 _index.md files):
// 宪法 6, 法律 353, 行政法规 683, 司法解释 439, 地方性法规 1,911, 部门规章 29, 案例 52, 其他 2; no failures.
// 3,368 works, 104 of them with several versions (211 files); 4 laws are filed under two 法律部门 with the same
// date (广告法, 居民身份证法, 职业病防治法, 反电信网络诈骗法). 147,409 articles, 16,247 headings; 159 files have no
// articles (52 cases, 批复, 决定, amendment lists). Problems: 版本日期取自施行条款 65, 无法确定版本日期 44 (cases and
// guides), 沿革行缺少日期 16, 标题下有游离文字 11, 条文编号不连续 9, 标题编号重复 3, 标题未用#标记 1.
// Effective dates: stated 1,204, amendment's promulgation 941, history line 564, on promulgation 466, version
// date 300. Parsing it all (LawCorpus.read, one core) takes 2.5–4 s in a release build on the shared 2-core
// machine, 9–14 s in a debug build (printed by the first test below).

extension Regulations {
    @Suite(
        "LawCorpus on the real corpus",
        .enabled(if: LawCorpusFixture.available, "../shared/corpus/laws is absent: the real corpus is not checked"))
    struct LawCorpusTests {
        @Test("every file parses, and the kinds are the standard ones")
        func everyFileParses() throws {
            // given
            let (corpus, duration) = try #require(LawCorpusFixture.parsed)
            // when
            let byKind = Dictionary(grouping: corpus.files, by: \.kind).mapValues(\.count)
            // then
            #expect(corpus.failures.isEmpty, "\(corpus.failures.map { "\($0.path): \($0.message)" })")
            #expect(corpus.files.count > 3_000)
            #expect(byKind.keys.allSatisfy { LawKind.standard.contains($0) })
            #expect(corpus.files.map(\.sourcePath) == corpus.files.map(\.sourcePath).sorted())
            let counts = byKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("law corpus: \(corpus.files.count) files (\(counts)) parsed in \(duration) (debug build)")
        }

        @Test("eIds are unique within every file; every parent is an earlier heading")
        func eids() throws {
            // given
            let corpus = try #require(LawCorpusFixture.parsed?.corpus)
            // when
            var failures: [String] = []
            for file in corpus.files {
                var seen: [String: LawProvisionLevel] = [:]
                for provision in file.provisions {
                    if seen[provision.eid] != nil { failures.append("\(file.sourcePath): \(provision.eid) twice") }
                    if let parent = provision.parentEid, seen[parent] == nil || seen[parent] == .article {
                        failures.append("\(file.sourcePath): \(provision.eid) under \(parent)")
                    }
                    seen[provision.eid] = provision.level
                }
            }
            // then
            expectNone(failures, "eId faults")
        }

        @Test("行政处罚法(2021-01-22): articles 36 and 60, in force from 2021-07-15")
        func administrativePenaltyLaw() throws {
            // given
            let file = try LawCorpusFixture.file("行政法/行政处罚法(2021-01-22).md")
            // then
            #expect(file.title == "中华人民共和国行政处罚法")
            #expect(file.kind == .law)
            #expect(file.category == "行政法")
            #expect(file.versionDate == day("2021-01-22"))
            #expect(file.promulgatedOn == day("2021-01-22"))
            #expect(file.effectiveOn == day("2021-07-15"))
            #expect(file.effectiveDateRule == .statedDate)
            #expect(file.history.count == 4)
            #expect(file.provision("art_36") != nil)
            let article60 = try #require(file.provision("art_60"))
            #expect(article60.text.hasPrefix("行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定"))
            #expect(article60.parentEid?.hasPrefix("chp_5") == true)
            #expect(file.articles.count == 86)
            #expect(file.problems.isEmpty)
        }

        @Test("行政复议法: two versions sharing a work key, each with its own effective date")
        func administrativeReconsiderationLaw() throws {
            // given
            let corpus = try #require(LawCorpusFixture.parsed?.corpus)
            let old = try LawCorpusFixture.file("诉讼与非诉讼程序法/行政复议法(2017-09-01).md")
            // when
            let versions = try #require(corpus.versionsByWork[old.workKey])
            // then
            #expect(versions.map(\.versionDate) == [day("2017-09-01"), day("2023-09-01")])
            #expect(versions[1].effectiveOn == day("2024-01-01"))
            #expect(versions[0].effectiveOn == day("2017-09-01"))
            let status = versions[0].statusDates(supersededOn: versions[1].effectiveOn)
            #expect(status.status(on: day("2023-12-31")) == .valid)
            #expect(status.status(on: day("2024-01-01")) == .amended)
        }

        @Test("the constitution: 序言 as preamble, 143 articles; the Civil Code's parts keep their own numbers")
        func constitutionAndCivilCode() throws {
            let constitution = try LawCorpusFixture.file("宪法/宪法.md")
            #expect(constitution.kind == .constitution)
            #expect(constitution.preamble?.hasPrefix("中国是世界上历史最悠久的国家之一。") == true)
            #expect(constitution.articles.count == 143)
            let contracts = try LawCorpusFixture.file("民法典/合同编.md")
            #expect(contracts.subtitle == "合同编")
            #expect(contracts.articles.first?.eid == "art_463")
            #expect(contracts.effectiveOn == day("2021-01-01"))
            #expect(contracts.provision("subbook_1__chp_1")?.heading == "一般规定")
        }

        @Test("what varies in the corpus is handled: run-on articles, a space in a label, 笫, 之一, a heading TOC")
        func variations() throws {
            let flight = try LawCorpusFixture.file("行政法规/飞行基本规则(2007-10-18).md")
            #expect(flight.articles.count == 124)
            let interpretation = try LawCorpusFixture.file("司法解释/最高人民法院关于适用《刑事诉讼法》的解释(2021-01-26).md")
            #expect(interpretation.provision("art_124")?.text.hasPrefix("采用刑讯逼供方法") == true)
            let cooperatives = try LawCorpusFixture.file("民法商法/农民专业合作社法(2017-12-27).md")
            #expect(cooperatives.provision("art_54")?.number == "第五十四条")
            let criminal = try LawCorpusFixture.file("刑法/刑法.md")
            #expect(criminal.provision("art_17-1")?.number == "第十七条之一")
            let blood = try LawCorpusFixture.file("DLC/北京地方法规/地方性法规/北京/北京市献血条例(2021-11-26).md")
            #expect(blood.provisions.filter { $0.level == .chapter }.map(\.eid) == (1...6).map { "chp_\($0)" })
            #expect(blood.problems.isEmpty)
        }

        @Test("summary: problems by kind, effective date rules (printed)")
        func summary() throws {
            // given
            let corpus = try #require(LawCorpusFixture.parsed?.corpus)
            // when
            let problems = Dictionary(grouping: corpus.files.flatMap(\.problemKinds), by: { $0 }).mapValues(\.count)
            let rules = Dictionary(grouping: corpus.files, by: \.effectiveDateRule).mapValues(\.count)
            let works = corpus.versionsByWork
            // then
            #expect(problems.count <= 12)
            #expect(rules.values.reduce(0, +) == corpus.files.count)
            #expect(works.values.allSatisfy { Set($0.map(\.kind)).count == 1 })
            print("law corpus problems: \(problems.sorted { $0.value > $1.value })")
            print("law corpus effective date rules: \(rules.sorted { $0.value > $1.value })")
            print(
                "law corpus works: \(works.count), with several versions: \(works.values.filter { $0.count > 1 }.count)"
            )
        }
    }
}
