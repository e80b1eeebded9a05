import Foundation

/// A problem with one input field, with a message for the user in Chinese.
public struct FieldError: Sendable, Equatable, Codable {
    public let field: String
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// Every failure the domain reports. The web layer maps each case once to a status code
/// (see `DomainError+HTTP.swift` in FazhiWeb); messages are shown to users as they are.
public enum DomainError: Error, Sendable, Equatable {
    /// Input that breaks a rule, field by field (422).
    case invalid([FieldError])
    /// Input that cannot be read at all (400).
    case malformed(String)
    /// Not signed in, or the credentials are wrong (401).
    case unauthenticated(String)
    /// Signed in, but this is outside the user's roles or organisation subtree (403).
    case forbidden(String)
    /// No such thing, or the user may not know it exists (404).
    case notFound(String)
    /// The thing is in a state that does not allow this (409).
    case conflict(String)
    /// Too many attempts; try again later (429).
    case throttled(String)

    public static func invalid(_ field: String, _ message: String) -> DomainError {
        .invalid([FieldError(field, message)])
    }

    /// A summary sentence for the user.
    public var message: String {
        switch self {
        case .invalid(let fields): fields.count == 1 ? fields[0].message : "提交的内容有\(fields.count)处需要修改"
        case .malformed(let m), .unauthenticated(let m), .forbidden(let m), .notFound(let m), .conflict(let m),
            .throttled(let m):
            m
        }
    }

    public var fields: [FieldError] {
        if case .invalid(let fields) = self { return fields }
        return []
    }
}

/// Collects field errors while validating a form or a JSON body, then throws them together.
public struct Validation: Sendable {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public mutating func add(_ field: String, _ message: String) { errors.append(FieldError(field, message)) }

    /// Checks a required text and returns it trimmed; records an error when it is empty or too long.
    public mutating func text(_ field: String, _ value: String?, label: String, maxLength: Int = 200) -> String {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            add(field, "请填写\(label)")
        } else if trimmed.count > maxLength {
            add(field, "\(label)不能超过\(maxLength)个字")
        }
        return trimmed
    }

    public func check() throws(DomainError) {
        if !errors.isEmpty { throw .invalid(errors) }
    }
}
