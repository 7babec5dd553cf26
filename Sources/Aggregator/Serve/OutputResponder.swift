import HTTPCompression
import HTTPTypes
import Hummingbird
import NIOCore
import Prometheus
import Timestamps

/// Answers every request: the three daemon endpoints, else a published file.
struct OutputResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let folder: OutputFolder
    let readiness: Readiness
    let metrics: CycleMetrics

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        switch path {
        case "/healthz":
            return text("ok\n", status: .ok, for: request)
        case "/readyz":
            if let problem = readiness.problem() { return text(problem + "\n", status: .serviceUnavailable, for: request) }
            return text("ready\n", status: .ok, for: request)
        case "/metrics":
            return body(ByteBuffer(bytes: metrics.registry.emitToBuffer()), headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], for: request)
        default:
            guard let file = folder.file(at: path) else { return text("not found\n", status: .notFound, for: request) }
            return respond(with: file, to: request)
        }
    }

    private func respond(with file: OutputFile, to request: Request) -> Response {
        let gzipped = Gzip.isAccepted(by: request.headers[.acceptEncoding]) ? file.gzippedBody : nil
        let entityTag = gzipped == nil ? file.entityTag : file.gzipEntityTag
        var headers: HTTPFields = [.eTag: entityTag, .lastModified: file.modified.httpDate, .vary: "Accept-Encoding"]
        if isNotModified(request, entityTags: [file.entityTag, file.gzipEntityTag], modified: file.modified) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = file.contentType
        headers[.cacheControl] = "no-cache"
        if gzipped != nil { headers[.contentEncoding] = "gzip" }
        return body(gzipped ?? file.body, headers: headers, for: request)
    }

    /// If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.2.2).
    /// Either representation's tag revalidates: the body is the same file.
    private func isNotModified(_ request: Request, entityTags: [String], modified: Timestamp) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            return tags.split(separator: ",").contains { tag in
                let trimmed = String(tag.filter { $0 != " " }.trimmingPrefix("W/"))
                return trimmed == "*" || entityTags.contains(trimmed)
            }
        }
        guard let since = request.headers[.ifModifiedSince].flatMap(Timestamp.init(rfc822:)) else { return false }
        return modified <= since
    }

    private func text(_ text: String, status: HTTPResponse.Status, for request: Request) -> Response {
        var response = body(ByteBuffer(string: text), headers: [.contentType: "text/plain; charset=utf-8"], for: request)
        response.status = status
        return response
    }

    /// HEAD gets the headers GET would, Content-Length included, and no body.
    private func body(_ buffer: ByteBuffer, headers: HTTPFields, for request: Request) -> Response {
        var headers = headers
        headers[.contentLength] = String(buffer.readableBytes)
        guard request.method == .get else { return Response(status: .ok, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }
}
