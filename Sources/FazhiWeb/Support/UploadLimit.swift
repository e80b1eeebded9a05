import Vapor

/// The largest file upload (a multipart form) the routes that take files accept: a plan document, or a progress
/// report with scanned evidence (up to 20 MB a file). Every other body stays within `AppConfig.maxBodySize`. The
/// CSRF check reads a multipart body up to this size to find its token.
enum UploadLimit {
    static let maximum: ByteCount = "25mb"
}
