import FazhiCore
import Fluent
import Foundation

/// Table `organisations`. `path` is the materialised path (see `OrgPath`) that every scoped
/// query filters on.
public final class OrganisationModel: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "short_name") var shortName: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Field(key: "path") var path: String
    @OptionalField(key: "credit_code") var creditCode: String?
    @Field(key: "aliases") var aliases: String
    @Field(key: "active") var active: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    public init() {}

    init(_ org: Organisation) {
        id = org.id
        apply(org)
    }

    func apply(_ org: Organisation) {
        name = org.name
        shortName = org.shortName
        kind = org.kind.rawValue
        parentID = org.parentID
        path = org.path.value
        creditCode = org.creditCode
        aliases = org.aliases.joined(separator: "|")
        active = org.active
    }

    var domain: Organisation {
        Organisation(
            id: id!, name: name, shortName: shortName, kind: OrgKind(rawValue: kind) ?? .other, parentID: parentID,
            path: OrgPath(value: path), creditCode: creditCode,
            aliases: aliases.split(separator: "|").map(String.init), active: active)
    }
}
