import FazhiStore
import Foundation
import NIOConcurrencyHelpers
import Plot

/// The workbench's audit rows, rendered once each. An audit entry never changes after it is written, so its row
/// is the same HTML on every visit; the workbench shows the newest eight on every load, and rendering them was
/// the largest part of the page. Bounded: past `capacity` rows the cache starts over.
final class AuditRowCache: Sendable {
    static let shared = AuditRowCache()

    private let rows = NIOLockedValueBox<[UUID: String]>([:])
    private let capacity: Int

    init(capacity: Int = 4096) { self.capacity = capacity }

    func row(for entry: AuditSummary) -> String {
        if let html = rows.withLockedValue({ $0[entry.id] }) { return html }
        let html = AuditTable.row(entry).render()
        rows.withLockedValue { rows in
            if rows.count >= capacity { rows.removeAll(keepingCapacity: true) }
            rows[entry.id] = html
        }
        return html
    }
}
