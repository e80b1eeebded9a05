import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// `/ledger`: the public face of the evidence log. The C2SP tlog-tiles resources (`checkpoint`, `tile/…`) for
/// verifiers and monitors; the 存证公钥 page; a receipt page per entry; the 存证验证 page. All public: the log
/// holds commitments, not personal data, and is meant to be checked by anyone.
struct LedgerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let ledger = routes.grouped("ledger")
        ledger.get(use: keyPage)
        ledger.get("checkpoint", use: checkpoint)
        ledger.get("vkey", use: vkey)
        ledger.get("tile", "**", use: tile)
        ledger.get("entries", ":index", use: entryPage)
        ledger.get("entries", ":index", "receipt.json", use: receiptDownload)
        ledger.get("entries", ":index", "record.json", use: recordDownload)
        ledger.get("verify", use: verifyForm)
        ledger.post("verify", use: verify)
    }

    /// 存证公钥: origin, verifier key, size, checkpoint, newest entries.
    @Sendable func keyPage(req: Request) async throws -> Response {
        let page = try await LedgerKeyPage.query(req.services.ledger)
        let context = PageContext(req)
        return Layout.response(LedgerKeyPage.view(page, baseURL: req.baseURL, context), context: context)
    }

    /// The latest signed checkpoint (C2SP tlog-tiles "Checkpoints": mutable, cached for seconds at most).
    @Sendable func checkpoint(req: Request) async throws -> Response {
        let checkpoint = try await LedgerPublication(store: req.services.ledger.store).checkpoint()
        return Self.text(checkpoint.note, cacheControl: "no-cache")
    }

    /// The log's verifier key, as text (for `fazhi ledger verify`; trust it only after comparing it with a copy
    /// obtained another way).
    @Sendable func vkey(req: Request) async throws -> Response {
        Self.text(try req.services.ledger.verifier.vkey + "\n", cacheControl: "public, max-age=3600")
    }

    /// `tile/<L>/<N>[.p/<W>]` and `tile/entries/<N>[.p/<W>]`, as of the latest checkpoint. Immutable: a tile's
    /// hashes and a bundle's entries never change, partial ones included (C2SP tlog-tiles).
    @Sendable func tile(req: Request) async throws -> Response {
        let path = "tile/" + req.parameters.getCatchall().joined(separator: "/")
        guard let resource = try? TilePath.parse(path) else { throw DomainError.notFound("不是瓦片路径") }
        let publication = LedgerPublication(store: req.services.ledger.store)
        let size = try await publication.checkpoint().size
        let bytes = try await publication.bytes(of: resource, treeSize: size)
        let response = Response(status: .ok, body: .init(data: Data(bytes)))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "octet-stream")
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return response
    }

    /// 存证凭证 page of one entry.
    @Sendable func entryPage(req: Request) async throws -> Response {
        let page = try await LedgerEntryPage.query(index: try req.ledgerIndex(), req.services.ledger)
        let context = PageContext(req)
        return Layout.response(LedgerEntryPage.view(page, context), context: context)
    }

    /// The receipt as a file to keep with the case file.
    @Sendable func receiptDownload(req: Request) async throws -> Response {
        let index = try req.ledgerIndex()
        let receipt = try await LedgerPublication(store: req.services.ledger.store).receipt(index: index)
        return Self.download(Array(LedgerViews.json(receipt).utf8), name: "fazhi-receipt-\(index).json")
    }

    /// The logged record, byte for byte (what the leaf hash is computed over).
    @Sendable func recordDownload(req: Request) async throws -> Response {
        let index = try req.ledgerIndex()
        guard let entry = try await req.services.ledger.store.entry(at: index) else {
            throw DomainError.notFound("没有第 \(index) 条存证")
        }
        return Self.download(entry.data, name: "fazhi-record-\(index).json")
    }

    /// 存证验证, empty.
    @Sendable func verifyForm(req: Request) async throws -> Response {
        let page = LedgerVerifyPage(ownKey: try req.services.ledger.verifier.vkey)
        let context = PageContext(req)
        return Layout.response(LedgerVerifyPage.view(page, context), context: context)
    }

    /// 存证验证 with the checks' results. Answered in place (no redirect): the result is the page.
    @Sendable func verify(req: Request) async throws -> Response {
        let form = try req.content.decode(LedgerVerifyPage.Submission.self)
        let page = try await LedgerVerifyPage.check(form, ledger: req.services.ledger)
        let context = PageContext(req)
        let status: HTTPResponseStatus = page.errors.isEmpty ? .ok : .unprocessableEntity
        return Layout.response(LedgerVerifyPage.view(page, context), context: context, status: status)
    }

    static func text(_ text: String, cacheControl: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/plain; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        return response
    }

    static func download(_ bytes: [UInt8], name: String) -> Response {
        Download.response(Data(bytes), name: name, type: "application/json; charset=utf-8")
    }
}

extension Request {
    /// The `:index` path parameter: a log index, or a 404.
    func ledgerIndex() throws -> UInt64 {
        // Indices are bigints in the database: anything larger names nothing.
        guard let index = parameters.get("index").flatMap(UInt64.init), index < UInt64(Int64.max) else {
            throw DomainError.notFound("没有这条存证")
        }
        return index
    }

    /// Scheme, host and port this request came to, for examples on pages.
    var baseURL: String {
        let host = headers.first(name: .host) ?? "127.0.0.1"
        return "\(headers.first(name: "X-Forwarded-Proto") ?? "http")://\(host)"
    }
}
