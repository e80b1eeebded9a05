import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// What `fazhi witness serve` runs: the witness's key and logs, where it keeps its state, where it listens.
public struct WitnessServerConfig: Sendable {
    public var witness: Witness
    public var storage: AppConfig.Storage
    public var host: String
    public var port: Int

    public init(witness: Witness, storage: AppConfig.Storage, host: String = "127.0.0.1", port: Int = 8090) {
        self.witness = witness
        self.storage = storage
        self.host = host
        self.port = port
    }
}

/// The composition root of a witness (C2SP tlog-witness): its own small database (only `witness_checkpoints`)
/// and two routes, nothing of the platform. Another institution — a procuratorate, a people's congress office —
/// runs it to vouch that the log it watches never rewrites its past.
public func configureWitness(_ app: Application, _ config: WitnessServerConfig) async throws {
    try await useStorage(config.storage, migrations: FazhiMigrations.witness, autoMigrate: true, on: app)
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    try app.register(collection: WitnessController(witness: config.witness))
}

/// `POST /add-checkpoint` as tlog-witness defines it, and `GET /`, a plain-text summary for the operator and the
/// logs' administrators: the witness's name and cosigner key, and each followed log's latest cosigned size.
struct WitnessController: RouteCollection {
    let witness: Witness

    func boot(routes: any RoutesBuilder) throws {
        routes.on(
            .POST, "add-checkpoint", body: .collect(maxSize: ByteCount(value: AddCheckpointRequest.maximumBodySize)),
            use: addCheckpoint)
        routes.get(use: summary)
    }

    func addCheckpoint(_ req: Request) async throws -> Response {
        let body = req.body.data.map { Array($0.readableBytesView) } ?? []
        do {
            let request = try AddCheckpointRequest(parsing: body)
            let cosignature = try await WitnessStore(db: req.db).addCheckpoint(request, witness: witness)
            return plain(.ok, cosignature.line + "\n")
        } catch let refusal as WitnessRefusal {
            switch refusal {
            case .rootMismatch, .inconsistent:
                // Possible evidence of a log misbehaving: keep what it sent (tlog-witness allows logging it).
                req.logger.warning(
                    "见证拒绝副署：\(refusal.message)\n\(String(decoding: body.prefix(8192), as: UTF8.self))")
            default:
                req.logger.info("见证拒绝副署：\(refusal.message)")
            }
            return plain(HTTPStatus(statusCode: refusal.status), refusal.body, type: refusal.contentType)
        }
    }

    func summary(_ req: Request) async throws -> Response {
        let records = Dictionary(
            try await WitnessStore(db: req.db).all().map { ($0.origin, $0) }
        ) { first, _ in first }
        let lines =
            [
                "法治见证方 (Fazhi witness, C2SP tlog-witness)", "name: \(witness.signer.name)",
                "vkey: \(witness.signer.verifier.vkey)", "logs:",
            ]
            + witness.origins.map { origin in
                let size = records[origin].map { "已副署至树大小 \($0.size)" } ?? "尚未副署"
                return "  \(origin) — \(size)"
            }
        return plain(.ok, lines.joined(separator: "\n") + "\n")
    }

    private let plainText = "text/plain; charset=utf-8"

    private func plain(_ status: HTTPStatus, _ text: String, type: String? = nil) -> Response {
        var headers = HTTPHeaders()
        headers.add(name: .contentType, value: type ?? plainText)
        headers.add(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: text))
    }
}
