/// Verifies a tiled log from the outside, as `fazhi ledger verify` does: nothing the log serves is trusted until
/// it is tied to a checkpoint signed by a trusted key.
///
/// 1. The checkpoint's signature and origin (C2SP signed-note, tlog-checkpoint).
///    Optionally the witnesses' cosignatures on it (C2SP tlog-cosignature), at least a quorum of them.
/// 2. The root hash recomputed from the tiles (C2SP tlog-tiles), which proves the tiles are the signed tree.
/// 3. Optionally every entry: each entry bundle hashed and the whole tree rebuilt from the leaves, then every tile
///    compared with that tree.
/// 4. Optionally a checkpoint saved earlier: same log, and the new tree extends it (RFC 9162 §2.1.4 consistency).
/// 5. Optionally a receipt: its own checks (``ReceiptCheck``), its checkpoint consistent with the current one, and
///    its leaf still at its index in the log.
public enum TiledLogCheck {
    public struct Options: Sendable {
        /// The signed note of a checkpoint seen before, to check the log has only grown since.
        public var previousCheckpoint: String?
        /// A receipt's JSON, and optionally the record it is for.
        public var receiptJSON: [UInt8]?
        public var record: [UInt8]?
        /// Fetch every entry bundle and rebuild the tree from the entries.
        public var allEntries = false
        /// The witnesses whose cosignatures the checkpoint must carry; nil: not checked.
        public var witnesses: CosignaturePolicy?

        public init(
            previousCheckpoint: String? = nil, receiptJSON: [UInt8]? = nil, record: [UInt8]? = nil,
            allEntries: Bool = false, witnesses: CosignaturePolicy? = nil
        ) {
            self.previousCheckpoint = previousCheckpoint
            self.receiptJSON = receiptJSON
            self.record = record
            self.allEntries = allEntries
            self.witnesses = witnesses
        }
    }

    public struct Result: Sendable {
        public var steps: [VerificationStep]
        /// The verified checkpoint note, to save for the next run's consistency check.
        public var checkpointNote: String?
        public var checkpoint: Checkpoint?
    }

    public static func run(
        source: TiledLogSource, verifiers: NoteVerifierSet, origin: String?, options: Options = Options()
    ) async -> Result {
        var steps: [VerificationStep] = []
        guard let (note, checkpoint) = await fetchCheckpoint(source, verifiers, origin, &steps) else {
            return Result(steps: steps, checkpointNote: nil, checkpoint: nil)
        }
        if let policy = options.witnesses { steps.append(policy.check(note)) }
        await checkRoot(source, checkpoint, &steps)
        if options.allEntries { await checkEntries(source, checkpoint, &steps) }
        if let previous = options.previousCheckpoint {
            await checkPrevious(previous, source, checkpoint, verifiers, &steps)
        }
        if let receiptJSON = options.receiptJSON {
            await checkReceipt(receiptJSON, options.record, source, checkpoint, verifiers, &steps)
        }
        return Result(steps: steps, checkpointNote: note, checkpoint: checkpoint)
    }

    private static func fetchCheckpoint(
        _ source: TiledLogSource, _ verifiers: NoteVerifierSet, _ origin: String?, _ steps: inout [VerificationStep]
    ) async -> (String, Checkpoint)? {
        let text: String
        do {
            text = String(decoding: try await source.require("checkpoint"), as: UTF8.self)
        } catch {
            steps.append(.failed("获取检查点", String(describing: error)))
            return nil
        }
        do {
            let (checkpoint, verified) = try Checkpoint.open(text, verifiers: verifiers, origin: origin)
            let signers = verified.verifiedSignatures.map(\.name).joined(separator: "、")
            steps.append(
                .passed(
                    "检查点签名",
                    "日志 \(checkpoint.origin)，树大小 \(checkpoint.size)，根哈希 \(checkpoint.rootHash.base64)，由 \(signers) 签名"))
            return (text, checkpoint)
        } catch {
            steps.append(.failed("检查点签名", error.message))
            return nil
        }
    }

    private static func checkRoot(
        _ source: TiledLogSource, _ checkpoint: Checkpoint, _ steps: inout [VerificationStep]
    ) async {
        let plan = MerkleProofPlan.root(treeSize: checkpoint.size)
        do {
            let reader = try await source.hashReader(treeSize: checkpoint.size, nodes: plan.nodes)
            let root = try reader.rootHash(treeSize: checkpoint.size)
            if root == checkpoint.rootHash {
                let tiles = try TileLayout.tiles(holding: plan.nodes, treeSize: checkpoint.size).count
                steps.append(.passed("由瓦片重算根哈希", "\(tiles) 个瓦片推出的根哈希与检查点一致"))
            } else {
                steps.append(.failed("由瓦片重算根哈希", "瓦片推出的根哈希 \(root.base64) 与检查点不符"))
            }
        } catch {
            steps.append(.failed("由瓦片重算根哈希", String(describing: error)))
        }
    }

    private static func checkEntries(
        _ source: TiledLogSource, _ checkpoint: Checkpoint, _ steps: inout [VerificationStep]
    ) async {
        var tree = MerkleTree()
        do {
            for tile in TileLayout.tiles(treeSize: checkpoint.size) where tile.level == 0 {
                let bundle = EntryBundleID(index: tile.index, width: tile.width)
                let entries = try EntryBundle.decode(try await source.require(bundle.path), as: bundle)
                for entry in entries { tree.append(data: entry) }
            }
        } catch {
            steps.append(.failed("逐条核对条目", String(describing: error)))
            return
        }
        if tree.size == checkpoint.size, tree.rootHash == checkpoint.rootHash {
            steps.append(.passed("逐条核对条目", "\(tree.size) 个条目重建的树与检查点一致"))
            await checkTiles(source, checkpoint, tree, &steps)
        } else {
            steps.append(.failed("逐条核对条目", "由条目重建的树根 \(tree.rootHash.base64) 与检查点不符"))
        }
    }

