import FazhiCore

/// What `fazhi ledger audit` found: every row of the ledger and audit tables that is not what the log recorded.
public struct LedgerAuditReport: Sendable {
    /// How a row departs from the log.
    public enum Kind: String, Sendable, CaseIterable {
        /// The row exists but its content is not what was logged.
        case altered
        /// A row the log needs is gone.
        case removed
        /// A row the log never wrote.
        case inserted
    }

    public struct Finding: Sendable, Equatable {
        public let kind: Kind
        /// The table and row, e.g. `ledger_entries idx=17`.
        public let row: String
        public let message: String

        public init(_ kind: Kind, _ row: String, _ message: String) {
            self.kind = kind
            self.row = row
            self.message = message
        }

        public var line: String {
            let label =
                switch kind {
                case .altered: "篡改 altered"
                case .removed: "删除 removed"
                case .inserted: "插入 inserted"
                }
            return "[\(label)] \(row)：\(message)"
        }
    }

    /// Entries in the log (one past the highest index found).
    public var size: UInt64 = 0
    public var checkpointsChecked = 0
    /// Checkpoints whose signature was checked against the log's key (0 when no key was given).
    public var signaturesChecked = 0
    public var auditRowsChecked = 0
    /// Audit rows not yet logged: normal while the server runs (the outbox sends them within seconds).
    public var pendingAuditRows = 0
    public var findings: [Finding] = []

    public init() {}

    public var isClean: Bool { findings.isEmpty }

    mutating func add(_ kind: Kind, _ row: String, _ message: String) {
        findings.append(Finding(kind, row, message))
    }

    public func findings(of kind: Kind) -> [Finding] { findings.filter { $0.kind == kind } }
}
