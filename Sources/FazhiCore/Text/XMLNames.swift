/// Element and attribute names of Office XML without their namespace prefix. Office writes `w:p` and `r:id`,
/// other producers `x:row` or no prefix at all, and our parsers run without namespace processing (it costs
/// time on large sheets), so they match on the local part of a name.
enum XMLNames {
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// The value of the attribute whose local name is `name`, whatever its prefix.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        attributes[name] ?? attributes.first { local($0.key) == name }?.value
    }
}
