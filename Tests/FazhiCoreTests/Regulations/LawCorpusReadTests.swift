import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawCorpus.read on a made-up directory")
    struct LawCorpusReadTests {
        @Test("walks folders, skips _index.md, README.md and other files, sorts by path, reports unreadable files")
        func read() throws {
            // given
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("lawcorpus-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            let files: [String: Data] = [
                "行政法/乙法(2020-01-01).md": Data("# 乙法\n<!-- INFO END -->\n第一条 甲。".utf8),
                "DLC/北京地方法规/地方性法规/北京/甲条例.md": Data("# 甲条例\n<!-- INFO END -->\n第一条 甲。".utf8),
                "行政法/_index.md": Data("---\nbookCollapseSection: true\n---".utf8),
                "README.md": Data("# 说明".utf8),
                "行政法/附件.txt": Data("不是文档".utf8),
                "行政法/无标题.md": Data("第一条 甲。".utf8),
                "行政法/乱码.md": Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]),
            ]
            for (path, data) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            // when
            let corpus = try LawCorpus.read(directory: root)
            // then
            #expect(corpus.files.map(\.sourcePath) == ["DLC/北京地方法规/地方性法规/北京/甲条例.md", "行政法/乙法(2020-01-01).md"])
            #expect(corpus.files[0].region == "北京")
            #expect(corpus.failures.map(\.path) == ["行政法/乱码.md", "行政法/无标题.md"])
            #expect(corpus.failures[0].message.contains("UTF-8"))
            #expect(corpus.failures[1].message.contains("没有标题行"))
            #expect(corpus.versionsByWork.count == 2)
        }

        @Test("a directory that does not exist is an error")
        func missing() {
            #expect(throws: (any Error).self) {
                try LawCorpus.read(directory: URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString)"))
            }
        }
    }
}
