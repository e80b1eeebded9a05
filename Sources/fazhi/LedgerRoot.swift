import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi ledger root`: the RFC 6962 / RFC 9162 tree head of leaves given in a file, for cross-checking our hashing
/// against other implementations (scripts/ledger/interop.sh compares it with pymerkle's).
struct LedgerRoot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "root",
        abstract: "Print the RFC 6962 tree head (hex) of the leaves in a file, one leaf per line in hex.",
        discussion: """
            Each line of the file is one leaf's data in hexadecimal (an empty line is an empty leaf). Prints one line
            "SIZE ROOT" per --size (default: the whole file), ROOT being MTH(D[0:SIZE]) in lowercase hex. No database.
            """)

    @ArgumentParser.Option(help: "The file of leaves, one per line in hex.") var leaves: String
    @ArgumentParser.Option(help: "A tree size to print the head of (repeatable; default every leaf in the file).")
    var size: [UInt64] = []

    func run() throws {
        guard let data = FileManager.default.contents(atPath: leaves) else {
            throw CommandFailure("无法读取文件 \(leaves)")
        }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }  // the newline that ends the last line
        var tree = MerkleTree()
        for (number, line) in lines.enumerated() {
            guard let leaf = LedgerHex.decode(line.trimmingCharacters(in: .whitespaces)) else {
                throw CommandFailure("第 \(number + 1) 行不是十六进制：\(line.prefix(40))")
            }
            tree.append(data: leaf)
        }
        for treeSize in size.isEmpty ? [tree.size] : size {
            guard treeSize <= tree.size else { throw CommandFailure("文件只有 \(tree.size) 个叶子，没有大小 \(treeSize)") }
            print("\(treeSize) \(try tree.rootHash(treeSize: treeSize).hex)")
        }
    }
}
