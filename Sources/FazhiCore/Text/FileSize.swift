/// File sizes as messages to users give them.
enum FileSize {
    /// `bytes` in megabytes with one decimal, rounded: "6.0 MB".
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
