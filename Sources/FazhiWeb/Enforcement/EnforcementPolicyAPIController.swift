import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/policy`: the thresholds that apply at an organisation, and a government's own.
struct EnforcementPolicyAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let policy = routes.grouped("enforcement", "policy")
        policy.get(use: show)
        policy.put(":organisationID", use: save)
    }

    /// `?organisation=` (default: the caller's nearest government, else the caller's organisation).
    @Sendable func show(req: Request) async throws -> EnforcementPolicyDTO {
        let member = try req.requireMember()
        return EnforcementPolicyDTO(try await EnforcementPolicyController.entry(req, member))
    }

    /// Sets the organisation's thresholds (admin, justice; the organisation in scope).
    @Sendable func save(req: Request) async throws -> EnforcementPolicyDTO {
        let member = try req.requireMember(anyOf: .admin, .justice)
        let id = try req.uuidParameter("organisationID")
        let organisation = try await req.organisations(member).find(id)
        let request = try req.json(EnforcementPolicyRequest.self)
        let policy = try EnforcementPolicyForm(request.policy, organisationID: id).policy()
        try await EnforcementPolicies.set(policy, for: organisation, by: req.actor, on: req.db)
        return EnforcementPolicyDTO(try await EnforcementPolicyController.entry(req, member, organisation: id))
    }
}

/// The thresholds as the API takes them (`EnforcementPolicy` without `isDefault`).
struct EnforcementPolicyRequest: Content {
    let hearingFinePerson: Int
    let hearingFineOrganisation: Int
    let legalReviewFinePerson: Int
    let legalReviewFineOrganisation: Int
    let collectiveFinePerson: Int
    let collectiveFineOrganisation: Int
    let majorPenalties: [PenaltyKind]
    let publicityWorkingDays: Int
    let repeatedInspectionDays: Int
    /// Optional for callers written before these existed: the 参照 default then.
    let repeatedInspectionCount: Int?
    let supervisionReplyWorkingDays: Int?

    var policy: EnforcementPolicy {
        EnforcementPolicy(
            hearingFinePerson: hearingFinePerson, hearingFineOrganisation: hearingFineOrganisation,
            legalReviewFinePerson: legalReviewFinePerson, legalReviewFineOrganisation: legalReviewFineOrganisation,
            collectiveFinePerson: collectiveFinePerson, collectiveFineOrganisation: collectiveFineOrganisation,
            majorPenalties: Set(majorPenalties), publicityWorkingDays: publicityWorkingDays,
            repeatedInspectionDays: repeatedInspectionDays, isDefault: false,
            repeatedInspectionCount: repeatedInspectionCount ?? EnforcementPolicy.standard.repeatedInspectionCount,
            supervisionReplyWorkingDays: supervisionReplyWorkingDays
                ?? EnforcementPolicy.standard.supervisionReplyWorkingDays)
    }
}

struct EnforcementPolicyDTO: Content {
    let organisationID: UUID
    let organisationName: String
    /// The organisation whose entry applies; null under the defaults (参照).
    let appliedFromID: UUID?
    let appliedFromName: String?
    let isDefault: Bool
    /// The fields still at their 参照 defaults although the region has an entry (entered before they existed).
    let referenceFields: [String]
    let policy: EnforcementPolicy

    init(_ entry: EnforcementPolicyController.Entry) {
        organisationID = entry.organisation.id
        organisationName = entry.organisation.name
        appliedFromID = entry.appliedFrom?.id
        appliedFromName = entry.appliedFrom?.name
        isDefault = entry.policy.isDefault
        referenceFields = entry.policy.defaulted.sorted()
        policy = entry.policy
    }
}
