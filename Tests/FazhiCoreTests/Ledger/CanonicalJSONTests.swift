import Foundation
import Testing

@testable import FazhiCore

@Suite("Canonical JSON 规范化 JSON (RFC 8785 JCS)")
struct CanonicalJSONTests {
    /// RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    static let appendixB: [(UInt64, String)] = [
        (0x0000_0000_0000_0000, "0"), (0x8000_0000_0000_0000, "0"), (0x0000_0000_0000_0001, "5e-324"),
        (0x8000_0000_0000_0001, "-5e-324"), (0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
        (0xffef_ffff_ffff_ffff, "-1.7976931348623157e+308"), (0x4340_0000_0000_0000, "9007199254740992"),
        (0xc340_0000_0000_0000, "-9007199254740992"), (0x4430_0000_0000_0000, "295147905179352830000"),
        (0x44b5_2d02_c7e1_4af5, "9.999999999999997e+22"), (0x44b5_2d02_c7e1_4af6, "1e+23"),
        (0x44b5_2d02_c7e1_4af7, "1.0000000000000001e+23"), (0x444b_1ae4_d6e2_ef4e, "999999999999999700000"),
        (0x444b_1ae4_d6e2_ef4f, "999999999999999900000"), (0x444b_1ae4_d6e2_ef50, "1e+21"),
        (0x3eb0_c6f7_a0b5_ed8c, "9.999999999999997e-7"), (0x3eb0_c6f7_a0b5_ed8d, "0.000001"),
        (0x41b3_de43_5555_5553, "333333333.3333332"), (0x41b3_de43_5555_5554, "333333333.33333325"),
        (0x41b3_de43_5555_5555, "333333333.3333333"), (0x41b3_de43_5555_5556, "333333333.3333334"),
        (0x41b3_de43_5555_5557, "333333333.33333343"), (0xbecb_f647_612f_3696, "-0.0000033333333333333333"),
        (0x4314_3ff3_c1cb_0959, "1424953923781206.2"),
    ]

