import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// One inspection record as the API takes it: the record's fields, and the body (default: the caller's organisation).
struct EnterpriseInspectionRequest: Decodable {
    let body: UUID?
    let record: EnterpriseInspectionInput

    enum CodingKeys: String, CodingKey { case body }

    init(from decoder: any Decoder) throws {
        body = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(UUID.self, forKey: .body)
        record = try EnterpriseInspectionInput(from: decoder)
    }
}

/// A batch of up to 1,000 records for one body.
struct EnterpriseInspectionBatchRequest: Decodable {
    let body: UUID?
    let inspections: [EnterpriseInspectionInput]
}

struct EnterpriseInspectionDTO: Content {
    let id: UUID
    let bodyID: UUID
    let bodyName: String
    let clientId: String
    let matterCode: String
    let matterName: String
    let creditCode: String
    let enterpriseName: String
    let date: String
    let officers: [String]
    let kind: String
    let kindLabel: String
    let result: String
    let source: String
    let alerted: Bool

    init(_ row: EnterpriseInspectionRow) {
        id = row.id
        bodyID = row.bodyID
        bodyName = row.bodyName
        clientId = row.clientID
        matterCode = row.matterCode
        matterName = row.matterName
        creditCode = row.creditCode
        enterpriseName = row.enterpriseName
        date = row.date.iso
        officers = row.officers
        kind = row.kind.rawValue
        kindLabel = row.kind.label
        result = row.result
        source = row.source
        alerted = row.alerted
    }
}

struct RepeatedInspectionAlertDTO: Content {
    struct Item: Content {
        let id: UUID
        let date: String
        let bodyName: String
        let matterName: String
    }

    let id: UUID
    let creditCode: String
    let enterpriseName: String
    let windowFrom: String
    let title: String
    let message: String
    let basis: String
    let raisedOn: String
    let closed: Bool
    let inspections: [Item]

    init(_ alert: RepeatedInspectionAlert) {
        id = alert.alertID
        creditCode = alert.creditCode
        enterpriseName = alert.enterpriseName
        windowFrom = alert.windowFrom.iso
        title = alert.title
        message = alert.message
        basis = alert.basis
        raisedOn = alert.raisedOn
        closed = alert.closed
        inspections = alert.inspections.map {
            Item(id: $0.id, date: $0.date.iso, bodyName: $0.bodyName, matterName: $0.matterName)
        }
    }
}

/// What became of each record, in the order sent, and the counts.
struct EnterpriseInspectionBatchResponse: Content {
    struct Result: Content {
        let clientId: String
        let status: String
        var id: UUID? = nil
        var alerts: [RepeatedInspectionAlertDTO]? = nil
        var error: Problem.ErrorBody.Detail? = nil
    }

    let results: [Result]
    let applied: Int
    let duplicates: Int
    let refused: Int

    init(_ inputs: [EnterpriseInspectionInput], _ outcomes: [EnterpriseInspectionOutcome]) {
        var counts = (applied: 0, duplicates: 0, refused: 0)
        results = zip(inputs, outcomes).map { input, outcome in
            let client = input.clientID ?? ""
            switch outcome {
            case .applied(let id, let alerts):
                counts.applied += 1
                return Result(
                    clientId: client, status: "applied", id: id, alerts: alerts.map(RepeatedInspectionAlertDTO.init))
            case .duplicate(let id):
                counts.duplicates += 1
                return Result(clientId: client, status: "duplicate", id: id)
            case .refused(let error):
                counts.refused += 1
                let problem = Problem(error)
                return Result(
                    clientId: client, status: "refused",
                    error: .init(
                        code: problem.code, message: problem.message,
                        fields: problem.fields.isEmpty ? nil : problem.fields))
            }
        }
        (applied, duplicates, refused) = counts
    }
}
