import Foundation

extension AkomaNtoso {
    /// A provision with the provisions under it, and the eId it is written with.
    struct Node: Equatable {
        var provision: LawProvision
        var eid: String
        var children: [Node]
    }

    /// The provisions as a tree, from their `parentEid`.
    ///
    /// A provision goes under its parent when the parent is a heading that came before it in document order;
    /// otherwise (no parent, a parent that is missing, an article or later in the text) at the top level, so that
    /// every provision is written once and no cycle can form. eIds are kept as given; one that is empty or
    /// repeated (which the parser never makes, but a schema-valid document must not have) gets a suffix.
    static func tree(_ provisions: [LawProvision]) -> [Node] {
        let ordered = provisions.enumerated().sorted {
            ($0.element.ordinal, $0.offset) < ($1.element.ordinal, $1.offset)
        }
        .map(\.element)
        var eids: [String] = []
        var used: Set<String> = []
        var headingIndex: [String: Int] = [:]
        var children: [Int?: [Int]] = [:]
        for (index, provision) in ordered.enumerated() {
            let parent = provision.parentEid.flatMap { headingIndex[$0] }
            children[parent, default: []].append(index)
            if provision.level != .article { headingIndex[provision.eid] = index }
            var eid = provision.eid.filter { !$0.isWhitespace }
            if eid.isEmpty { eid = "\(element(provision.level))_nn_\(index + 1)" }
            let base = eid
            var suffix = 2
            while used.contains(eid) {
                eid = "\(base)_\(suffix)"
                suffix += 1
            }
            used.insert(eid)
            eids.append(eid)
        }
        func node(_ index: Int) -> Node {
            Node(provision: ordered[index], eid: eids[index], children: (children[index] ?? []).map(node))
        }
        return (children[nil] ?? []).map(node)
    }

    /// 编 book, 分编 part (the official English of the 民法典 has "Book Three … Part One"), 章 chapter, 节 section,
    /// 条 article.
    static func element(_ level: LawProvisionLevel) -> String {
        switch level {
        case .book: "book"
        case .subBook: "part"
        case .chapter: "chapter"
        case .section: "section"
        case .article: "article"
        }
    }

    static func write(_ node: Node, to xml: inout XMLWriter) {
        let provision = node.provision
        xml.open(element(provision.level), [("eId", node.eid)])
        if !provision.number.isEmpty { xml.element("num", text: provision.number) }
        if let heading = provision.heading, !heading.isEmpty { xml.element("heading", text: heading) }
        if provision.level == .article {
            writeParagraphs(LawArticleBody(articleEid: node.eid, text: provision.text), to: &xml)
        } else {
            // Text between a heading and its first article (rare) leads into what follows, or is the content.
            if !lines(provision.text).isEmpty {
                writeBlock(node.children.isEmpty ? "content" : "intro", provision.text, to: &xml)
            }
            for child in node.children { write(child, to: &xml) }
        }
        xml.close()
    }

    /// 款 are unnumbered `<paragraph>`s; the 项 of a 款 are the `<point>`s of a `<list>`, the 款's own words its
    /// `<intro>`. Points keep the paragraph as their eId prefix: the paragraph is the context that restarts
    /// their numbering, and it holds one list only.
    static func writeParagraphs(_ body: LawArticleBody, to xml: inout XMLWriter) {
        for paragraph in body.paragraphs {
            xml.open("paragraph", [("eId", paragraph.eid)])
            if paragraph.items.isEmpty {
                writeBlock("content", paragraph.text, to: &xml)
            } else {
                xml.open("list", [("eId", "\(paragraph.eid)__list_1")])
                if !lines(paragraph.text).isEmpty { writeBlock("intro", paragraph.text, to: &xml) }
                for item in paragraph.items {
                    xml.open("point", [("eId", item.eid)])
                    xml.element("num", text: item.number)
                    writeBlock("content", item.text, to: &xml)
                    xml.close()
                }
                xml.close()
            }
            xml.close()
        }
    }

    /// `<name>` with one `<p>` per line of `text` (an empty `<p>` for no text, since a block needs one).
    static func writeBlock(_ name: String, _ text: String, to xml: inout XMLWriter) {
        xml.open(name)
        writeLines(text, to: &xml)
        xml.close()
    }

    /// One `<p>` per line; a Markdown heading line (kept in texts without articles) is a `<p class="heading">`.
    static func writeLines(_ text: String, to xml: inout XMLWriter) {
        let lines = lines(text)
        if lines.isEmpty { xml.empty("p") }
        for line in lines {
            if line.hasPrefix("#") {
                let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                xml.element("p", [("class", "heading")], text: heading)
            } else {
                xml.element("p", text: line)
            }
        }
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
