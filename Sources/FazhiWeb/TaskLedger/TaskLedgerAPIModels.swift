import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// Where a plan's (or a unit's) tasks stand, with the completion rate and its definition's inputs.
struct PlanTaskCountsDTO: Content {
    let total, notStarted, inProgress, done, overdue, ongoing: Int
    /// 完成率 in percent: done over tasks with an end (长期推进 left out); null when there are none.
    let completionRate: Double?

    init(_ c: PlanTaskCounts) {
        (total, notStarted, inProgress, done, overdue, ongoing) = (
            c.total, c.notStarted, c.inProgress, c.done, c.overdue, c.ongoing
        )
        completionRate = c.completionRate
    }
}

struct PlanDTO: Content {
    struct Item: Content {
        let id: UUID
        let parentID: UUID?
        let kind: String
        let level: Int
        let marker: String
        let title: String?
        let body: String
    }
    let id: UUID
    let title: String
    let organisationName: String
    let sourceName: String
    let sourceSHA256: String
    let importedAt: Date
    let wholePlan: Bool
    let counts: PlanTaskCountsDTO
    /// The headings in document order; only on a single plan.
    let items: [Item]?

    init(_ p: PlanListing, items: [PlanItemRow]? = nil) {
        (id, title, organisationName, sourceName) = (p.id, p.title, p.organisationName, p.sourceName)
        (sourceSHA256, importedAt, wholePlan, counts) = (
            p.sourceSHA256, p.importedAt, p.wholePlan, PlanTaskCountsDTO(p.counts)
        )
        self.items = items?.map {
            Item(
                id: $0.id, parentID: $0.parentID, kind: $0.kind.rawValue, level: $0.level, marker: $0.marker,
                title: $0.title, body: $0.body)
        }
    }
}

struct PlanUnitStandingDTO: Content {
    let organisationID: UUID
    let name: String
    /// Tasks the unit leads.
    let lead: Int
    let counts: PlanTaskCountsDTO

    init(_ u: PlanUnitStanding) {
        (organisationID, name, lead, counts) = (u.organisationID, u.name, u.lead, PlanTaskCountsDTO(u.counts))
    }
}

struct PlanTaskDTO: Content {
    struct Unit: Content {
        let organisationID: UUID
        let name: String
        let role: String
    }
    struct Report: Content {
        let organisationName: String
        let authorName: String
        let at: Date
        let body: String
        let status: String
        let evidence: [EvidenceFileDTO]
    }
    let id: UUID
    let planID: UUID
    let itemID: UUID
    let code: String
    let body: String
    /// The deadline as the plan words it, its kind, and the date computed from it.
    let deadlineText: String?
    let deadlineKind: String?
    let due: CivilDate?
    let status: String
    let standing: String
    let standingLabel: String
    let responsiblePerson: String?
    let progressCount: Int
    let units: [Unit]
    /// The progress reports, newest first; only on a single task.
    let progress: [Report]?

    init(_ t: PlanTaskRow, progress: [PlanProgressRow]? = nil) {
        (id, planID, itemID, code, body) = (t.id, t.planID, t.itemID, t.code, t.body)
        (deadlineText, deadlineKind, due) = (t.deadlineText, t.deadlineKind, t.due)
        (status, standing, standingLabel) = (t.status.rawValue, t.standing.rawValue, t.standing.label)
        (responsiblePerson, progressCount) = (t.responsiblePerson, t.progressCount)
        units = t.units.map { Unit(organisationID: $0.organisationID, name: $0.name, role: $0.role.rawValue) }
        self.progress = progress?.map { r in
            Report(
                organisationName: r.organisationName, authorName: r.authorName, at: r.at, body: r.body,
                status: r.status.rawValue,
                evidence: r.evidence.map(EvidenceFileDTO.init))
        }
    }
}

/// A progress report through the API; evidence files travel as base64.
struct PlanProgressRequest: Content {
    let body: String?
    let status: String?
    let files: [Base64File]?

    func input() throws -> PlanProgressInput {
        PlanProgressInput(body: body ?? "", status: status ?? "", files: try Base64File.decode(files))
    }
}

/// A file in a JSON body.
struct Base64File: Content {
    let name: String
    let contentBase64: String

    static func decode(_ files: [Base64File]?) throws -> [(name: String, content: Data)] {
        try (files ?? []).enumerated().map { index, file in
            guard let data = Data(base64Encoded: file.contentBase64) else {
                throw DomainError.invalid("files[\(index)].contentBase64", "佐证材料「\(file.name)」不是有效的 Base64 编码")
            }
            return (name: file.name, content: data)
        }
    }
}

/// A plan to recognise (`/plans/parse`) or import (`/plans/import`).
struct PlanImportAPIRequest: Content {
    let text: String?
    let organisationID: UUID?
    let year: Int?
    let sourceName: String?
    /// Names the tree does not know, mapped to organisations (an empty list: assign to nobody).
    let mappings: [String: [UUID]]?
}

/// What an import created.
struct PlanImportAPIResponse: Content {
    struct Unit: Content {
        let name: String
        let organisations: [String]
        let resolved: Bool
        let remembered: Bool
        let taskCount: Int
    }
    let planID: UUID
    let tasks: Int
    let assignments: Int
    /// Every unit name of the plan and the organisations it was resolved to.
    let units: [Unit]
}
