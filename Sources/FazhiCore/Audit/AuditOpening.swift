/// 证明材料: what the holder of an audit record hands to a court or an inspector to prove what the commitments in
/// its log entry hide — the logged record, and for each committed field the value and its salt.
///
/// With the receipt of the same entry this proves, offline: the log contains this record at this index, and the
/// actor and the record's content before and after are exactly these. A field may be left out of the file to keep
/// it undisclosed; that field is then reported as not opened.
public struct AuditOpening: Codable, Sendable, Equatable {
    public struct Field: Codable, Sendable, Equatable {
        /// The committed text; nil when the record had none (a creation has no `before`).
        public var value: String?
        public var salt: CommitmentSalt

        public init(value: String?, salt: CommitmentSalt) {
            self.value = value
            self.salt = salt
        }
    }

    public var entryIndex: UInt64
    /// The log entry as logged (canonical JSON): its leaf hash is what the receipt proves.
    public var record: String
    public var actor: Field?
    public var before: Field?
    public var after: Field?

    public init(leaf: AuditLeaf, entryIndex: UInt64) {
        self.entryIndex = entryIndex
        record = String(decoding: leaf.bytes, as: UTF8.self)
        actor = Field(value: leaf.actorText, salt: leaf.salts.actor)
        before = Field(value: leaf.before, salt: leaf.salts.before)
        after = Field(value: leaf.after, salt: leaf.salts.after)
    }

    /// Checks each opened field against the commitment in the record.
    public func check() -> [VerificationStep] {
        guard let json = try? JSONValue(parsing: record), json["type"]?.stringValue == AuditLeaf.type else {
            return [.failed("开启承诺", "证明材料中的记录不是审计记录的存证")]
        }
        return [("actor", "操作人", actor), ("before", "变更前内容", before), ("after", "变更后内容", after)].map {
            key, label, field in
            let title = "开启承诺·\(label)"
            guard let field else { return .skipped(title, "未提供，不公开") }
            switch (json[key], field.value) {
            case (.null?, nil): return .passed(title, "记录中为空（null），与所述一致")
            case (.string(let hex)?, let value?):
                guard let commitment = Commitment(hex: hex) else { return .failed(title, "记录中的承诺格式错误") }
                return commitment.matches(value, salt: field.salt)
                    ? .passed(title, "「\(value)」加盐后与记录中的承诺 \(hex.prefix(16))… 一致")
                    : .failed(title, "所述内容或盐值与记录中的承诺不符")
            default: return .failed(title, "所述内容与记录不符（一方为空）")
            }
        }
    }
}