    /// Every tile against the tree rebuilt from the entries. The root check reads only the tiles on the right edge,
    /// so a log could serve correct entries and a wrong full tile, and readers' inclusion proofs built from that
    /// tile would fail; with every entry in hand, every tile can be checked.
    private static func checkTiles(
        _ source: TiledLogSource, _ checkpoint: Checkpoint, _ tree: MerkleTree, _ steps: inout [VerificationStep]
    ) async {
        let title = "逐个核对瓦片"
        let tiles = TileLayout.tiles(treeSize: checkpoint.size)
        do {
            for tile in tiles {
                let served: [MerkleHash]
                let full = TileID(level: tile.level, index: tile.index)
                if let bytes = try await source.fetch(tile.path) {
                    served = try TileLayout.decode(bytes, as: tile)
                } else if tile.isPartial, let bytes = try await source.fetch(full.path) {
                    // A full tile in place of a partial one that is gone, as C2SP tlog-tiles allows: its first hashes.
                    served = Array(try TileLayout.decode(bytes, as: full).prefix(tile.width))
                } else {
                    throw TiledLogSourceError.missing(path: tile.path, in: source.location)
                }
                guard served == (try TileLayout.hashes(of: tile, from: tree)) else {
                    steps.append(.failed(title, "瓦片 \(tile.path) 与由条目重建的树不符"))
                    return
                }
            }
            steps.append(.passed(title, "\(tiles.count) 个瓦片与由条目重建的树一致"))
        } catch {
            steps.append(.failed(title, String(describing: error)))
        }
    }

    private static func checkPrevious(
        _ previous: String, _ source: TiledLogSource, _ current: Checkpoint, _ verifiers: NoteVerifierSet,
        _ steps: inout [VerificationStep]
    ) async {
        let title = "与保存的检查点一致"
        let old: Checkpoint
        do {
            old = try Checkpoint.open(previous, verifiers: verifiers, origin: current.origin).checkpoint
        } catch {
            steps.append(.failed(title, "保存的检查点无效：\(error.message)"))
            return
        }
        steps.append(await consistency(title, from: old, to: current, source: source))
    }

    /// Whether the tree of `current` extends the tree of `old`, with the proof rebuilt from the tiles.
    static func consistency(
        _ title: String, from old: Checkpoint, to current: Checkpoint, source: TiledLogSource
    ) async -> VerificationStep {
        if old.size > current.size {
            return .failed(title, "日志变小了：保存的检查点大小 \(old.size)，当前 \(current.size)（日志被回滚或分叉）")
        }
        if old.size == current.size {
            return old.rootHash == current.rootHash
                ? .passed(title, "大小相同（\(old.size)），根哈希相同")
                : .failed(title, "大小相同（\(old.size)）而根哈希不同：日志分叉")
        }
        if old.size == 0 { return .passed(title, "保存的检查点是空树，任何树都是它的延续") }
        do {
            let plan = try MerkleProofPlan.consistency(oldSize: old.size, newSize: current.size)
            let reader = try await source.hashReader(treeSize: current.size, nodes: plan.nodes)
            let proof = try reader.consistencyProof(oldSize: old.size, newSize: current.size)
            try proof.verify(oldRoot: old.rootHash, newRoot: current.rootHash)
            return .passed(title, "一致性证明（RFC 9162 §2.1.4）：大小 \(old.size) 的树是大小 \(current.size) 的树的前缀，日志只增未改")
        } catch let error as MerkleProofError {
            return .failed(title, "一致性证明无效：\(error.message)（日志被改写）")
        } catch {
            return .failed(title, String(describing: error))
        }
    }

    private static func checkReceipt(
        _ json: [UInt8], _ record: [UInt8]?, _ source: TiledLogSource, _ current: Checkpoint,
        _ verifiers: NoteVerifierSet, _ steps: inout [VerificationStep]
    ) async {
        let result = ReceiptCheck.run(receiptJSON: json, record: record, verifiers: verifiers, origin: current.origin)
        steps.append(
            contentsOf: result.steps.map { step in
                var step = step
                step.title = "凭证·" + step.title
                return step
            })
        guard let receipt = result.receipt, let signed = result.checkpoint else { return }
        steps.append(await consistency("凭证·与当前检查点一致", from: signed, to: current, source: source))
        guard receipt.entryIndex < current.size else { return }
        do {
            let reader = try await source.hashReader(treeSize: current.size, nodes: [.leaf(receipt.entryIndex)])
            let served = try reader.hash(of: .leaf(receipt.entryIndex))
            steps.append(
                served == receipt.leafHash
                    ? .passed("凭证·条目仍在日志中", "日志第 \(receipt.entryIndex) 条的叶哈希与凭证相同")
                    : .failed("凭证·条目仍在日志中", "日志第 \(receipt.entryIndex) 条的叶哈希与凭证不同"))
        } catch {
            steps.append(.failed("凭证·条目仍在日志中", String(describing: error)))
        }
    }
}
