import FazhiCore
import FazhiStore
import Vapor

extension Request {
    /// The enforcement bodies, officers and powers lists in the member's scope.
    func enforcementMasterData(_ member: Accounts.Member) -> EnforcementMasterDataRepository {
        EnforcementMasterDataRepository(db: db, scope: member.scope, today: today, roles: member.user.roles)
    }

    /// A UUID path parameter other than `:id`; one that is not a UUID names nothing (404).
    func uuidParameter(_ name: String) throws -> UUID {
        guard let id = parameters.get(name).flatMap(UUID.init(uuidString:)) else {
            throw DomainError.notFound("您访问的记录不存在")
        }
        return id
    }
}
