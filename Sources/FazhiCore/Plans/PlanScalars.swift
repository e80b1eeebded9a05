/// Character classes for scanning plan text scalar by scalar.
///
/// Plans are scanned as arrays of `Unicode.Scalar` rather than `Character`s: every mark the parser looks at
/// (Han characters, full-width punctuation and digits) is one scalar, and scalar arrays keep a 1 MB plan's parse
/// well under a second where grapheme-by-grapheme string walking would not.
enum PlanScalars {
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: true
        default: false
        }
    }

    /// 0…9 for ASCII and full-width digits.
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    // The classes below are switches rather than `String.contains`: they run on every scalar of the plan.

    /// Ends a sentence: 。！？ and their ASCII forms.
    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "！", "？", "!", "?": true
        default: false
        }
    }

    /// Separates clauses inside a sentence.
    static func separatesClause(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", ",", "；", ";", "：", ":", "、": true
        default: false
        }
    }

    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", "（", "〔", "[", "【", "［", "｛", "{", "《", "“", "‘", "「", "『": true
        default: false
        }
    }

    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ")", "）", "〕", "]", "】", "］", "｝", "}", "》", "”", "’", "」", "』": true
        default: false
        }
    }

    /// Marks that may end a complete paragraph: after anything else a line break is suspected to split one.
    static func endsParagraph(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "；", ";", "：", ":", "…", "—": true
        default: endsSentence(s) || isClosing(s)
        }
    }

    /// Whitespace including the ideographic space (U+3000), no-break space and the BOM.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0xFEFF, 0x2000...0x200B, 0x202F, 0x205F: true
        default: false
        }
    }

    /// The value of the digits at `range`, nil when any is not a digit or there are none.
    static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !scalars.isEmpty, scalars.count <= 9 else { return nil }
        var value = 0
        for s in scalars {
            guard let d = digit(s) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// The run of digits starting at `index`.
    static func digitRun(_ scalars: [Unicode.Scalar], from index: Int) -> Range<Int> {
        var end = index
        while end < scalars.count, digit(scalars[end]) != nil { end += 1 }
        return index..<end
    }
}

extension String {
    /// The text of some scalars, encoded straight to UTF-8 (the parser makes many short strings from slices).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        scalars.withUnsafeBufferPointer { buffer in
            for scalar in buffer {
                let v = scalar.value
                if v < 0x80 {
                    bytes.append(UInt8(v))
                } else if v < 0x800 {
                    bytes.append(UInt8(0xC0 | v >> 6))
                    bytes.append(UInt8(0x80 | v & 0x3F))
                } else if v < 0x1_0000 {
                    bytes.append(UInt8(0xE0 | v >> 12))
                    bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                    bytes.append(UInt8(0x80 | v & 0x3F))
                } else {
                    bytes.append(UInt8(0xF0 | v >> 18))
                    bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                    bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                    bytes.append(UInt8(0x80 | v & 0x3F))
                }
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }

    init(scalars: [Unicode.Scalar]) { self.init(scalars: scalars[...]) }

    /// The text without leading and trailing whitespace of any width (see `PlanScalars.isSpace`).
    var planTrimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !PlanScalars.isSpace($0) && $0 != "\n" && $0 != "\r" }) else {
            return ""
        }
        let last = scalars.lastIndex(where: { !PlanScalars.isSpace($0) && $0 != "\n" && $0 != "\r" })!
        return String(scalars[first...last])
    }
}
