// The tests' SQLite databases: one throw-away file per test, in RAM when the machine has room there.
//
// Why not SQLiteKit's `.memory`: its SQLite is built without shared cache, so it fakes an in-memory database with a
// file in the temporary directory, in rollback-journal mode, synced to disk at every commit and never removed. Under
// the whole suite that cost a third of the CPU time in the file system (a journal file created and deleted per
// transaction, each commit waiting for the disk) and left some 2 GB of files in /tmp per run.
import Foundation

public enum ScratchSQLite {
    /// RAM-backed storage holds the files when it has room for a whole suite's at once (about a thousand tests run
    /// concurrently, a few MB each); otherwise the temporary directory does.
    static let directory: String = {
        var stats = statvfs()
        if statvfs("/dev/shm", &stats) == 0, access("/dev/shm", W_OK) == 0,
            UInt64(stats.f_bavail) * UInt64(stats.f_frsize) >= 4 << 30
        {
            return "/dev/shm"
        }
        return FileManager.default.temporaryDirectory.path
    }()

    /// Runs `body` with the path of a new database file, removed afterwards in every case. The caller opens it in
    /// WAL mode, as a server opens its file.
    public static func with<T>(_ body: (String) async throws -> T) async throws -> T {
        let path = newPath()
        defer { remove(path) }
        return try await body(path)
    }

    /// The path of a new database file, for a caller that cannot scope it with `with`; give it to `remove`.
    public static func newPath() -> String { "\(directory)/fazhi-test-\(getpid())-\(UUID().uuidString).sqlite" }

    /// Removes the database file and its -wal, -shm and -journal files.
    public static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
