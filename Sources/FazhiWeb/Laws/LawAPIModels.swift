import FazhiCore
import FazhiStore
import Vapor

/// The JSON shapes of `/api/v1/laws` (described in the OpenAPI document, `OpenAPIDocument+Laws`).
enum LawAPIModels {
    struct Version: Content {
        let id: Int
        let workId: Int
        let title: String
        let subtitle: String?
        let kind: String
        let issuer: String?
        let region: String?
        let documentNumber: String?
        let versionDate: String
        let promulgatedOn: String?
        let effectiveOn: String
        let supersededOn: String?
        let isCurrent: Bool
        /// The status on the day of the request (or the day asked for).
        let status: String
        let articleCount: Int
        let url: String

        init(_ v: LawVersionSummary, today: CivilDate) {
            (id, workId, title, subtitle, kind) = (v.id, v.workID, v.title, v.subtitle, v.kind.rawValue)
            (issuer, region, documentNumber) = (v.issuer, v.region, v.documentNumber)
            (versionDate, promulgatedOn, effectiveOn) = (v.versionDate.iso, v.promulgatedOn?.iso, v.effectiveOn.iso)
            (supersededOn, isCurrent, status) = (v.supersededOn?.iso, v.isCurrent, v.status(on: today).rawValue)
            articleCount = v.articleCount
            url = "/laws/\(v.workID)/versions/\(v.id)"
        }
    }

    struct Highlighted: Content {
        /// The text in pieces; `match` marks the pieces that are search terms.
        let pieces: [Piece]
        let startsMidText: Bool
        let endsMidText: Bool

        struct Piece: Content {
            let text: String
            let match: Bool
        }

        init(_ pieces: [SearchSnippet.Piece], startsMidText: Bool = false, endsMidText: Bool = false) {
            self.pieces = pieces.map { Piece(text: $0.text, match: $0.isMatch) }
            self.startsMidText = startsMidText
            self.endsMidText = endsMidText
        }
    }

    struct SearchHit: Content {
        let version: Version
        let titleMatches: Bool
        let snippet: Highlighted?
        let articleEid: String?
        let articleNumber: String?
    }

    struct SearchResults: Content {
        let terms: [String]
        let total: Int
        let page: Int
        let perPage: Int
        let ordering: String
        let results: [SearchHit]

        init(_ r: LawSearchResults, terms: [String], today: CivilDate) {
            self.terms = terms
            (total, page, perPage, ordering) = (r.total, r.page, r.perPage, LawSearch.ordering)
            results = r.hits.map { hit in
                SearchHit(
                    version: Version(hit.version, today: today), titleMatches: hit.titleMatches,
                    snippet: hit.snippet.map {
                        Highlighted($0.pieces, startsMidText: $0.startsMidText, endsMidText: $0.endsMidText)
                    },
                    articleEid: hit.snippetArticle?.eid, articleNumber: hit.snippetArticle?.number)
            }
        }
    }

    struct WorkDetail: Content {
        let id: Int
        let title: String
        let kind: String
        let category: String?
        let issuer: String?
        let region: String?
        let repealedOn: String?
        let expiredOn: String?
        let versions: [Version]

        init(work: LawWork, versions: [Version]) {
            (id, title, kind, category) = (work.id, work.title, work.kind.rawValue, work.category)
            (issuer, region, repealedOn, expiredOn) = (
                work.issuer, work.region, work.repealedOn?.iso, work.expiredOn?.iso
            )
            self.versions = versions
        }
    }

    struct Item: Content {
        let eid: String
        let number: String
        let text: String
    }

    struct Paragraph: Content {
        let eid: String
        let text: String
        let items: [Item]
    }

    /// A heading (编/章/节) or an article with its paragraphs (款) and items (项).
    struct Provision: Content {
        let eid: String
        let level: String
        let number: String
        let heading: String?
        let parentEid: String?
        let text: String
        let paragraphs: [Paragraph]?

        init(_ p: LawProvision) {
            (eid, level, number, heading, parentEid, text) = (
                p.eid, p.level.rawValue, p.number, p.heading, p.parentEid, p.text
            )
            paragraphs =
                p.level == .article
                ? LawArticleBody(articleEid: p.eid, text: p.text).paragraphs.map { paragraph in
                    Paragraph(
                        eid: paragraph.eid, text: paragraph.text,
                        items: paragraph.items.map { Item(eid: $0.eid, number: $0.number, text: $0.text) })
                } : nil
        }
    }

    struct HistoryEvent: Content {
        let date: String
        let text: String
    }

    struct VersionDetail: Content {
        let version: Version
        let history: [HistoryEvent]
        let preamble: String?
        let provisions: [Provision]
        let sourcePath: String
        let sourceSha256: String

        init(_ v: LawVersion, provisions: [LawProvision], today: CivilDate) {
            version = Version(v.summary, today: today)
            history = v.history.map { HistoryEvent(date: $0.date.iso, text: $0.text) }
            preamble = v.preamble
            self.provisions = provisions.map(Provision.init)
            (sourcePath, sourceSha256) = (v.sourcePath, v.sourceSHA256)
        }
    }

    struct ArticleOnDay: Content {
        let day: String
        let version: Version
        let article: Provision

        init(day: CivilDate, version: Version, article: Provision) {
            self.day = day.iso
            self.version = version
            self.article = article
        }
    }

    struct ArticleMatch: Content {
        let eid: String
        let number: String
        let text: Highlighted

        init(_ m: LawArticleMatch) {
            (eid, number, text) = (m.provision.eid, m.provision.number, Highlighted(m.pieces))
        }
    }

    struct Comparison: Content {
        struct Row: Content {
            let change: String
            let oldNumber: String?
            let newNumber: String?
            let oldEid: String?
            let newEid: String?
            /// For a changed article, its text in pieces: `same`, `inserted` or `deleted`.
            let pieces: [Piece]
        }

        struct Piece: Content {
            let kind: String
            let text: String
        }

        let workId: Int
        let from: Version
        let to: Version
        let rows: [Row]

        init(_ page: LawComparePage, today: CivilDate) {
            workId = page.work.id
            from = Version(page.old, today: today)
            to = Version(page.new, today: today)
            rows = page.rows.map { row in
                Row(
                    change: row.change.rawValue, oldNumber: row.oldNumber, newNumber: row.newNumber,
                    oldEid: row.oldEid, newEid: row.newEid,
                    pieces: row.pieces.map { Piece(kind: $0.kind.rawValue, text: $0.text) })
            }
        }
    }

    struct CitationCheck: Content {
        let use: String
        let citation: String
        let statute: String
        let article: String
        let citedVersion: String
        /// current, changed, articleMissing, repealed, notInLibrary, unreadable
        let verdict: String
        let label: String
        let alert: Bool
        let link: String?

        init(_ row: LawCitationsPage.Row) {
            (use, citation, statute) = (row.use, row.basis.citation, row.basis.statute)
            (article, citedVersion) = (row.basis.article, row.basis.version)
            link = row.status?.link
            alert = row.status?.verdict.isAlert ?? true
            label = row.status?.verdict.label ?? "条号无法识别"
            verdict =
                switch row.status?.verdict {
                case .current: "current"
                case .changed: "changed"
                case .articleMissing: "articleMissing"
                case .repealed: "repealed"
                case .notInLibrary: "notInLibrary"
                case nil: "unreadable"
                }
        }
    }
}
