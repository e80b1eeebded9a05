import Foundation

/// The evidence-log entry (存证条目) for one audit record: what the public log holds so that anyone can later check
/// that the record existed, unaltered, at its place in the log.
///
/// It is the RFC 8785 canonical JSON of
///
/// ```json
/// {"action":"user.update","actor":"<commitment>","after":"<commitment>","at":"2026-03-02T08:15:30.123Z",
///  "before":"<commitment>","entityID":"…","entityType":"user","id":"<audit record id>",
///  "orgPath":"/…/","type":"audit","v":1}
/// ```
///
/// Who acted and the record's content before and after are personal or confidential, so the log carries salted
/// SHA-256 commitments (``Commitment``) to them instead. The salts stay with the audit row; whoever holds the row
/// (the agency, a court) can open a commitment to show that a given text is what was logged, and nobody else can
/// learn the text from the log by guessing. `before` or `after` is `null` when the record did not exist before
/// (creation) or after; that fact is not secret. Identifiers, the action and the organisation path are public
/// facts of the administration and stay readable, so that a monitor can count and check what the log contains.
public struct AuditLeaf: Sendable, Equatable {
    /// The value of `"type"`; a different leaf format would be a different type or version.
    public static let type = "audit"
    public static let version = 1

    public var id: String
    /// Milliseconds since 1970-01-01T00:00:00Z: the precision both databases keep exactly.
    public var atMilliseconds: Int64
    public var action: String
    public var entityType: String
    public var entityID: String
    public var orgPath: String
    /// The acting user's id (nil for the system) and display name, committed to together.
    public var actorID: String?
    public var actorName: String
    public var before: String?
    public var after: String?
    public var salts: AuditSalts

    public init(
        id: String, atMilliseconds: Int64, action: String, entityType: String, entityID: String, orgPath: String,
        actorID: String?, actorName: String, before: String?, after: String?, salts: AuditSalts
    ) {
        self.id = id
        self.atMilliseconds = atMilliseconds
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.orgPath = orgPath
        self.actorID = actorID
        self.actorName = actorName
        self.before = before
        self.after = after
        self.salts = salts
    }

    /// The text committed to for the actor: canonical JSON `{"id":…,"name":…}`.
    public var actorText: String {
        let value: JSONValue = ["id": actorID.map(JSONValue.string) ?? .null, "name": .string(actorName)]
        // Strings and null only: canonicalisation cannot fail.
        return (try? CanonicalJSON.string(value)) ?? ""
    }

    public var actorCommitment: Commitment { Commitment.commit(to: actorText, salt: salts.actor) }
    public var beforeCommitment: Commitment? { before.map { Commitment.commit(to: $0, salt: salts.before) } }
    public var afterCommitment: Commitment? { after.map { Commitment.commit(to: $0, salt: salts.after) } }

    /// The leaf as a JSON value.
    public var json: JSONValue {
        [
            "type": .string(Self.type), "v": .number(Double(Self.version)), "id": .string(id),
            "at": .string(Self.timestamp(milliseconds: atMilliseconds)), "action": .string(action),
            "entityType": .string(entityType), "entityID": .string(entityID), "orgPath": .string(orgPath),
            "actor": .string(actorCommitment.hex),
            "before": beforeCommitment.map { .string($0.hex) } ?? .null,
            "after": afterCommitment.map { .string($0.hex) } ?? .null,
        ]
    }

    /// The entry bytes that go into the log: the canonical JSON of ``json``.
    public var bytes: [UInt8] {
        // Only strings, null and a small integer: canonicalisation cannot fail.
        (try? CanonicalJSON.encode(json)) ?? []
    }

    /// Milliseconds since the epoch for `date`, rounded to the nearest millisecond.
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// RFC 3339 in UTC with milliseconds, e.g. `2026-03-02T08:15:30.123Z`, computed without calendars or locales.
    public static func timestamp(milliseconds: Int64) -> String {
        let (seconds, millis) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let adjustedSeconds = millis < 0 ? seconds - 1 : seconds
        let adjustedMillis = millis < 0 ? millis + 1000 : millis
        let (days, secondOfDay) = adjustedSeconds.quotientAndRemainder(dividingBy: 86_400)
        let dayNumber = secondOfDay < 0 ? days - 1 : days
        let second = secondOfDay < 0 ? secondOfDay + 86_400 : secondOfDay
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let date = CivilDate(dayNumber: Int(dayNumber))
        return "\(date.iso)T\(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2)):\(pad(second % 60, 2))."
            + "\(pad(adjustedMillis, 3))Z"
    }
}

/// The three salts that hide an audit record's actor and contents in its log entry. Each commitment has its own,
/// so opening one (say, `after` to a court) reveals nothing about the others.
public struct AuditSalts: Sendable, Equatable {
    public var actor: CommitmentSalt
    public var before: CommitmentSalt
    public var after: CommitmentSalt

    public init(actor: CommitmentSalt, before: CommitmentSalt, after: CommitmentSalt) {
        self.actor = actor
        self.before = before
        self.after = after
    }

    /// Fresh salts from the system's secure random generator.
    public static func random() -> AuditSalts {
        AuditSalts(actor: .random(), before: .random(), after: .random())
    }
}
