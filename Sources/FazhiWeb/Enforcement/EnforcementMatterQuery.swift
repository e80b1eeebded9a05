import FazhiCore
import FazhiStore
import Vapor

/// The filters of the powers list, read once from the query string for the page, the export and the API.
struct EnforcementMatterQuery {
    var body: String = ""
    var kind: String = ""
    var words: String = ""
    var list: String = ""
    var inactive = false
    var page = 1
    var filter = PowerMatterFilter()

    /// `strict`: an unknown value is a 422 (the API) rather than ignored (the page).
    init(_ req: Request, strict: Bool) throws {
        func text(_ key: String) -> String {
            ((try? req.query.get(String.self, at: key)) ?? "").trimmingCharacters(in: .whitespaces)
        }
        (body, kind, words, list) = (text("body"), text("kind"), text("q"), text("list"))
        inactive = text("inactive") == "1" || text("inactive") == "true"
        page = max(1, Int(text("page")) ?? 1)
        var v = Validation()
        if !body.isEmpty {
            if let id = UUID(uuidString: body) { filter.bodyID = id } else { v.add("body", "执法主体无效") }
        }
        if !kind.isEmpty {
            if let kind = PowerKind(text: kind) { filter.kind = kind } else { v.add("kind", "职权类型无效") }
        }
        if !list.isEmpty {
            if let list = PowerMatterList(rawValue: list) {
                filter.list = list
            } else {
                v.add("list", "清单应为 no_penalty 或 light_penalty")
            }
        }
        filter.words = words.isEmpty ? nil : words
        filter.includeInactive = inactive
        if strict { try v.check() }
    }

    /// The query string of these filters (without the page), for links.
    var queryString: String {
        let pairs = [("body", body), ("kind", kind), ("q", words), ("list", list), ("inactive", inactive ? "1" : "")]
        return pairs.filter { !$0.1.isEmpty }.map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
    }
}
