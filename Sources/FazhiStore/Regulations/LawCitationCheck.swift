import FazhiCore
import Fluent
import SQLKit

/// What became of a cited article (引用核查): still as cited, changed by a later version, gone from the version in
/// force, repealed, or not in the library at all.
public struct LawCitationStatus: Sendable, Equatable {
    public enum Verdict: Sendable, Equatable {
        /// The version in force says what the cited version said.
        case current
        /// A later version is in force and the article reads differently (or, when the cited version is not in the
        /// library to compare with, the work was revised after it: `textCompared` false).
        case changed(since: CivilDate, textCompared: Bool)
        /// The version in force has no article at that address (deleted or renumbered).
        case articleMissing
        case repealed(on: CivilDate)
        /// The library holds no work by that title, or none in force on the day.
        case notInLibrary

        /// Whether it needs someone to look at the citation.
        public var isAlert: Bool { self != .current }

        public var label: String {
            switch self {
            case .current: "现行有效"
            case .changed(let since, let compared): compared ? "条文已修改（\(since.iso)起）" : "法律已修订（\(since.iso)起），请核对"
            case .articleMissing: "现行版本无此条"
            case .repealed(let on): "已废止（\(on.iso)）"
            case .notInLibrary: "文件库中未收录"
            }
        }
    }

    public var citation: LawCitation
    /// The version date the citation names, if it names one.
    public var citedVersion: CivilDate?
    public var work: LawWork?
    public var versionInForce: LawVersionSummary?
    public var verdict: Verdict

    /// The address of the article in the library, when there is one to link to.
    public var link: String? {
        guard let work else { return nil }
        return "/laws/\(work.id)/\(citation.articleEid)"
    }
}

/// Checks citations against the library on a day.
public struct LawCitationCheck: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func check(_ citation: LawCitation, citedVersion: CivilDate?, on day: CivilDate) async throws
        -> LawCitationStatus
    {
        var status = LawCitationStatus(
            citation: citation, citedVersion: citedVersion, work: nil, versionInForce: nil, verdict: .notInLibrary)
        let library = LawRepository(db: db)
        guard let work = try await work(titled: citation.titleCandidates, library: library) else { return status }
        status.work = work
        if let repealed = work.repealedOn, repealed <= day {
            status.verdict = .repealed(on: repealed)
            return status
        }
        guard let inForce = try await library.versionInForce(workID: work.id, on: day) else { return status }
        status.versionInForce = inForce
        guard let current = try await library.provision(ofVersion: inForce.id, eid: citation.articleEid) else {
            status.verdict = .articleMissing
            return status
        }
        let versions = try await library.versions(ofWork: work.id)
        guard let citedVersion, citedVersion != inForce.versionDate else {
            status.verdict = .current
            return status
        }
        if let cited = versions.first(where: { $0.versionDate == citedVersion }) {
            let then = try await library.provision(ofVersion: cited.id, eid: citation.articleEid)
            status.verdict =
                then?.text == current.text ? .current : .changed(since: inForce.effectiveOn, textCompared: true)
        } else {
            status.verdict =
                inForce.versionDate > citedVersion
                ? .changed(since: inForce.effectiveOn, textCompared: false) : .current
        }
        return status
    }

    /// The work with the first of these titles the library holds.
    private func work(titled titles: [String], library: LawRepository) async throws -> LawWork? {
        struct Row: Decodable { var id: Int }
        for title in titles {
            let row = try await (db as! any SQLDatabase).raw(
                "SELECT id FROM law_works WHERE title = \(bind: title) ORDER BY id LIMIT 1"
            ).first(decoding: Row.self)
            if let row { return try await library.work(row.id) }
        }
        return nil
    }
}
