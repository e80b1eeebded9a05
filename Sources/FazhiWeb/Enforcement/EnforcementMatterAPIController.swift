import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/matters`: the powers lists (权责清单) with their discretion benchmarks, and their import.
struct EnforcementMatterAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let matters = routes.grouped("enforcement", "matters")
        matters.get(use: list)
        matters.post(use: create)
        matters.on(.POST, "import", body: .collect(maxSize: UploadLimit.maximum), use: importList)
        matters.get(":id", use: show)
        matters.put(":id", use: update)
        matters.post(":id", "deactivate", use: deactivate)
    }

    /// `?body&kind&q&list&inactive&page`, 100 a page.
    @Sendable func list(req: Request) async throws -> PageDTO<PowerMatterDTO> {
        let member = try req.requireMember()
        let query = try EnforcementMatterQuery(req, strict: true)
        var filter = query.filter
        filter.limit = 100
        filter.offset = (query.page - 1) * 100
        let result = try await req.enforcementMasterData(member).matters(filter)
        return PageDTO(items: result.rows.map(PowerMatterDTO.init), total: result.total, page: query.page, perPage: 100)
    }

    /// Adds a matter to the list of `bodyID`.
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let request = try req.json(PowerMatterRequest.self)
        guard let body = request.bodyID else { throw DomainError.invalid("bodyID", "请指定执法主体") }
        let matter = try await req.enforcementMasterData(member).createMatter(request.input, body: body, by: req.actor)
        return try APIResponse.created(PowerMatterDTO(matter), at: "/api/v1/enforcement/matters/\(matter.id)")
    }

    @Sendable func show(req: Request) async throws -> PowerMatterDTO {
        let member = try req.requireMember()
        return PowerMatterDTO(try await req.enforcementMasterData(member).matter(try req.idParameter()))
    }

    /// Replaces the matter (the whole matter; `bodyID` is ignored).
    @Sendable func update(req: Request) async throws -> PowerMatterDTO {
        let member = try req.requireMember()
        let request = try req.json(PowerMatterRequest.self)
        return PowerMatterDTO(
            try await req.enforcementMasterData(member).updateMatter(
                try req.idParameter(), request.input, by: req.actor))
    }

    @Sendable func deactivate(req: Request) async throws -> PowerMatterDTO {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let id = try req.idParameter()
        try await data.deactivateMatter(id, by: req.actor)
        return PowerMatterDTO(try await data.matter(id))
    }

    /// `?body=`: the request body is the sheet itself (.xlsx or CSV), read like an upload on the page. All or
    /// nothing: any bad cell is a 422 listing every problem by row (fields `row<N>`).
    @Sendable func importList(req: Request) async throws -> PowerListImportSummary {
        let member = try req.requireMember()
        guard let text = try? req.query.get(String.self, at: "body"), let body = UUID(uuidString: text) else {
            throw DomainError.invalid("body", "请用 ?body= 指定执法主体")
        }
        let data = req.enforcementMasterData(member)
        guard data.mayEdit else { throw EnforcementMasterDataRepository.editorsOnly }
        let bytes = req.body.data.map { Data(buffer: $0) } ?? Data()
        let matters = try PowerListUpload.matters(bytes, fileName: try? req.query.get(String.self, at: "name"))
        return try await data.importMatters(matters, body: body, by: req.actor)
    }
}

/// A powers-list sheet read from an upload into matters, its problems as field errors.
enum PowerListUpload {
    static func matters(_ data: Data, fileName: String?) throws -> [PowerMatterInput.Valid] {
        let table: ImportedTable
        do {
            table = try SpreadsheetImport.read(data, fileName: fileName)
        } catch {
            throw DomainError.invalid("file", "\(fileName.map { "「\($0)」：" } ?? "")\(error.message)")
        }
        do {
            return try PowerListTable.parse(table)
        } catch {
            throw error.domainError
        }
    }
}
