import FazhiCore
import Fluent
import Foundation

extension DemoLoader {
    /// The demo's bodies, officers and powers lists (`DemoEnforcement`), through the real repository.
    static func loadEnforcement(
        today: CivilDate, organisations: [String: UUID], officerUser: UUID?, on db: any Database, by actor: Actor
    ) async throws {
        let repository = EnforcementMasterDataRepository(db: db, scope: .system, today: today, roles: [.admin])
        for (index, body) in DemoEnforcement.bodies.enumerated() {
            guard let id = organisations[body.organisation] else { continue }
            try await repository.saveBody(
                EnforcementBodyInput(
                    organisationID: id.uuidString, legalBasis: DemoEnforcement.legalBasis(body.kind),
                    territory: body.territory), by: actor)
            for (n, officer) in DemoEnforcement.officers(index).enumerated() {
                let (from, to): (CivilDate, CivilDate) =
                    switch officer.term {
                    case .valid: (today.adding(days: -400), today.adding(days: 1_000 + index))
                    case .expired: (today.adding(days: -1_836), today.adding(days: -10))
                    case .expiring: (today.adding(days: -1_800), today.adding(days: 20))
                    }
                let linked = n == 0 && body.organisation == "呼和浩特市新城区市场监督管理局" ? officerUser : nil
                try await repository.addOfficer(
                    OfficerInput(
                        name: officer.name, duty: officer.duty.rawValue, userID: linked?.uuidString,
                        certificateNumber: officer.certificateNumber, issuer: DemoEnforcement.issuer,
                        fields: DemoEnforcement.fields(body.kind), validFrom: from.iso, validTo: to.iso),
                    to: id, by: actor)
            }
            try await repository.importMatters(DemoEnforcement.matters(body.kind), body: id, by: actor)
        }
    }
}
