import FazhiCore
import FazhiStore
import Vapor

/// The query string of the public search (`/laws?q=…&kind=…`), read once for the page and the API.
///
/// Every value that cannot be read is a field error: the page shows it beside the field (and searches with what
/// it could read), the API answers 422 with the fields.
struct LawSearchRequest: Sendable {
    /// What was typed, as typed (to show it back in the form).
    var text = ""
    var query: LawSearchQuery?
    var filters = LawSearchFilters()
    var page = 1
    var errors: [FieldError] = []

    /// The raw values, for refilling the form.
    var raw: [String: String] = [:]

    static let fields = ["q", "kind", "status", "region", "issuer", "from", "to", "history", "page"]

    init(_ req: Request) {
        for field in Self.fields {
            if let value = req.query[String.self, at: field]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                raw[field] = value
            }
        }
        text = raw["q"] ?? ""
        if !text.isEmpty {
            do {
                query = try LawSearchQuery(parsing: text)
            } catch {
                // `LawSearchQuery` throws only `DomainError` (typed throws).
                errors += error.fields.isEmpty ? [FieldError("q", error.message)] : error.fields
            }
        }
        if let kind = raw["kind"] { filters.kind = LawKind(rawValue: kind) }
        if let status = raw["status"] {
            if let value = LawStatus(rawValue: status) {
                filters.status = value
            } else {
                errors.append(
                    FieldError("status", "效力状态应为：\(LawStatus.allCases.map(\.rawValue).joined(separator: "、"))"))
            }
        }
        filters.region = raw["region"]
        filters.issuer = raw["issuer"]
        filters.promulgatedFrom = Self.date(raw["from"], field: "from", label: "公布日期（起）", errors: &errors)
        filters.promulgatedTo = Self.date(raw["to"], field: "to", label: "公布日期（止）", errors: &errors)
        if let from = filters.promulgatedFrom, let to = filters.promulgatedTo, from > to {
            errors.append(FieldError("to", "公布日期（止）不能早于公布日期（起）"))
            filters.promulgatedTo = nil
        }
        filters.includeHistory = ["1", "true", "on"].contains(raw["history"] ?? "")
        if let page = raw["page"] {
            if let number = Int(page), number >= 1, number <= 10_000 {
                self.page = number
            } else {
                errors.append(FieldError("page", "页码应为 1 至 10000 的整数"))
            }
        }
    }

    private static func date(_ text: String?, field: String, label: String, errors: inout [FieldError]) -> CivilDate? {
        guard let text else { return nil }
        return FormDate.read(text, field: field, label: label, errors: &errors)
    }

    /// The query string of this search with another page (or the first page when nil).
    func link(page: Int? = nil) -> String {
        var items = raw.filter { $0.key != "page" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if let page, page > 1 { items.append(("page", String(page))) }
        guard !items.isEmpty else { return "/laws" }
        return "/laws?" + items.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(
            withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#")))
            ?? value
    }
}
