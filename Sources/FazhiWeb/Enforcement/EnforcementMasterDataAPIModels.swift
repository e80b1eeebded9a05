import FazhiCore
import FazhiStore
import Vapor

struct EnforcementBodyDTO: Content {
    let id: UUID
    let name: String
    let kind: String
    let legalBasis: String
    let territory: String
    let status: String
    let statusLabel: String
    let updatedAt: Date
    let officers: Int
    let validCertificates: Int
    let matters: Int
    /// Present on a single body: its officers with their certificates.
    var officerList: [EnforcementOfficerDTO]?

    init(_ row: EnforcementBodyRow, officers: [EnforcementOfficerRow]? = nil) {
        id = row.id
        name = row.name
        kind = row.kind.rawValue
        legalBasis = row.legalBasis
        territory = row.territory
        status = row.status.rawValue
        statusLabel = row.status.label
        updatedAt = row.updatedAt
        self.officers = row.officers
        validCertificates = row.validCertificates
        matters = row.matters
        officerList = officers?.map(EnforcementOfficerDTO.init)
    }
}

struct EnforcementOfficerDTO: Content {
    let id: UUID
    let bodyID: UUID
    let name: String
    let duty: String
    let dutyLabel: String
    let userID: UUID?
    let active: Bool
    let validToday: Bool
    let certificates: [EnforcementCertificateDTO]

    init(_ row: EnforcementOfficerRow) {
        id = row.id
        bodyID = row.organisationID
        name = row.name
        duty = row.duty.rawValue
        dutyLabel = row.duty.label
        userID = row.userID
        active = row.active
        validToday = row.validToday
        certificates = row.certificates.map(EnforcementCertificateDTO.init)
    }
}

struct EnforcementCertificateDTO: Content {
    let id: UUID
    let officerID: UUID
    let bodyID: UUID
    let bodyName: String
    let number: String
    let holderName: String
    let issuer: String
    let fields: String
    let validFrom: String
    let validTo: String
    let status: String
    let statusLabel: String
    let validToday: Bool
    /// Why it does not allow enforcement today.
    let problem: String?

    init(_ row: EnforcementCertificateRow) {
        id = row.id
        officerID = row.officerID
        bodyID = row.organisationID
        bodyName = row.bodyName
        number = row.certificate.number
        holderName = row.certificate.holderName
        issuer = row.issuer
        fields = row.fields
        validFrom = row.certificate.validFrom.iso
        validTo = row.certificate.validTo.iso
        status = row.certificate.status.rawValue
        statusLabel = row.certificate.status.label
        validToday = row.validToday
        problem = row.holderActive ? row.problemToday : "持证人已停用"
    }
}

struct PowerMatterDTO: Content {
    struct Range: Content {
        let circumstance: String
        let description: String
        let minimumFen: Int64
        let maximumFen: Int64
        let text: String
    }
    let id: UUID
    let bodyID: UUID
    let bodyName: String
    let code: String
    let name: String
    let kind: String
    let kindLabel: String
    let legalBasis: String
    let ranges: [Range]
    let noPenalty: Bool
    let lightPenalty: Bool
    let active: Bool
    let updatedAt: Date

    init(_ row: PowerMatterRow) {
        id = row.id
        bodyID = row.organisationID
        bodyName = row.bodyName
        code = row.code
        name = row.name
        kind = row.kind.rawValue
        kindLabel = row.kind.label
        legalBasis = row.legalBasis
        ranges = row.benchmark.ranges.map {
            Range(
                circumstance: $0.circumstance, description: $0.description, minimumFen: $0.minimumFen,
                maximumFen: $0.maximumFen, text: $0.text)
        }
        noPenalty = row.noPenalty
        lightPenalty = row.lightPenalty
        active = row.active
        updatedAt = row.updatedAt
    }
}

/// A matter as the API takes it: the body it belongs to (when created) and the matter itself.
struct PowerMatterRequest: Content {
    let bodyID: UUID?
    let code: String?
    let name: String?
    let kind: String?
    let legalBasis: String?
    let ranges: [PowerMatterInput.Range]?
    let noPenalty: Bool?
    let lightPenalty: Bool?

    var input: PowerMatterInput {
        PowerMatterInput(
            code: code, name: name, kind: kind, legalBasis: legalBasis, ranges: ranges ?? [],
            noPenalty: noPenalty ?? false, lightPenalty: lightPenalty ?? false)
    }
}

struct CertificateStatusRequest: Content {
    let status: String
}

/// A body's registration, the organisation being named by the path.
struct EnforcementBodyRequest: Content {
    let legalBasis: String?
    let territory: String?
    let status: String?
}

extension PowerListImportSummary: Content {}
