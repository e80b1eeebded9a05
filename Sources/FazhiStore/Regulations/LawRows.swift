import FazhiCore
import Foundation

/// A work of the library: a law, regulation, rule or normative document, whatever its versions.
public struct LawWork: Sendable, Equatable, Codable {
    public var id: Int
    public var title: String
    public var kind: LawKind
    public var category: String?
    public var issuer: String?
    public var region: String?
    public var repealedOn: CivilDate?
    public var expiredOn: CivilDate?
}

/// A version of a work, without its text: what lists, search results and version tables show.
public struct LawVersionSummary: Sendable, Equatable, Codable {
    public var id: Int
    public var workID: Int
    public var title: String
    public var subtitle: String?
    public var kind: LawKind
    public var region: String?
    public var issuer: String?
    public var versionDate: CivilDate
    public var promulgatedOn: CivilDate?
    public var effectiveOn: CivilDate
    public var supersededOn: CivilDate?
    public var repealedOn: CivilDate?
    public var expiredOn: CivilDate?
    public var isCurrent: Bool
    public var documentNumber: String?
    public var articleCount: Int

    public var statusDates: LawStatusDates {
        LawStatusDates(
            effectiveOn: effectiveOn, supersededOn: supersededOn, repealedOn: repealedOn, expiredOn: expiredOn)
    }

    public func status(on date: CivilDate) -> LawStatus { statusDates.status(on: date) }

    /// The title with its sub-title, as a heading shows it.
    public var fullTitle: String { subtitle.map { "\(title)（\($0)）" } ?? title }
}

/// A version with its text and where it came from.
public struct LawVersion: Sendable, Equatable {
    public var summary: LawVersionSummary
    public var history: [LawHistoryEvent]
    public var preamble: String?
    public var body: String
    public var sourcePath: String
    public var sourceSHA256: String
    public var problems: [String]
}

/// One article found by a search within a document, with every match marked.
public struct LawArticleMatch: Sendable, Equatable {
    public var provision: LawProvision
    public var pieces: [SearchSnippet.Piece]
}
