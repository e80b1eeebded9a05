import Foundation

/// Who performs a write, as the audit trail names them.
public struct Actor: Sendable, Equatable {
    public let userID: UUID?
    public let name: String
    public let requestID: String?

    public init(userID: UUID?, name: String, requestID: String? = nil) {
        self.userID = userID
        self.name = name
        self.requestID = requestID
    }

    /// A command-line or background task acting on its own authority.
    public static func system(_ task: String) -> Actor { Actor(userID: nil, name: "系统：\(task)") }
}
