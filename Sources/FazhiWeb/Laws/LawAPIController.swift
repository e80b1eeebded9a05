import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/laws`: the library as JSON, public like its pages: search, works and their versions, a version's
/// structure, an article on a day, search within a version, comparison of two versions, Akoma Ntoso export.
struct LawAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let laws = routes.grouped("laws")
        laws.get(use: search)
        laws.get("citations", use: citations)
        laws.get(":work", use: work)
        laws.get(":work", "compare", use: compare)
        laws.get(":work", "articles", ":eid", use: article)
        laws.get(":work", "versions", ":version", use: version)
        laws.get(":work", "versions", ":version", "search", use: searchWithin)
        laws.get(":work", "versions", ":version", "akn", use: akomaNtoso)
    }

    @Sendable func search(req: Request) async throws -> LawAPIModels.SearchResults {
        let request = LawSearchRequest(req)
        guard request.errors.isEmpty else { throw DomainError.invalid(request.errors) }
        var perPage = 20
        if let given = req.query[String.self, at: "perPage"] {
            guard let value = Int(given), (1...100).contains(value) else {
                throw DomainError.invalid("perPage", "每页条数应为 1 至 100 的整数")
            }
            perPage = value
        }
        let today = req.today
        let results = try await LawSearch(db: req.db).search(
            request.query, filters: request.filters, page: request.page, perPage: perPage, today: today)
        return LawAPIModels.SearchResults(results, terms: request.query?.terms ?? [], today: today)
    }

    /// The platform's own citations checked against the library today (引用核查).
    @Sendable func citations(req: Request) async throws -> [LawAPIModels.CitationCheck] {
        let page = try await LawCitationsPage.query(on: req.db, today: req.today)
        return page.rows.map(LawAPIModels.CitationCheck.init)
    }

    @Sendable func work(req: Request) async throws -> LawAPIModels.WorkDetail {
        let workID = try LawController.id(req, "work")
        let library = LawRepository(db: req.db)
        guard let work = try await library.work(workID) else { throw DomainError.notFound("文件库中没有这个文件") }
        let today = req.today
        return LawAPIModels.WorkDetail(
            work: work, versions: try await library.versions(ofWork: workID).map { .init($0, today: today) })
    }

    @Sendable func version(req: Request) async throws -> LawAPIModels.VersionDetail {
        let (version, provisions) = try await Self.version(req)
        return LawAPIModels.VersionDetail(version, provisions: provisions, today: req.today)
    }

    /// The article at `eid` in the version in force on `?asOf=` (default today).
    @Sendable func article(req: Request) async throws -> LawAPIModels.ArticleOnDay {
        let workID = try LawController.id(req, "work")
        let eid = req.parameters.get("eid") ?? ""
        let day = try LawController.asOf(req) ?? req.today
        let library = LawRepository(db: req.db)
        guard try await library.work(workID) != nil else { throw DomainError.notFound("文件库中没有这个文件") }
        guard let found = try await library.article(workID: workID, eid: eid, on: day) else {
            throw DomainError.notFound("\(day.iso)时有效的版本中没有条文 \(eid)")
        }
        return LawAPIModels.ArticleOnDay(
            day: day, version: .init(found.version, today: day), article: .init(found.provision))
    }

    @Sendable func searchWithin(req: Request) async throws -> [LawAPIModels.ArticleMatch] {
        let (version, _) = try await Self.version(req, withProvisions: false)
        let query = try LawSearchQuery(parsing: req.query[String.self, at: "q"] ?? "")
        return try await LawSearch(db: req.db).articles(ofVersion: version.summary.id, matching: query).map {
            .init($0)
        }
    }

    @Sendable func compare(req: Request) async throws -> LawAPIModels.Comparison {
        let page = try await LawComparePage.query(
            workID: try LawController.id(req, "work"), fromText: req.query[String.self, at: "from"],
            toText: req.query[String.self, at: "to"], showUnchanged: true, on: req.db)
        return LawAPIModels.Comparison(page, today: req.today)
    }

    @Sendable func akomaNtoso(req: Request) async throws -> Response {
        let xml = try await LawExport.akomaNtoso(
            workID: try LawController.id(req, "work"), versionID: try LawController.id(req, "version"), on: req.db)
        return xml.response
    }

    /// The version named by the path, which must belong to the work named by the path.
    static func version(_ req: Request, withProvisions: Bool = true) async throws -> (LawVersion, [LawProvision]) {
        let workID = try LawController.id(req, "work")
        let versionID = try LawController.id(req, "version")
        let library = LawRepository(db: req.db)
        guard let version = try await library.version(versionID), version.summary.workID == workID else {
            throw DomainError.notFound("这个文件没有该版本")
        }
        return (version, withProvisions ? try await library.provisions(ofVersion: versionID) : [])
    }
}
