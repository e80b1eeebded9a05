import Foundation
import Testing

@testable import FazhiCore

@Suite("CSVReader")
struct CSVReaderTests {
    typealias Record = CSVReader.Record

    @Test func plainRecordsWithLineNumbers() {
        // given
        let text = "name,kind\n司法局,justice_bureau\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(
            records == [
                Record(line: 1, fields: ["name", "kind"]), Record(line: 2, fields: ["司法局", "justice_bureau"]),
            ])
    }

    @Test func theLastRecordNeedsNoLineBreak() {
        // given
        let text = "a,b\nc,d"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"]])
    }

    @Test func emptyTextHasNoRecords() {
        // given
        let text = ""
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records.isEmpty)
    }

    @Test func quotedFieldsMayHoldCommasAndDoubledQuotes() {
        // given
        let text = #""呼和浩特市,新城区","他说""依法""",x"# + "\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records == [Record(line: 1, fields: ["呼和浩特市,新城区", #"他说"依法""#, "x"])])
    }

    @Test func emptyAndQuotedEmptyFields() {
        // given
        let text = ",,\n\"\",x,\"\"\na,\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records.map(\.fields) == [["", "", ""], ["", "x", ""], ["a", ""]])
    }

    @Test func crlfLineBreaksAreNotPartOfAnyField() {
        // given
        let text = "a,b\r\nc,d\r\n\"e\"\r\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(
            records == [
                Record(line: 1, fields: ["a", "b"]), Record(line: 2, fields: ["c", "d"]),
                Record(line: 3, fields: ["e"]),
            ])
    }

    @Test func aLoneCarriageReturnEndsARecordToo() {
        // given
        let text = "a,b\rc,d\r"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records == [Record(line: 1, fields: ["a", "b"]), Record(line: 2, fields: ["c", "d"])])
    }

    @Test func aLeadingByteOrderMarkIsDropped() {
        // given what Excel writes when it saves "CSV UTF-8"
        let text = "\u{FEFF}name,kind\r\n司法局,justice_bureau\r\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records.first?.fields == ["name", "kind"])
        #expect(records.count == 2)
    }

    @Test func aByteOrderMarkAfterTheStartIsKept() {
        // given
        let text = "a\n\u{FEFF}b\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records.map(\.fields) == [["a"], ["\u{FEFF}b"]])
    }

    @Test func quotedLineBreaksStayInTheFieldAndCountForLaterLineNumbers() {
        // given
        let text = "name,note\n\"司法局\",\"第一行\n第二行\r\n第三行\"\nnext,x\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(
            records == [
                Record(line: 1, fields: ["name", "note"]),
                Record(line: 2, fields: ["司法局", "第一行\n第二行\r\n第三行"]),
                Record(line: 5, fields: ["next", "x"]),
            ])
    }

    @Test func emptyLinesAreEmptyRecordsAndKeepTheirNumbers() {
        // given
        let text = "a\n\n\r\nb\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(
            records == [
                Record(line: 1, fields: ["a"]), Record(line: 2, fields: [""]), Record(line: 3, fields: [""]),
                Record(line: 4, fields: ["b"]),
            ])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsKeptAsItIs() {
        // given
        let text = #"ab"c,"d"e,f"# + "\n"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records.map(\.fields) == [[#"ab"c"#, "de", "f"]])
    }

    @Test func anUnterminatedQuoteRunsToTheEnd() {
        // given
        let text = "a,\"b,c\nd"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records == [Record(line: 1, fields: ["a", "b,c\nd"])])
    }

    // A lone CR ends a record outside quotes (see aLoneCarriageReturnEndsARecordToo), so it must also count as a
    // line inside quotes, or every later line number is off in files saved with CR line ends.
    @Test func aQuotedLoneCarriageReturnCountsAsALineBreak() {
        // given a file with CR line ends and a quoted field over two lines
        let text = "\"a\rb\",x\rnext,y\r"
        // when
        let records = CSVReader.records(text)
        // then
        #expect(records == [Record(line: 1, fields: ["a\rb", "x"]), Record(line: 3, fields: ["next", "y"])])
    }

    @Test("property: fields written as RFC 4180 read back unchanged, with the line each record starts on")
    func randomRoundTrip() {
        // given
        var rng = SplitMix64(seed: 4180)
        let pieces = ["a", "Z", "9", " ", "司法", "局", ",", "\"", "\n", "\r\n", "|", "、", "''"]
        var failures: [String] = []
        for _ in 0..<500 {
            let table = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
                (0..<Int.random(in: 1...5, using: &rng)).map { _ in
                    (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                }
            }
            var text = ""
            var expectedLines: [Int] = []
            var line = 1
            for fields in table {
                expectedLines.append(line)
                let written = fields.map { field -> String in
                    let needsQuotes = field.isEmpty || field.contains { ",\"\n\r\n".contains($0) }
                    return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }
                let lineBreak = Bool.random(using: &rng) ? "\n" : "\r\n"
                text += written.joined(separator: ",") + lineBreak
                line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            }
            // when
            let records = CSVReader.records(text)
            // then
            if records.map(\.fields) != table || records.map(\.line) != expectedLines {
                failures.append(text.debugDescription)
            }
        }
        expectNone(failures, "texts that did not read back as written")
    }
}
