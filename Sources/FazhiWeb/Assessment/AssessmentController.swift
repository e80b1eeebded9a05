import FazhiCore
import FazhiStore
import Vapor

/// 考核: the indicator systems and rounds in the user's scope, starting a system (from a sheet or from the demo
/// template) and starting a round.
struct AssessmentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let assessments = routes.grouped("assessments")
        assessments.get(use: list)
        assessments.on(.POST, "systems", body: .collect(maxSize: UploadLimit.maximum), use: createSystem)
        assessments.post("rounds", use: createRound)
    }

    struct SystemForm: Content {
        var name: String?
        var file: File?
        var template: String?
    }

    struct RoundForm: Content {
        var title: String?
        var systemID: String?
        var year: String?
        var unitIDs: [String]?
    }

    @Sendable func list(req: Request) async throws -> Response {
        try await render(req, round: RoundForm(year: String(req.today.year)), errors: [])
    }

    @Sendable func createSystem(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = try req.content.decode(SystemForm.self)
        let name = form.name?.trimmingCharacters(in: .whitespaces) ?? ""
        do {
            guard !name.isEmpty else { throw DomainError.invalid("name", "请填写指标体系名称") }
            let system: IndicatorSystem
            if form.template == "demo" {
                system = IndicatorSystem(name: name, indicators: DemoIndicators.system.indicators)
            } else if let file = form.file, file.data.readableBytes > 0 {
                system = try IndicatorSheet.system(
                    fromFile: Data(buffer: file.data), fileName: file.filename, name: name)
            } else {
                throw DomainError.invalid("file", "请上传指标表（Excel 或 CSV），或选择从示范模板开始")
            }
            let saved = try await req.assessments(member).saveSystem(
                system, office: member.organisation.id, by: req.actor)
            return Flash.redirect(req, to: "/assessments/systems/\(saved.id)", message: "已保存指标体系。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(
                req, round: RoundForm(year: String(req.today.year)), errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func createRound(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = try req.content.decode(RoundForm.self)
        do {
            let round = try await req.assessments(member).createRound(
                AssessmentRoundInput(
                    title: form.title ?? "", systemID: form.systemID ?? "", year: form.year ?? "",
                    unitIDs: form.unitIDs ?? []), office: member.organisation.id, by: req.actor)
            return Flash.redirect(req, to: "/assessments/rounds/\(round.id)", message: "已创建考核，确认后可开始自评。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, round: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    private func render(_ req: Request, round: RoundForm, errors: [FieldError], status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let assessments = req.assessments(member)
        let systems = assessments.mayAssess ? try await assessments.systems() : []
        let rounds = try await assessments.rounds()
        let units = assessments.mayAssess ? try await req.organisations(member).list(includeInactive: false) : []
        let context = PageContext(req)
        return Layout.response(
            AssessmentListPage.view(
                AssessmentListPage.Model(
                    systems: systems, rounds: rounds, units: units, mayAssess: assessments.mayAssess, round: round,
                    errors: errors),
                context),
            context: context, status: status)
    }
}
