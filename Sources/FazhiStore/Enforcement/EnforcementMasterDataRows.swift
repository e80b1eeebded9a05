import FazhiCore
import Foundation

/// A registered enforcement body (执法主体) with what it has on record.
public struct EnforcementBodyRow: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let kind: OrgKind
    public let path: OrgPath
    public let legalBasis: String
    public let territory: String
    public let status: EnforcementBodyStatus
    public let updatedAt: Date
    /// Active officers.
    public let officers: Int
    /// Certificates of active officers that allow enforcement today.
    public let validCertificates: Int
    /// Active matters of its powers list.
    public let matters: Int
}

/// A certificate with its holder, and whether it allows enforcement today.
public struct EnforcementCertificateRow: Sendable, Equatable {
    public let id: UUID
    public let officerID: UUID
    public let organisationID: UUID
    public let bodyName: String
    public let certificate: EnforcementCertificate
    public let issuer: String
    public let fields: String
    /// Whether the holder is still an active officer of the body.
    public let holderActive: Bool
    /// Why the certificate does not allow enforcement today (nil: it does).
    public let problemToday: String?

    public var validToday: Bool { holderActive && problemToday == nil }
}

/// An officer of a body with their certificates, newest first.
public struct EnforcementOfficerRow: Sendable, Equatable {
    public let id: UUID
    public let organisationID: UUID
    public let name: String
    public let duty: OfficerDuty
    public let userID: UUID?
    public let active: Bool
    public let certificates: [EnforcementCertificateRow]

    /// Whether the officer may enforce today: active, with a certificate valid today.
    public var validToday: Bool { active && certificates.contains(where: \.validToday) }
}

/// A matter of a powers list.
public struct PowerMatterRow: Sendable, Equatable {
    public let id: UUID
    public let organisationID: UUID
    public let bodyName: String
    public let code: String
    public let name: String
    public let kind: PowerKind
    public let legalBasis: String
    public let benchmark: DiscretionBenchmark
    public let noPenalty: Bool
    public let lightPenalty: Bool
    public let active: Bool
    public let updatedAt: Date
}

/// The lists a penalty matter may be on.
public enum PowerMatterList: String, CaseIterable, Sendable {
    case noPenalty = "no_penalty"
    case lightPenalty = "light_penalty"

    public var label: String {
        switch self {
        case .noPenalty: "免罚清单"
        case .lightPenalty: "轻罚清单"
        }
    }
}

/// Which matters to list.
public struct PowerMatterFilter: Sendable, Equatable {
    public var bodyID: UUID?
    public var kind: PowerKind?
    /// Words in the code, name or legal basis.
    public var words: String?
    public var list: PowerMatterList?
    public var includeInactive: Bool
    public var limit: Int
    public var offset: Int

    public init(
        bodyID: UUID? = nil, kind: PowerKind? = nil, words: String? = nil, list: PowerMatterList? = nil,
        includeInactive: Bool = false, limit: Int = 50, offset: Int = 0
    ) {
        self.bodyID = bodyID
        self.kind = kind
        self.words = words
        self.list = list
        self.includeInactive = includeInactive
        self.limit = limit
        self.offset = offset
    }
}

/// What an import changed.
public struct PowerListImportSummary: Sendable, Equatable, Codable {
    public var created: Int
    public var updated: Int
    public var unchanged: Int
}
