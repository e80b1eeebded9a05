import AsyncHTTPClient
import FazhiCore
import NIOCore
import NIOHTTP1

/// Sends `add-checkpoint` requests over HTTP(S) with the shared client, keeping connections alive between
/// checkpoints as tlog-witness recommends.
struct HTTPWitnessTransport: WitnessTransport {
    /// A witness that does not answer within this time counts as not cosigning this round. The client keeps
    /// retrying a refused connection until then, so a witness that is down costs the checkpoint loop this long;
    /// the audit outbox waits meanwhile (durably) and is drained right after.
    var timeout: TimeAmount = .seconds(5)

    func post(url: String, body: [UInt8]) async throws -> WitnessResponse {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return WitnessResponse(
            status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"),
            body: Array(bytes.readableBytesView))
    }
}
