import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// Who may read and write what, inside and outside their scope, through the API (bearer
/// token) and through the pages (session). Every row runs on its own fresh database with the
/// demo region plus a second, unrelated region ("外省") so that even the administrator has an
/// outside. A refused request must change nothing: counts and the target record are compared
/// before and after.
///
/// Scopes of the demo users:
///   demo-admin   (admin, 自治区司法厅)                → the whole region
///   demo-office  (rule_of_law_office, 依法治区办)     → the whole region
///   demo-justice (justice, 呼和浩特市司法局)          → 呼和浩特市's subtree
///   demo-legal   (legal_unit, 呼和浩特市市场监管局)   → its own department
///   demo-officer (officer, 新城区市场监管局)          → its own department
///   demo-procurator (procuratorate, 新城区人民检察院) → its own organisation; for transfers (两法衔接) only, 新城区's
///                                                     subtree (see AccessMatrixTests+Transfers)
///
/// Targets ("inside" / "outside" the user's scope):
///   admin, office:   呼和浩特市市场监督管理局 / 外省市场监督管理局
///   justice, legal:  呼和浩特市市场监督管理局 / 鄂尔多斯市市场监督管理局
///   officer:         呼和浩特市新城区市场监督管理局 / 呼和浩特市市场监督管理局
///   procurator:      呼和浩特市新城区市场监督管理局 (in its government, not its general scope) / 呼和浩特市市场监督管理局
/// The target of each resource kind is that organisation, a user in it, its audit entries,
/// an API token issued for it, a plan task assigned to it, an inspection finding addressed to it, or a normative
/// document it drafts, or the enforcement body it is (writes: a progress report, a rectification report, a step of
/// the draft, a new officer).
@Suite("Access matrix")
struct AccessMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case admin = "demo-admin", office = "demo-office", justice = "demo-justice", legal = "demo-legal", officer =
            "demo-officer", procurator = "demo-procurator"
    }
    enum Resource: String, Sendable {
        case organisations, users, audit, tokens, tasks, findings, drafts, bodies, inspections
    }
    enum Action: String, Sendable { case read, write }
    enum Place: String, Sendable { case inside, outside }
    enum Outcome: String, Sendable {
        /// 2xx/303 and the target is shown (read) or changed (write).
        case allowed
        /// 403, nothing changes.
        case forbidden
        /// 404, nothing changes.
        case notFound
        /// 200, but the list leaves the target out.
        case hidden
    }
    enum Channel: String, Sendable, CaseIterable { case api, page }

    struct Row: Sendable, CustomTestStringConvertible {
        let who: Who
        let resource: Resource
        let action: Action
        let place: Place
        let api: Outcome
        let page: Outcome
        var testDescription: String { "\(who.rawValue) \(action.rawValue)s \(resource.rawValue) \(place.rawValue)" }
    }

    // audit entries have no write operation at all (append-only), so they have read rows only.
    static let matrix: [Row] = [
        //   who       resource        action  place     API         page
        Row(who: .admin, resource: .organisations, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .organisations, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .organisations, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .organisations, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .users, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .users, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .users, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .users, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .audit, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .audit, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .admin, resource: .tokens, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .tokens, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .admin, resource: .tokens, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .tokens, action: .write, place: .outside, api: .notFound, page: .notFound),

        Row(who: .office, resource: .organisations, action: .read, place: .inside, api: .allowed, page: .forbidden),
        Row(who: .office, resource: .organisations, action: .read, place: .outside, api: .notFound, page: .forbidden),
        Row(who: .office, resource: .organisations, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .organisations, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .users, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .users, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .users, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .users, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .audit, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .audit, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .tokens, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .tokens, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .tokens, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .tokens, action: .write, place: .outside, api: .forbidden, page: .forbidden),

        Row(who: .justice, resource: .organisations, action: .read, place: .inside, api: .allowed, page: .forbidden),
        Row(who: .justice, resource: .organisations, action: .read, place: .outside, api: .notFound, page: .forbidden),
        Row(who: .justice, resource: .organisations, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(
            who: .justice, resource: .organisations, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .users, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .users, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .users, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .users, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .audit, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .audit, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .justice, resource: .tokens, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .tokens, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .tokens, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .tokens, action: .write, place: .outside, api: .forbidden, page: .forbidden),

        Row(who: .legal, resource: .organisations, action: .read, place: .inside, api: .allowed, page: .forbidden),
        Row(who: .legal, resource: .organisations, action: .read, place: .outside, api: .notFound, page: .forbidden),
        Row(who: .legal, resource: .organisations, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .organisations, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .users, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .users, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .users, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .users, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .audit, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .audit, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .tokens, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .tokens, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .tokens, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .tokens, action: .write, place: .outside, api: .forbidden, page: .forbidden),

        Row(who: .officer, resource: .organisations, action: .read, place: .inside, api: .allowed, page: .forbidden),
        Row(who: .officer, resource: .organisations, action: .read, place: .outside, api: .notFound, page: .forbidden),
        Row(who: .officer, resource: .organisations, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(
            who: .officer, resource: .organisations, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .users, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .users, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .users, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .users, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .audit, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .audit, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .tokens, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .tokens, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .tokens, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .tokens, action: .write, place: .outside, api: .forbidden, page: .forbidden),

        // A task or a finding is seen by the office that owns its plan or campaign and by its unit's subtree; anyone
        // who sees it may report on it (the office records a report it received on paper).
        Row(who: .admin, resource: .tasks, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .tasks, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .tasks, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .tasks, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .findings, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .findings, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .findings, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .findings, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .tasks, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .tasks, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .tasks, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .tasks, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .findings, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .findings, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .findings, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .findings, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .justice, resource: .tasks, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .tasks, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .justice, resource: .tasks, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .tasks, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .justice, resource: .findings, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .findings, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .justice, resource: .findings, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .findings, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .tasks, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .tasks, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .tasks, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .tasks, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .findings, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .findings, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .findings, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .findings, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .tasks, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .tasks, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .tasks, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .tasks, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .findings, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .findings, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .findings, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .findings, action: .write, place: .outside, api: .notFound, page: .notFound),

        // A draft is seen and advanced within its drafting body's scope only (drafts never leave it).
        Row(who: .admin, resource: .drafts, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .drafts, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .drafts, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .drafts, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .drafts, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .drafts, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .drafts, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .drafts, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .justice, resource: .drafts, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .drafts, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .justice, resource: .drafts, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .drafts, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .drafts, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .drafts, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .drafts, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .drafts, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .drafts, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .drafts, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .drafts, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .drafts, action: .write, place: .outside, api: .notFound, page: .notFound),
        // An enforcement body is read by everyone in its scope; the administrator, the justice bureau and the legal
        // unit add officers to it (the office and officers only read).
        Row(who: .admin, resource: .bodies, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .bodies, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .admin, resource: .bodies, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .bodies, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .bodies, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .bodies, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .bodies, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .bodies, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .bodies, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .bodies, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .justice, resource: .bodies, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .bodies, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .bodies, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .bodies, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .legal, resource: .bodies, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .bodies, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .bodies, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .bodies, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .bodies, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .officer, resource: .bodies, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        // Inspections of enterprises (涉企检查): read in scope (outside, the list leaves them out); recorded by
        // officers, legal units and the administrator for a body in their scope; the office and the justice bureau read.
        Row(who: .admin, resource: .inspections, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .inspections, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .admin, resource: .inspections, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .admin, resource: .inspections, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .office, resource: .inspections, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .office, resource: .inspections, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .office, resource: .inspections, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .office, resource: .inspections, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .justice, resource: .inspections, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .justice, resource: .inspections, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .justice, resource: .inspections, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(
            who: .justice, resource: .inspections, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .legal, resource: .inspections, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .inspections, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .legal, resource: .inspections, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .legal, resource: .inspections, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .officer, resource: .inspections, action: .read, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .inspections, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(who: .officer, resource: .inspections, action: .write, place: .inside, api: .allowed, page: .allowed),
        Row(who: .officer, resource: .inspections, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .inspections, action: .read, place: .inside, api: .hidden, page: .hidden),
        Row(who: .procurator, resource: .inspections, action: .read, place: .outside, api: .hidden, page: .hidden),
        Row(
            who: .procurator, resource: .inspections, action: .write, place: .inside, api: .forbidden,
            page: .forbidden),
        Row(
            who: .procurator, resource: .inspections, action: .write, place: .outside, api: .forbidden,
            page: .forbidden),
        // The procuratorate (检察监督) reads transfers of its government (AccessMatrixTests+Transfers) and nothing else:
        // its general scope is its own organisation, and it holds no writing role, so every other resource is out of
        // reach, inside its government or not.
        Row(
            who: .procurator, resource: .organisations, action: .read, place: .inside, api: .notFound, page: .forbidden),
        Row(
            who: .procurator, resource: .organisations, action: .write, place: .inside, api: .forbidden,
            page: .forbidden),
        Row(who: .procurator, resource: .users, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .users, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .audit, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .tokens, action: .read, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .tokens, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .tasks, action: .read, place: .inside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .tasks, action: .write, place: .inside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .findings, action: .read, place: .inside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .findings, action: .write, place: .inside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .drafts, action: .read, place: .inside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .drafts, action: .write, place: .inside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .bodies, action: .read, place: .inside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .bodies, action: .write, place: .inside, api: .forbidden, page: .forbidden),
        Row(
            who: .procurator, resource: .organisations, action: .read, place: .outside, api: .notFound, page: .forbidden
        ),
        Row(
            who: .procurator, resource: .organisations, action: .write, place: .outside, api: .forbidden,
            page: .forbidden),
        Row(who: .procurator, resource: .users, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .users, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .audit, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .tokens, action: .read, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .tokens, action: .write, place: .outside, api: .forbidden, page: .forbidden),
        Row(who: .procurator, resource: .tasks, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .tasks, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .findings, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .findings, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .drafts, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .drafts, action: .write, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .bodies, action: .read, place: .outside, api: .notFound, page: .notFound),
        Row(who: .procurator, resource: .bodies, action: .write, place: .outside, api: .forbidden, page: .forbidden),
    ]

    /// The records a row acts on.
    struct Fixture {
        var orgs: [String: Organisation] = [:]
        var users: [String: User] = [:]
        var tokens: [String: ApiToken] = [:]
        var tasks: [String: UUID] = [:]
        var findings: [String: UUID] = [:]
        var drafts: [String: UUID] = [:]

        static let hohhot = "呼和浩特市市场监督管理局"
        static let xincheng = "呼和浩特市新城区市场监督管理局"
        static let erdos = "鄂尔多斯市市场监督管理局"
        static let elsewhere = "外省市场监督管理局"

        static func targetOrg(_ who: Who, _ place: Place) -> String {
            switch (who, place) {
            case (.admin, .inside), (.office, .inside), (.justice, .inside), (.legal, .inside): hohhot
            case (.admin, .outside), (.office, .outside): elsewhere
            case (.justice, .outside), (.legal, .outside): erdos
            case (.officer, .inside), (.procurator, .inside): xincheng
            case (.officer, .outside), (.procurator, .outside): hohhot
            }
        }

        /// Adds the other region, one user and one token in each target organisation.
        static func build(_ t: TestApp) async throws -> Fixture {
            var fixture = Fixture()
            let system = OrganisationRepository(db: t.db, scope: .system)
            let province = try await system.create(
                ValidOrganisationInput(
                    name: "外省人民政府", shortName: "外省", kind: .government, parentID: nil, creditCode: nil, aliases: []),
                by: .system("测试"))
            _ = try await system.create(
                ValidOrganisationInput(
                    name: elsewhere, shortName: "外省市场监管局", kind: .enforcementAgency, parentID: province.id,
                    creditCode: nil, aliases: []),
                by: .system("测试"))
            // The demo registers the region's market regulators as enforcement bodies; the other region's too.
            try await EnforcementMasterDataRepository(
                db: t.db, scope: .system, today: CivilDate(iso: "2026-12-01")!, roles: [.admin]
            ).saveBody(
                EnforcementBodyInput(
                    organisationID: try await t.org(elsewhere).id.uuidString, legalBasis: "外省依据", territory: "外省"),
                by: .system("测试"))
            for (key, name) in [("hohhot", hohhot), ("xincheng", xincheng), ("erdos", erdos), ("elsewhere", elsewhere)]
            {
                let org = try await t.org(name)
                fixture.orgs[name] = org
                let user = try await t.createUser("clerk-\(key)", in: org)
                fixture.users[name] = user
                fixture.tokens[name] = try await ApiTokenRepository(db: t.db, scope: .system).issue(
                    name: "令牌-\(key)", organisationID: org.id, by: Actor(userID: user.id, name: user.displayName)
                ).token
                let owner = key == "elsewhere" ? province.id : try await t.org("内蒙古自治区全面依法治区委员会办公室").id
                (fixture.tasks[name], fixture.findings[name]) = try await work(for: org, key: key, owner: owner, t)
                fixture.drafts[name] = try await NormativeRepository(
                    db: t.db, scope: .system, today: CivilDate(iso: "2026-12-01")!, roles: [], calendar: .official
                ).create(
                    NormativeDraftInput(kind: "normative_document", title: "矩阵草案", body: "第一条 矩阵。"),
                    drafter: org.id, by: Actor.system("测试")
                ).id
                try await inspectionFixture(for: org, key: key, t)
            }
            return fixture
        }

        /// Two officers (certificates 「MX<key>1」, 「MX<key>2」), an inspection matter 「MX-INSPECT」 and one recorded
        /// inspection of 「矩阵企业<key>」 at `org`.
        static func inspectionFixture(for org: Organisation, key: String, _ t: TestApp) async throws {
            let sql = t.db as! any SQLDatabase
            let now = Date()
            for n in 1...2 {
                let officer = UUID()
                try await sql.raw(
                    """
                    INSERT INTO enforcement_officers (id, organisation_id, org_path, name, duty, active, created_at)
                    VALUES (\(bind: officer), \(bind: org.id), \(bind: org.path.value), \(bind: "矩阵执法\(n)"),
                            'enforcement', \(bind: true), \(bind: now))
                    """
                ).run()
                try await sql.raw(
                    """
                    INSERT INTO enforcement_certificates (id, officer_id, organisation_id, org_path, number, issuer,
                        fields, valid_from, valid_to, status, created_at)
                    VALUES (\(bind: UUID()), \(bind: officer), \(bind: org.id), \(bind: org.path.value),
                            \(bind: "MX\(key)\(n)"), '测试', '市场监管', '2024-01-01', '2030-12-31', 'valid', \(bind: now))
                    """
                ).run()
            }
            try await sql.raw(
                """
                INSERT INTO power_matters (id, organisation_id, org_path, code, name, kind, legal_basis, benchmark,
                    no_penalty, light_penalty, active, updated_at)
                VALUES (\(bind: UUID()), \(bind: org.id), \(bind: org.path.value), 'MX-INSPECT', '矩阵检查', 'inspection',
                        '某法第一条', '{"ranges":[]}', \(bind: false), \(bind: false), \(bind: true), \(bind: now))
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO enterprise_inspections (id, organisation_id, org_path, client_id, matter_code, matter_name,
                    credit_code, enterprise_name, inspected_on, officers, kind, result, source, created_by, created_at)
                VALUES (\(bind: UUID()), \(bind: org.id), \(bind: org.path.value), 'MX-0', 'MX-INSPECT', '矩阵检查',
                        \(bind: matrixCode(key)), \(bind: "矩阵企业\(key)"), '2026-11-01', '[]', 'random', '无', 'api',
                        '测试', \(bind: now))
                """
            ).run()
        }

        /// A valid credit code per target organisation.
        static func matrixCode(_ key: String) -> String {
            let digit = ["hohhot": "1", "xincheng": "2", "erdos": "3", "elsewhere": "4"][key] ?? "5"
            return CreditCode.completing("91150100MX000000" + digit)!
        }

        static func key(of name: String) -> String {
            [hohhot: "hohhot", xincheng: "xincheng", erdos: "erdos", elsewhere: "elsewhere"][name] ?? ""
        }

        /// A plan of `owner` with one task for `org`, and a campaign of `owner` with one finding for `org`.
        static func work(for org: Organisation, key: String, owner: UUID, _ t: TestApp) async throws -> (UUID, UUID) {
            let actor = Actor.system("测试")
            let unit = "矩阵单位\(key)"
            let plan = try await PlanImport(db: t.db, scope: .system).commit(
                PlanImportRequest(
                    document: try PlanParser().parse("矩阵方案\n一、任务\n1.开展检查。2036年底前完成。（责任单位：\(unit)）"),
                    sourceName: "矩阵.txt", sourceSHA256: "-", referenceYear: 2036, organisationID: owner,
                    mappings: [unit: [org.id]]), by: actor)
            let ledger = TaskLedgerRepository(db: t.db, scope: .system, today: CivilDate(iso: "2026-12-01")!)
            let task = try #require(
                try await ledger.tasks(of: try await ledger.plan(plan.planID), PlanTaskFilter()).tasks.first)
            let inspections = InspectionRepository(
                db: t.db, scope: .system, today: CivilDate(iso: "2026-12-01")!, roles: [.admin])
            let campaign = try await inspections.createCampaign(
                InspectionCampaignInput(title: "矩阵督察", startedOn: "2026-11-01"), office: owner, by: actor)
            let finding = try await inspections.addFinding(
                to: campaign.id,
                InspectionFindingInput(
                    organisationID: org.id.uuidString, kind: "other", description: "矩阵问题", deadline: "2036-12-31"),
                by: actor)
            return (task.id, finding.id)
        }
    }

    @Test("access matrix", arguments: matrix, Channel.allCases)
    func access(_ row: Row, _ channel: Channel) async throws {
        try await TestApp.with { t in
            // given
            let fixture = try await Fixture.build(t)
            let name = Fixture.targetOrg(row.who, row.place)
            let org = try #require(fixture.orgs[name])
            let user = try #require(fixture.users[name])
            let token = try #require(fixture.tokens[name])
            let task = try #require(fixture.tasks[name])
            let finding = try #require(fixture.findings[name])
            let draft = try #require(fixture.drafts[name])
            let inspectionKey = Fixture.key(of: name)
            let expected = channel == .api ? row.api : row.page
            let browser = t.browser()
            var api = APIClient(app: t.app, token: nil)
            switch channel {
            case .page:
                let signIn = try await browser.signIn(row.who.rawValue)
                #expect(signIn.status == .seeOther)
            case .api:
                if row.who == .admin {
                    api = APIClient(app: t.app, token: try await APITests.adminToken(t))  // issued on the token page
                } else {
                    api = APIClient(app: t.app, token: try await t.issueToken(for: row.who.rawValue).secret)
                }
            }
            let before = try await t.snapshot()

            // when
            let response: TestingHTTPResponse
            switch (row.resource, row.action, channel) {
            case (.organisations, .read, .api): response = try await api.send(.GET, "/organisations/\(org.id)")
            case (.organisations, .read, .page): response = try await browser.get("/admin/orgs/\(org.id)")
            case (.organisations, .write, .api):
                response = try await api.send(
                    .PATCH, "/organisations/\(org.id)",
                    json:
                        #"{"name":"\#(org.name)（改）","shortName":"\#(org.shortName)","kind":"\#(org.kind.rawValue)"\#(org.creditCode.map { #","creditCode":"\#($0)""# } ?? "")}"#
                )
            case (.organisations, .write, .page):
                response = try await browser.post(
                    "/admin/orgs/\(org.id)",
                    [
                        ("name", org.name + "（改）"), ("shortName", org.shortName), ("kind", org.kind.rawValue),
                        ("creditCode", org.creditCode ?? ""), ("aliases", org.aliases.joined(separator: "、")),
                    ])
            case (.users, .read, .api): response = try await api.send(.GET, "/users/\(user.id)")
            case (.users, .read, .page): response = try await browser.get("/admin/users/\(user.id)")
            case (.users, .write, .api): response = try await api.send(.POST, "/users/\(user.id)/deactivate")
            case (.users, .write, .page): response = try await browser.post("/admin/users/\(user.id)/deactivate")
            case (.audit, _, .api): response = try await api.send(.GET, "/audit?entity=\(org.id.uuidString)")
            case (.audit, _, .page): response = try await browser.get("/admin/audit?entity=\(org.id.uuidString)")
            case (.tokens, .read, .api): response = try await api.send(.GET, "/tokens")
            case (.tokens, .read, .page): response = try await browser.get("/admin/tokens")
            case (.tokens, .write, .api): response = try await api.send(.DELETE, "/tokens/\(token.id)")
            case (.tokens, .write, .page): response = try await browser.post("/admin/tokens/\(token.id)/revoke")
            case (.tasks, .read, .api): response = try await api.send(.GET, "/plans/tasks/\(task)")
            case (.tasks, .read, .page): response = try await browser.get("/plans/tasks/\(task)")
            case (.tasks, .write, .api):
                response = try await api.send(
                    .POST, "/plans/tasks/\(task)/progress", json: #"{"body":"矩阵进展","status":"in_progress"}"#)
            case (.tasks, .write, .page):
                response = try await browser.post(
                    "/plans/tasks/\(task)/progress", [("body", "矩阵进展"), ("status", "in_progress")])
            case (.findings, .read, .api): response = try await api.send(.GET, "/inspections/findings/\(finding)")
            case (.findings, .read, .page): response = try await browser.get("/inspections/findings/\(finding)")
            case (.findings, .write, .api):
                response = try await api.send(
                    .POST, "/inspections/findings/\(finding)/actions", json: #"{"action":"report","body":"矩阵整改"}"#)
            case (.findings, .write, .page):
                response = try await browser.post(
                    "/inspections/findings/\(finding)/actions", [("action", "report"), ("body", "矩阵整改")])
            case (.drafts, .read, .api): response = try await api.send(.GET, "/normative/\(draft)")
            case (.drafts, .read, .page): response = try await browser.get("/normative/\(draft)")
            case (.drafts, .write, .api):
                response = try await api.send(.POST, "/normative/\(draft)/steps", json: #"{"action":"finish_draft"}"#)
            case (.drafts, .write, .page):
                response = try await browser.post("/normative/\(draft)/steps", [("action", "finish_draft")])
            case (.bodies, .read, .api): response = try await api.send(.GET, "/enforcement/bodies/\(org.id)")
            case (.bodies, .read, .page): response = try await browser.get("/enforcement/bodies/\(org.id)")
            case (.bodies, .write, .api):
                response = try await api.send(
                    .POST, "/enforcement/bodies/\(org.id)/officers",
                    json:
                        #"{"name":"矩阵人员","certificateNumber":"MATRIX0001","issuer":"测试","fields":"市场监管","validFrom":"2026-01-01","validTo":"2030-12-31"}"#
                )
            case (.bodies, .write, .page):
                response = try await browser.post(
                    "/enforcement/bodies/\(org.id)/officers",
                    [
                        ("name", "矩阵人员"), ("certificateNumber", "MATRIX0001"), ("issuer", "测试"), ("fields", "市场监管"),
                        ("validFrom", "2026-01-01"), ("validTo", "2030-12-31"),
                    ])
            case (.inspections, .read, .api):
                response = try await api.send(.GET, "/enforcement/inspections?q=\(Fixture.matrixCode(inspectionKey))")
            case (.inspections, .read, .page):
                response = try await browser.get("/enforcement/inspections?q=\(Fixture.matrixCode(inspectionKey))")
            case (.inspections, .write, .api):
                response = try await api.send(
                    .POST, "/enforcement/inspections",
                    json:
                        #"{"body":"\#(org.id)","clientId":"MX-1","matterCode":"MX-INSPECT","creditCode":"\#(Fixture.matrixCode(inspectionKey))","enterpriseName":"矩阵企业","date":"2026-11-20","officers":["MX\#(inspectionKey)1","MX\#(inspectionKey)2"],"kind":"special","result":"矩阵结果"}"#
                )
            case (.inspections, .write, .page):
                response = try await browser.post(
                    "/enforcement/inspections",
                    [
                        ("body", org.id.uuidString), ("clientId", "MX-1"), ("matterCode", "MX-INSPECT"),
                        ("creditCode", Fixture.matrixCode(inspectionKey)), ("enterpriseName", "矩阵企业"),
                        ("date", "2026-11-20"), ("officers", "MX\(inspectionKey)1 MX\(inspectionKey)2"),
                        ("kind", "special"), ("result", "矩阵结果"),
                    ])
            }
            let after = try await t.snapshot()

            // then
            let context = "\(row.testDescription) via \(channel.rawValue): \(response.status.code)"
            switch expected {
            case .forbidden:
                #expect(response.status == .forbidden, "\(context)")
                #expect(after == before, "\(context)")
                if channel == .api {
                    #expect(response.errorCode == "forbidden", "\(context)")
                } else {
                    #expect(response.text.contains("<h1>无权访问</h1>"), "\(context)")
                }
            case .notFound:
                #expect(response.status == .notFound, "\(context)")
                #expect(after == before, "\(context)")
                if channel == .api {
                    #expect(response.errorCode == "not_found", "\(context)")
                } else {
                    #expect(response.text.contains("<h1>页面不存在</h1>"), "\(context)")
                }
            case .hidden:
                #expect(response.status == .ok, "\(context)")
                #expect(after == before, "\(context)")
                switch row.resource {
                case .audit where channel == .api: #expect(response.object?["total"] as? Int == 0, "\(context)")
                case .audit: #expect(response.text.contains("共 0 条记录"), "\(context)")
                case .tokens where channel == .api: #expect(!response.text.contains(token.id.uuidString), "\(context)")
                case .inspections: #expect(!response.text.contains("矩阵企业\(inspectionKey)"), "\(context)")
                default: #expect(!response.text.contains(token.name), "\(context)")
                }
            case .allowed:
                switch (row.action, channel) {
                case (.read, _): #expect(response.status == .ok, "\(context)")
                case (.write, .page): #expect(response.status == .seeOther, "\(context)")
                case (.write, .api):
                    let status: HTTPResponseStatus =
                        switch row.resource {
                        case .tokens: .noContent
                        case .bodies, .inspections: .created
                        default: .ok
                        }
                    #expect(response.status == status, "\(context)")
                }
                switch (row.resource, row.action) {
                case (.organisations, .read): #expect(response.text.contains(org.name), "\(context)")
                case (.users, .read): #expect(response.text.contains(user.username), "\(context)")
                case (.audit, _):
                    if channel == .api {
                        #expect((response.object?["total"] as? Int ?? 0) > 0, "\(context)")
                    } else {
                        #expect(response.text.contains(String(org.id.uuidString.prefix(8))), "\(context)")
                    }
                case (.tokens, .read):
                    #expect(response.text.contains(channel == .api ? token.id.uuidString : token.name), "\(context)")
                case (.organisations, .write):
                    #expect(after.organisations.first { $0.id == org.id }?.name == org.name + "（改）", "\(context)")
                    #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
                case (.users, .write):
                    #expect(after.users.first { $0.id == user.id }?.active == false, "\(context)")
                    #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
                case (.tokens, .write):
                    #expect(after.tokens.contains("\(token.id) revoked=true"), "\(context)")
                    #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
                case (.tasks, .read): #expect(response.text.contains("开展检查"), "\(context)")
                case (.findings, .read): #expect(response.text.contains("矩阵问题"), "\(context)")
                case (.drafts, .read): #expect(response.text.contains("矩阵草案"), "\(context)")
                case (.bodies, .read): #expect(response.text.contains(org.name), "\(context)")
                case (.bodies, .write):
                    #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
                    let officers = try await EnforcementMasterDataRepository(
                        db: t.db, scope: .system, today: CivilDate(iso: "2026-12-01")!, roles: []
                    ).officers(of: org.id)
                    #expect(officers.contains { $0.name == "矩阵人员" }, "\(context)")
                case (.inspections, .read): #expect(response.text.contains("矩阵企业\(inspectionKey)"), "\(context)")
                case (.inspections, .write):
                    #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
                    let stored = try await (t.db as! any SQLDatabase).raw(
                        "SELECT COUNT(*) AS n FROM enterprise_inspections WHERE client_id = 'MX-1'"
                    ).first()?.decode(column: "n", as: Int.self)
                    #expect(stored == 1, "\(context)")
                case (.tasks, .write), (.findings, .write), (.drafts, .write):
                    #expect(after.reports == before.reports + 1, "\(context)")
                    #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
                }
            }
        }
    }

    @Test("the organisation list holds exactly the user's scope", arguments: Who.allCases)
    func listIsScope(_ who: Who) async throws {
        try await TestApp.with { t in
            // given
            let fixture = try await Fixture.build(t)
            let member = try await t.member(who.rawValue)
            let expected = try await OrganisationRepository(db: t.db, scope: member.scope).list().map(\.id.uuidString)
            let api = APIClient(app: t.app, token: try await t.issueToken(for: who.rawValue).secret)
            // when
            let response = try await api.send(.GET, "/organisations")
            // then
            #expect(response.status == .ok)
            let ids = try #require(response.array).compactMap { $0["id"] as? String }
            #expect(ids.map { $0.uppercased() } == expected.map { $0.uppercased() })
            // The procuratorate's general scope is its own organisation: 新城区's agencies are visible to it only
            // through transfers.
            if who != .procurator {
                #expect(ids.contains(fixture.orgs[Fixture.targetOrg(who, .inside)]!.id.uuidString))
            }
            #expect(!ids.contains(fixture.orgs[Fixture.targetOrg(who, .outside)]!.id.uuidString))
            let counts: [Who: Int] = [.legal: 1, .officer: 1, .procurator: 1]
            if let count = counts[who] { #expect(ids.count == count) }
        }
    }

    @Test("an administrator can issue tokens only for organisations in scope; other roles not at all")
    func issueLimits() async throws {
        try await TestApp.with { t in
            // given
            let fixture = try await Fixture.build(t)
            let admin = APIClient(app: t.app, token: try await APITests.adminToken(t))
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let elsewhere = fixture.orgs[Fixture.elsewhere]!
            let hohhot = fixture.orgs[Fixture.hohhot]!
            let before = try await t.snapshot()
            // when
            let outside = try await admin.send(
                .POST, "/tokens", json: #"{"name":"越权","organisationID":"\#(elsewhere.id)"}"#)
            let byJustice = try await justice.send(
                .POST, "/tokens", json: #"{"name":"越权","organisationID":"\#(hohhot.id)"}"#)
            let after = try await t.snapshot()
            let inside = try await admin.send(
                .POST, "/tokens", json: #"{"name":"对接","organisationID":"\#(hohhot.id)"}"#)
            // then
            #expect(outside.status == .unprocessableEntity)
            #expect(outside.errorFields == ["organisationID"])
            #expect(byJustice.status == .forbidden)
            #expect(after == before)
            #expect(inside.status == .created)
            let secret = try #require(inside.object?["secret"] as? String)
            let me = try await APIClient(app: t.app, token: secret).send(.GET, "/me")
            #expect((me.object?["scopeRootID"] as? String)?.uppercased() == hohhot.id.uuidString)
        }
    }
}
