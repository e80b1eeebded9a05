import Plot

/// HTML escaping over UTF-8 bytes. Plot's own `.text` escapes Character by Character, which
/// with Chinese text (grapheme breaking on every character) was a third of the time spent
/// rendering a page; most strings contain nothing to escape and pass through unchanged.
enum HTMLEscape {
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: out.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: out.append(contentsOf: Array("&gt;".utf8))
            case 0x22: out.append(contentsOf: Array("&quot;".utf8))
            case 0x27: out.append(contentsOf: Array("&#39;".utf8))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Node {
    /// Text, escaped (see `HTMLEscape`). Use it instead of `.text` in pages.
    static func safe(_ text: String) -> Node { .raw(HTMLEscape.escape(text)) }
}
