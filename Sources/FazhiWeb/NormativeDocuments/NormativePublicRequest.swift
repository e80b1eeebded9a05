import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// The query string of the public catalogue (`/documents?q=…&organisation=…&status=…&year=…&page=…`), read once
/// for the page and the API. A value that cannot be read is a field error: the page shows it beside the field and
/// lists with what it could read, the API answers 422.
struct NormativePublicRequest: Sendable {
    static let perPage = 50
    static let fields = ["q", "organisation", "status", "year", "page"]

    var filter = NormativePublicFilter(limit: perPage)
    var page = 1
    var errors: [FieldError] = []
    /// The values as given, for refilling the form and building links.
    var raw: [String: String] = [:]

    init(_ req: Request) {
        for field in Self.fields {
            if let value = req.query[String.self, at: field]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                raw[field] = value
            }
        }
        filter.words = (raw["q"] ?? "").split(whereSeparator: { $0.isWhitespace || $0 == "　" }).map(String.init)
        if filter.words.count > 10 { errors.append(FieldError("q", "标题关键词最多10个")) }
        if let organisation = raw["organisation"] {
            filter.organisationID = UUID(uuidString: organisation)
            if filter.organisationID == nil { errors.append(FieldError("organisation", "制定机关应为机构 id")) }
        }
        if let status = raw["status"] {
            filter.status = LawStatus(rawValue: status)
            if filter.status == nil {
                errors.append(
                    FieldError("status", "效力状态应为：\(LawStatus.allCases.map(\.rawValue).joined(separator: "、"))"))
            }
        }
        if let year = raw["year"] {
            if let number = Int(year), (1949...9999).contains(number) {
                filter.year = number
            } else {
                errors.append(FieldError("year", "公布年份「\(year.prefix(20))」不正确，应为四位数字，例如 2026"))
            }
        }
        if let page = raw["page"] {
            if let number = Int(page), (1...10_000).contains(number) {
                self.page = number
            } else {
                errors.append(FieldError("page", "页码应为 1 至 10000 的整数"))
            }
        }
        filter.offset = (page - 1) * Self.perPage
    }

    /// This listing's address with another page (the first when nil).
    func link(page: Int? = nil) -> String {
        var items = raw.filter { $0.key != "page" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if let page, page > 1 { items.append(("page", String(page))) }
        guard !items.isEmpty else { return "/documents" }
        return "/documents?" + items.map { "\($0.0)=\(LawSearchRequest.encode($0.1))" }.joined(separator: "&")
    }
}

extension Request {
    /// The public catalogue of published documents, as of today.
    var normativeCatalogue: NormativePublicCatalogue { NormativePublicCatalogue(db: db, today: today) }
    /// The drafts open for public comment.
    var normativeDrafts: NormativePublicDrafts { NormativePublicDrafts(db: db, today: today) }
    /// Review suggestions from the public, due on the calendar in force.
    var normativeSuggestionDesk: NormativeSuggestions {
        NormativeSuggestions(db: db, today: today, calendar: calendar.calendar)
    }

    /// The `:receipt` path parameter, as typed.
    var receiptParameter: String { parameters.get("receipt") ?? "" }
}
