import Crypto
import FazhiCore
import FazhiStore
import Vapor

/// 导入方案: upload or paste a plan, review what was recognised (tree, warnings, units), map the unit names the
/// tree does not know, edit the text and recognise again if the numbering or a split is wrong, then create the
/// ledger. Nothing is written until the user confirms, and then all of it or nothing.
struct PlanImportController: RouteCollection {
    static let importers: [Role] = [.admin, .ruleOfLawOffice]

    func boot(routes: any RoutesBuilder) throws {
        let plans = routes.grouped("plans")
        plans.get("import", use: form)
        plans.on(.POST, "import", body: .collect(maxSize: UploadLimit.maximum), use: review)
    }

    /// The upload form's fields, and the review form's (which carries the text back).
    struct ImportForm: Content {
        var file: File?
        var text: String?
        var organisationID: String?
        var year: String?
        var sourceName: String?
        var confirm: String?
    }

    @Sendable func form(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: Self.importers[0], Self.importers[1])
        let context = PageContext(req)
        let organisations = try await req.organisations(member).list(includeInactive: false)
        return Layout.response(
            PlanImportFormPage.view(
                organisations: organisations, form: ImportForm(organisationID: member.organisation.id.uuidString),
                errors: [], context),
            context: context)
    }

    @Sendable func review(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: Self.importers[0], Self.importers[1])
        var form = try req.content.decode(ImportForm.self)
        let organisations = try await req.organisations(member).list(includeInactive: false)
        func refuse(_ errors: [FieldError]) -> Response {
            let context = PageContext(req)
            return Layout.response(
                PlanImportFormPage.view(organisations: organisations, form: form, errors: errors, context),
                context: context, status: .unprocessableEntity)
        }
        // The text: from the file on the first round, from the review's text box afterwards.
        if let file = form.file, file.data.readableBytes > 0 {
            do {
                form.text = try PlanText.decode(Data(buffer: file.data))
                form.sourceName = file.filename
            } catch {
                return refuse([FieldError("file", "「\(file.filename)」：\(error.message)")])
            }
        }
        let text = form.text ?? ""
        var errors: [FieldError] = []
        let year = form.year.flatMap { $0.isEmpty ? nil : $0 }.map { Int($0) }
        if case .some(let value) = year, !(2000...2100).contains(value ?? 0) {
            errors.append(FieldError("year", "年份应为四位数字，例如 2027"))
        }
        guard let organisationID = form.organisationID.flatMap(UUID.init(uuidString:)) else {
            return refuse(errors + [FieldError("organisationID", "请选择台账所属机构")])
        }
        let document: PlanDocument
        do {
            document = try PlanParser(options: .init(referenceYear: year ?? nil)).parse(text)
        } catch {
            return refuse(errors + [FieldError("text", error.message)])
        }
        if !errors.isEmpty { return refuse(errors) }
        let mappings = try Self.mappings(from: req)
        var request = PlanImportRequest(
            document: document, sourceName: form.sourceName.flatMap { $0.isEmpty ? nil : $0 } ?? "粘贴的文本",
            sourceSHA256: LedgerHex.encode(SHA256.hash(data: Data(text.utf8))),
            referenceYear: year ?? nil, organisationID: organisationID, mappings: mappings)
        let importer = PlanImport(db: req.db, scope: member.scope)
        if form.confirm == "1" {
            do {
                let result = try await importer.commit(request, by: req.actor)
                return Flash.redirect(
                    req, to: "/plans/\(result.planID)",
                    message: "已创建任务台账：\(result.tasks)项任务，\(result.assignments)条单位分工。")
            } catch let error as DomainError where !error.fields.isEmpty {
                errors = error.fields
            }
        }
        request.mappings = mappings
        let preview = try await importer.preview(request)
        let context = PageContext(req)
        return Layout.response(
            PlanReviewPage.view(
                document, preview: preview, form: form, text: text, mappings: mappings, errors: errors, context),
            context: context, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// The names mapped on the review screen: pairs `unitName<N>` / `unitMap<N>` (an organisation id, or `none`).
    static func mappings(from req: Request) throws -> [String: [UUID]] {
        var mappings: [String: [UUID]] = [:]
        for index in 0..<1000 {
            guard let name = try? req.content.get(String.self, at: "unitName\(index)") else { break }
            let choice = (try? req.content.get(String.self, at: "unitMap\(index)")) ?? ""
            if choice == "none" {
                mappings[name] = []
            } else if let id = UUID(uuidString: choice) {
                mappings[name] = [id]
            }
        }
        return mappings
    }
}