    @Test("RFC 8785 Appendix B number serialisation")
    func appendixBNumbers() throws {
        for (bits, expected) in Self.appendixB {
            #expect(try CanonicalJSON.serialize(number: Double(bitPattern: bits)) == expected)
        }
        for bits: UInt64 in [0x7fff_ffff_ffff_ffff, 0x7ff0_0000_0000_0000, 0xfff0_0000_0000_0000] {
            #expect(throws: CanonicalJSONError.nonFiniteNumber) {
                try CanonicalJSON.serialize(number: Double(bitPattern: bits))
            }
        }
    }

    @Test("400 numbers formatted as Node.js formats them")
    func nodeNumbers() throws {
        var count = 0
        for line in NodeNumberVectors.lines.split(separator: "\n") {
            let fields = line.split(separator: ",")
            let value = Double(bitPattern: UInt64(fields[0], radix: 16)!)
            #expect(try CanonicalJSON.serialize(number: value) == String(fields[1]), "\(fields[0])")
            count += 1
        }
        #expect(count == 400)
    }

    @Test("Random doubles: the text reads back exactly and no shorter text would")
    func roundTrip() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: rng.next())
            guard value.isFinite else { continue }
            let text = try CanonicalJSON.serialize(number: value)
            #expect(Double(text) == value || (value == 0 && text == "0"), "\(text)")
            let (digits, _) = ECMAScriptNumber.shortestDigits(of: value.magnitude)
            if digits.count > 1 {
                let shorter = String(format: "%.\(digits.count - 2)e", value)
                #expect(Double(shorter) != value, "\(shorter) is shorter than \(text)")
            }
        }
        #expect(try CanonicalJSON.serialize(number: 1e-7) == "1e-7")
        #expect(try CanonicalJSON.serialize(number: 1e21) == "1e+21")
        #expect(try CanonicalJSON.serialize(number: 1e20) == "100000000000000000000")
        #expect(try CanonicalJSON.serialize(number: -1.5) == "-1.5")
        #expect(try CanonicalJSON.serialize(number: 4.5) == "4.5")
        #expect(try CanonicalJSON.serialize(number: -0.0) == "0")
    }

    @Test("The RFC 8785 §3.2.4 example, with its exact bytes")
    func rfcExample() throws {
        let input = #"""
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """#
        // RFC 8785 §3.2.4 (also cyberphone/json-canonicalization testdata/outhex/values.txt).
        let expectedHex = """
            7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 2c 22 6e
            75 6d 62 65 72 73 22 3a 5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31 65 2b 33 30
            2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24
            5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d
            """
        let hex = expectedHex.filter { !$0.isWhitespace }
        let output = try CanonicalJSON.canonicalize(Array(input.utf8))
        #expect(LedgerHex.encode(output) == hex)
        #expect(
            String(decoding: output, as: UTF8.self)
                == #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"#
                + #""string":"€$\u000f\nA'B\"\\\\\"/"}"#)
    }

    /// The test files of the RFC's author (github.com/cyberphone/json-canonicalization, testdata/input → output).
    @Test(
        "cyberphone/json-canonicalization test files",
        arguments: [
            (#"[56,{"d":true,"10":null,"1":[ ]}]"#, #"[56,{"1":[],"10":null,"d":true}]"#),
            (
                #"{"peach":"This sorting order","péché":"is wrong according to French","#
                    + #""pêche":"but canonicalization MUST","sin":"ignore locale"}"#,
                #"{"peach":"This sorting order","péché":"is wrong according to French","#
                    + #""pêche":"but canonicalization MUST","sin":"ignore locale"}"#
            ),
            (
                #"{"1":{"f":{"f":"hi","F":5},"\n":56.0},"10":{},"":"empty","a":{},"#
                    + #""111":[{"e":"yes","E":"no"}],"A":{}}"#,
                #"{"":"empty","1":{"\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{"E":"no","e":"yes"}],"#
                    + #""A":{},"a":{}}"#
            ),
            (#"{"Unnormalized Unicode":"A\u030a"}"#, "{\"Unnormalized Unicode\":\"A\u{030A}\"}"),
            (
                #"{"\u20ac":"Euro Sign","\r":"Carriage Return","\u000a":"Newline","1":"One","#
                    + #""\u0080":"Control\u007f","\ud83d\ude02":"Smiley","#
                    + #""\u00f6":"Latin Small Letter O With Diaeresis","#
                    + #""\ufb33":"Hebrew Letter Dalet With Dagesh","</script>":"Browser Challenge"}"#,
                "{\"\\n\":\"Newline\",\"\\r\":\"Carriage Return\",\"1\":\"One\",\"</script>\":\"Browser Challenge\","
                    + "\"\u{80}\":\"Control\u{7F}\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                    + "\"😂\":\"Smiley\",\"\u{FB33}\":\"Hebrew Letter Dalet With Dagesh\"}"
            ),
        ] as [(String, String)])
    func cyberphoneFiles(input: String, expected: String) throws {
        let output = try CanonicalJSON.canonicalize(Array(input.utf8))
        #expect(output == Array(expected.utf8))
    }

    @Test("Keys sort by UTF-16 code units, so a supplementary character sorts before U+FB33")
    func utf16Order() throws {
        let value: JSONValue = ["\u{FB33}": 1, "\u{1F600}": 2, "\u{E000}": 3, "a": 4]
        #expect(try CanonicalJSON.string(value) == "{\"a\":4,\"\u{1F600}\":2,\"\u{E000}\":3,\"\u{FB33}\":1}")
    }

    @Test("Control characters use \\u00xx with lowercase hex; only the mandated escapes are used")
    func escaping() throws {
        let value = JSONValue.string("\u{0}\u{1F}\u{8}\t\n\u{C}\r\"\\/\u{7F}\u{2028}é")
        #expect(try CanonicalJSON.string(value) == "\"\\u0000\\u001f\\b\\t\\n\\f\\r\\\"\\\\/\u{7F}\u{2028}é\"")
    }

    @Test("Canonicalisation is idempotent and ignores input formatting")
    func idempotent() throws {
        let a = try CanonicalJSON.canonicalize(Array(#" { "b" : [1.0, 2e0, "x"], "a" : {"z": null, "y": -0} } "#.utf8))
        let b = try CanonicalJSON.canonicalize(Array(#"{"a":{"y":0,"z":null},"b":[1,2,"x"]}"#.utf8))
        #expect(a == b)
        #expect(try CanonicalJSON.canonicalize(a) == a)
        #expect(String(decoding: a, as: UTF8.self) == #"{"a":{"y":0,"z":null},"b":[1,2,"x"]}"#)
    }

    @Test(
        "The parser refuses what strict JSON refuses",
        arguments: [
            "", " ", "nul", "tru", "[1,]", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{a:1}", "01", "-", "1.", ".5", "+1",
            "1e", "1e+", "0x10", "NaN", "Infinity", "1e400", "-1e400", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"",
            "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"tab\there\"", "[1] [2]", "{\"a\":1,\"a\":2}", "'a'", "// c\n1",
            "\"unterminated", "[", "{\"a\":", "[1,\n",
        ])
    func rejects(json: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: json) }
    }

    @Test("Duplicate keys, deep nesting and invalid UTF-8 are refused with precise errors")
    func preciseErrors() {
        #expect(throws: JSONParseError.duplicateKey("a")) { try JSONValue(parsing: #"{"a":1,"b":{},"a":1}"#) }
        let deep =
            String(repeating: "[", count: JSONValue.maximumDepth + 1)
            + String(repeating: "]", count: JSONValue.maximumDepth + 1)
        #expect(throws: JSONParseError.tooDeep) { try JSONValue(parsing: deep) }
        let fine =
            String(repeating: "[", count: JSONValue.maximumDepth)
            + String(repeating: "]", count: JSONValue.maximumDepth)
        #expect(throws: Never.self) { try JSONValue(parsing: fine) }
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: [0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONParseError.numberOutOfRange(offset: 1)) { try JSONValue(parsing: "[1e999]") }
    }

    @Test("Parsed values: escapes, surrogate pairs, numbers and accessors")
    func parsedValues() throws {
        let value = try JSONValue(
            parsing: #"{"s":"\ud83d\ude00\u00e9\/","n":-12.5e1,"i":9007199254740992,"b":false,"z":null,"a":[1,"2"]}"#)
        #expect(value["s"]?.stringValue == "😀é/")
        #expect(value["n"]?.numberValue == -125)
        #expect(value["i"]?.integerValue == 9_007_199_254_740_992)
        #expect(value["n"]?.integerValue == -125)
        #expect(value["b"]?.boolValue == false)
        #expect(value["z"] == .null)
        #expect(value["a"]?.arrayValue == [1, "2"])
        #expect(value["missing"] == nil)
        #expect(value.objectValue?.count == 6)
        #expect(JSONValue.integer(1 << 53) == .number(9_007_199_254_740_992))
        #expect(JSONValue.integer((1 << 53) + 1) == nil)
        #expect(JSONValue.number(0.5).integerValue == nil)
    }

    @Test("Random values survive canonical encoding and parsing")
    func randomRoundTrip() throws {
        var rng = SplitMix64(seed: 8)
        func random(_ depth: Int) -> JSONValue {
            switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &rng) {
            case 0: return .null
            case 1: return .bool(Bool.random(using: &rng))
            case 2:
                let value = Double(bitPattern: rng.next())
                return .number(value.isFinite ? value : 1.5)
            case 3:
                let scalars = (0..<Int.random(in: 0..<8, using: &rng)).map { _ in
                    Unicode.Scalar(UInt32.random(in: 0..<0xD800, using: &rng))!
                }
                return .string(String(String.UnicodeScalarView(scalars)))
            case 4: return .array((0..<Int.random(in: 0..<4, using: &rng)).map { _ in random(depth + 1) })
            default:
                var members: [String: JSONValue] = [:]
                for key in 0..<Int.random(in: 0..<4, using: &rng) { members["k\(key)"] = random(depth + 1) }
                return .object(members)
            }
        }
        for _ in 0..<500 {
            let value = random(0)
            let bytes = try CanonicalJSON.encode(value)
            let parsed = try JSONValue(parsing: bytes)
            #expect(try CanonicalJSON.encode(parsed) == bytes)
            #expect(parsed == value)
        }
    }
}
