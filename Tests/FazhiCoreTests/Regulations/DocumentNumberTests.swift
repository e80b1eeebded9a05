import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("DocumentNumber")
    struct DocumentNumberTests {
        @Test("「内政发〔2024〕12号」: issuer code, year, sequence, canonical text")
        func canonical() throws {
            // when
            let number = try #require(DocumentNumber(parsing: "内政发〔2024〕12号"))
            // then
            #expect(number.issuerCode == "内政发")
            #expect(number.year == 2024)
            #expect(number.sequence == 12)
            #expect(number.text == "内政发〔2024〕12号")
        }

        @Test(
            "brackets, full-width digits, 第 and spaces all read, written back with 〔〕",
            arguments: [
                "内政发[2024]12号", "内政发［2024］12号", "内政发（2024）12号", "内政发(2024)12号", "内政发【2024】12号",
                "内政发﹝2024﹞12号", "内政发〔２０２４〕１２号", "内政发〔2024〕第12号", "  内政发〔2024〕12号 ", "内政发〔2024〕012号",
            ])
        func variants(text: String) throws {
            let number = try #require(DocumentNumber(parsing: text))
            #expect(number == DocumentNumber(issuerCode: "内政发", year: 2024, sequence: 12))
            #expect(number.text == "内政发〔2024〕12号")
        }

        @Test(
            "anything else is nil",
            arguments: [
                "", "内政发", "〔2024〕12号", "内政发〔24〕12号", "内政发〔2024〕号", "内政发〔2024〕12", "内政发〔2024〕0号",
                "内政发〔2024]12号", "内政发〔2024〕12号文", "国务院令第708号", "内政发〔1900〕1号", "内 政发〔2024〕12号",
            ])
        func invalid(text: String) {
            #expect(DocumentNumber(parsing: text) == nil)
        }

        @Test("the first 文号 in running text")
        func inText() {
            #expect(DocumentNumber.first(in: "最高人民法院以法释〔2021〕11号公布")?.text == "法释〔2021〕11号")
            #expect(DocumentNumber.first(in: "人薪发［1995］32号")?.text == "人薪发〔1995〕32号")
            #expect(DocumentNumber.first(in: "（2024）年度报告第3号") == nil)
        }

        @Test("codable as its parts")
        func codable() throws {
            let number = DocumentNumber(issuerCode: "京政发", year: 2023, sequence: 7)
            let decoded = try JSONDecoder().decode(DocumentNumber.self, from: JSONEncoder().encode(number))
            #expect(decoded == number)
        }
    }
}
