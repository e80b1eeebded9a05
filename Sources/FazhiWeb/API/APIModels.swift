import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// An organisation as the API returns it.
struct OrganisationDTO: Content {
    let id: UUID
    let name: String
    let shortName: String
    let kind: String
    let kindLabel: String
    let parentID: UUID?
    let creditCode: String?
    let aliases: [String]
    let active: Bool

    init(_ org: Organisation) {
        id = org.id
        name = org.name
        shortName = org.shortName
        kind = org.kind.rawValue
        kindLabel = org.kind.label
        parentID = org.parentID
        creditCode = org.creditCode
        aliases = org.aliases
        active = org.active
    }
}

/// A user as the API returns it (never a password hash).
struct UserDTO: Content {
    let id: UUID
    let username: String
    let displayName: String
    let organisationID: UUID
    let organisationName: String?
    let roles: [String]
    let active: Bool

    init(_ user: User, organisation: Organisation? = nil) {
        id = user.id
        username = user.username
        displayName = user.displayName
        organisationID = user.organisationID
        organisationName = organisation?.name
        roles = user.roles.sorted().map(\.rawValue)
        active = user.active
    }
}

struct MeDTO: Content {
    let user: UserDTO
    let organisation: OrganisationDTO
    let scopeRootID: UUID?
}

struct PageDTO<Item: Content>: Content {
    let items: [Item]
    let total: Int
    let page: Int
    let perPage: Int
}

struct MoveRequest: Content { let parentID: UUID }
struct IssueTokenRequest: Content {
    let name: String
    let organisationID: UUID
}
struct IssuedTokenDTO: Content {
    let token: ApiTokenDTO
    /// The secret itself, returned this once.
    let secret: String
}
struct ApiTokenDTO: Content {
    let id: UUID
    let name: String
    let prefix: String
    let organisationID: UUID
    let createdAt: Date?
    let revokedAt: Date?
    let lastUsedAt: Date?

    init(_ token: ApiToken) {
        id = token.id
        name = token.name
        prefix = token.prefix
        organisationID = token.organisationID
        createdAt = token.createdAt
        revokedAt = token.revokedAt
        lastUsedAt = token.lastUsedAt
    }
}
struct AuditEntryDTO: Content {
    let id: UUID
    let at: Date
    let actorName: String
    let action: String
    let entityType: String
    let entityID: String
    let before: String?
    let after: String?
    let requestID: String?
    /// The entry's index in the evidence log (receipt: `/api/v1/ledger/entries/{index}/receipt`); null until logged.
    let ledgerIndex: Int64?

    init(_ e: AuditEntry) {
        id = e.id
        at = e.at
        actorName = e.actorName
        action = e.action
        entityType = e.entityType
        entityID = e.entityID
        before = e.before
        after = e.after
        requestID = e.requestID
        ledgerIndex = e.ledgerIndex
    }
}

extension Request {
    /// Decodes a JSON body; anything but `application/json` is a 415.
    func json<T: Decodable>(_ type: T.Type) throws -> T {
        guard headers.contentType == .json else { throw Abort(.unsupportedMediaType) }
        return try content.decode(T.self)
    }
}

/// An evidence file (佐证材料) of a report: its name, size and SHA-256.
struct EvidenceFileDTO: Content {
    let name: String
    let size: Int
    let sha256: String

    init(_ file: EvidenceFile) { (name, size, sha256) = (file.name, file.size, file.sha256) }
}

enum APIResponse {
    /// 201 Created with the body and the new resource's address in `Location`.
    static func created<T: Content>(_ body: T, at location: String) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(body)
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
