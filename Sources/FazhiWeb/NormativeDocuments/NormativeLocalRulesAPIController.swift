import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/normative/rules`: the policy at an organisation and its own local rules, as on the 本地规定 page.
struct NormativeLocalRulesAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let rules = routes.grouped("normative", "rules")
        rules.get(use: show)
        rules.put(":organisationID", use: save)
    }

    /// `?organisation=` (default: the caller's nearest government).
    @Sendable func show(req: Request) async throws -> NormativeRulesDTO {
        let member = try req.requireMember(anyOf: .admin, .justice)
        let id = try await NormativeLocalRulesController.organisation(req, member)
        return NormativeRulesDTO(try await req.normativeLocalRules(member).entry(for: id))
    }

    /// Enters or replaces the organisation's rules (the whole `NormativeLocalRules` object).
    @Sendable func save(req: Request) async throws -> NormativeRulesDTO {
        let member = try req.requireMember(anyOf: .admin, .justice)
        guard let id = req.parameters.get("organisationID").flatMap(UUID.init(uuidString:)) else {
            throw DomainError.notFound("机构不存在，或不在您的管辖范围内")
        }
        let rules = try req.json(NormativeLocalRules.self)
        return NormativeRulesDTO(try await req.normativeLocalRules(member).save(rules, for: id, by: req.actor))
    }
}

struct NormativeRulesDTO: Content {
    struct Period: Content {
        let id: String
        let title: String
        let amount: Int
        let unit: String
        let unitLabel: String
        let kind: String
        let startsFrom: String
        let citation: String
        /// 「参照」: borrowed from national rules rather than set by the local ones.
        let borrowed: Bool
    }
    let organisationID: UUID
    let organisationName: String
    /// `local` or `national`.
    let source: String
    let rulesOrganisationID: UUID?
    /// The rules in force here (entered here or above), null under the national defaults.
    let appliedRules: NormativeLocalRules?
    /// The rules entered for this organisation itself.
    let ownRules: NormativeLocalRules?
    let periods: [Period]
    let maxValidityYears: Int?
    let expiryNoticeMonths: Int

    init(_ entry: NormativeLocalRulesRepository.Entry) {
        organisationID = entry.organisation.id
        organisationName = entry.organisation.name
        source = entry.applied.localRules == nil ? "national" : "local"
        rulesOrganisationID = entry.applied.rulesOrganisationID
        appliedRules = entry.applied.localRules
        ownRules = entry.own
        periods = NormativePolicyPeriod.list(entry.applied).map {
            Period(
                id: $0.rule.id, title: $0.rule.title, amount: $0.rule.amount, unit: $0.rule.unit.rawValue,
                unitLabel: $0.rule.unit.label, kind: $0.rule.kind.rawValue, startsFrom: $0.rule.startsFrom,
                citation: $0.rule.basis.citation, borrowed: $0.borrowed)
        }
        maxValidityYears = entry.applied.policy.maxValidityYears
        expiryNoticeMonths = entry.applied.policy.expiryNoticeMonths
    }
}
