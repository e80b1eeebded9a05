/// One event an agency's own case system sends (数据对接): its id for the event (a repeat is recognised), the case it
/// belongs to by the agency's reference, the procedure when it opens the case, and the step's fields at the same
/// level of the JSON object.
public struct CaseIngestEvent: Decodable, Sendable, Equatable {
    public var eventID: String
    public var reference: String
    public var procedure: String?
    public var evidence: [DeclaredEvidence]?
    public var step: CaseStepInput

    enum CodingKeys: String, CodingKey {
        case eventID = "eventId"
        case reference
        case procedure
        case evidence
    }

    public init(
        eventID: String, reference: String, procedure: String? = nil, evidence: [DeclaredEvidence]? = nil,
        step: CaseStepInput
    ) {
        self.eventID = eventID
        self.reference = reference
        self.procedure = procedure
        self.evidence = evidence
        self.step = step
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        eventID = try container.decode(String.self, forKey: .eventID)
        reference = try container.decode(String.self, forKey: .reference)
        procedure = try container.decodeIfPresent(String.self, forKey: .procedure)
        evidence = try container.decodeIfPresent([DeclaredEvidence].self, forKey: .evidence)
        step = try CaseStepInput(from: decoder)
    }
}

/// A file the sending system keeps, declared by name and SHA-256 so the ledger anchors its hash.
public struct DeclaredEvidence: Codable, Sendable, Equatable {
    public var name: String
    public var sha256: String

    public init(name: String, sha256: String) {
        self.name = name
        self.sha256 = sha256
    }

    /// Whether the hash is 64 lowercase or uppercase hex digits.
    public var isWellFormed: Bool {
        sha256.count == 64 && sha256.allSatisfy(\.isHexDigit) && !name.isEmpty && name.count <= 200
    }
}
