import FazhiCore
import Fluent
import Foundation
import SQLKit

/// What the user asked to import: a parsed plan, where it came from, whose ledger it becomes, and the names
/// mapped on the review screen (an empty list: assign that name to nobody).
public struct PlanImportRequest: Sendable {
    public var document: PlanDocument
    public var sourceName: String
    public var sourceSHA256: String
    public var referenceYear: Int?
    public var organisationID: UUID
    public var mappings: [String: [UUID]]

    public init(
        document: PlanDocument, sourceName: String, sourceSHA256: String, referenceYear: Int?,
        organisationID: UUID, mappings: [String: [UUID]] = [:]
    ) {
        self.document = document
        self.sourceName = sourceName
        self.sourceSHA256 = sourceSHA256
        self.referenceYear = referenceYear
        self.organisationID = organisationID
        self.mappings = mappings
    }
}

/// One unit name of a plan and what it resolves to, for the review screen and the CLI.
public struct PlanUnitPreview: Sendable, Equatable {
    public var name: String
    public var isCollective: Bool
    /// The organisations it stands for; empty when unresolved or mapped to nobody.
    public var organisations: [Organisation]
    public var resolved: Bool
    public var needsReview: Bool
    /// Resolved by a mapping a user made earlier (or on this review).
    public var remembered: Bool
    /// How many tasks name it.
    public var taskCount: Int
}

/// The review of an import before anything is written.
public struct PlanImportPreview: Sendable {
    /// The government whose organisations the units are resolved against.
    public var government: Organisation
    /// Every organisation the units may be mapped to (the government's subtree within the user's scope).
    public var candidates: [Organisation]
    public var units: [PlanUnitPreview]
    public var unresolved: [String] { units.filter { !$0.resolved }.map(\.name) }
}

/// Imports a plan into the ledger: `preview` resolves its units without writing; `commit` writes the plan, its
/// tree, its tasks and their units, and remembers the mappings, in one transaction with one audit entry, and
/// refuses while any unit name is unresolved. Either the whole ledger is created or nothing is.
public struct PlanImport: Sendable {
    let db: any Database
    public let scope: Scope

    public init(db: any Database, scope: Scope) {
        self.db = db
        self.scope = scope
    }

    public func preview(_ request: PlanImportRequest) async throws -> PlanImportPreview {
        try await Self.preview(request, scope: scope, on: db)
    }

    static func preview(_ request: PlanImportRequest, scope: Scope, on db: any Database) async throws
        -> PlanImportPreview
    {
        let sql = db as! any SQLDatabase
        let government = try await Self.government(for: request.organisationID, scope: scope, on: db)
        let candidates = OrganisationTree.sorted(
            try await OrganisationRow.list(under: government.path.value, activeOnly: true, on: sql)
        ).map(\.org)
        let inTree = Set(candidates.map(\.id))
        for (name, ids) in request.mappings where ids.contains(where: { !inTree.contains($0) }) {
            throw DomainError.invalid("mappings", "「\(name)」对应的机构不在「\(government.name)」所辖范围内")
        }
        let remembered = try await PlanUnitMappings.load(owner: government.id, on: sql)
            .merging(request.mappings) { _, new in new }
        let depth = government.path.depth
        let resolver = PlanUnitResolver(
            government: government.id,
            organisations: candidates.map {
                .init(
                    id: $0.id, name: $0.name, shortName: $0.shortName, aliases: $0.aliases, kind: $0.kind,
                    parentID: $0.parentID, depth: $0.path.depth - depth)
            },
            mappings: remembered)
        let byID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0) })
        var units: [String: PlanUnitPreview] = [:]
        var order: [String] = []
        for task in request.document.tasks {
            for unit in task.units {
                if units[unit.name] == nil {
                    order.append(unit.name)
                    let resolution = resolver.resolve(unit)
                    var preview = PlanUnitPreview(
                        name: unit.name, isCollective: unit.collective != nil, organisations: [], resolved: false,
                        needsReview: false, remembered: remembered[unit.name] != nil, taskCount: 0)
                    if case .organisations(let ids, let review) = resolution {
                        preview.organisations = ids.compactMap { byID[$0] }
                        preview.resolved = true
                        preview.needsReview = review
                    }
                    units[unit.name] = preview
                }
                units[unit.name]!.taskCount += 1
            }
        }
        return PlanImportPreview(government: government, candidates: candidates, units: order.map { units[$0]! })
    }

    /// The government a plan of `organisationID` belongs to: the organisation itself if it is a government, else the
    /// nearest government above it that the user can see, else the organisation (its own subtree).
    static func government(for organisationID: UUID, scope: Scope, on db: any Database) async throws -> Organisation {
        let chain = try await OrganisationRepository.chain(of: organisationID, on: db)
        guard let own = chain.last, scope.contains(own.path) else {
            throw DomainError.invalid("organisationID", "所选机构不存在，或不在您的管辖范围内")
        }
        return chain.last { $0.kind == .government && scope.contains($0.path) } ?? own
    }
}
