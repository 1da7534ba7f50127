import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The responses the server gives, with the headers every one of them carries.
enum Reply {
    /// Scripts and styles from this server only, nothing inline, no frames, no forms; pages
    /// talk to this server only.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    static func ok(_ body: ByteBuffer, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// A short plain-text answer: an error the page shows as it is.
    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }

    /// Adds the security headers to a response.
    static func secured(_ response: Response) -> Response {
        var response = response
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }
}

/// Stands before every route: only GET and HEAD; on the loopback address, only requests that
/// name this machine (a web page elsewhere cannot reach the server through a name of its own
/// that resolves to 127.0.0.1); every answer, errors included, with the security headers.
struct Guard<Context: RequestContext>: RouterMiddleware {
    let options: ServeOptions

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let language = options.language
        guard request.method == .get || request.method == .head else {
            var response = Reply.text(.methodNotAllowed, ServeWords.notFound(language))
            response.headers[.allow] = "GET, HEAD"
            return Reply.secured(response)
        }
        if options.isLoopback, !Self.namesThisMachine(request.head.authority) {
            return Reply.secured(Reply.text(.forbidden, ServeWords.wrongHost(language)))
        }
        do {
            return Reply.secured(try await next(request, context))
        } catch let error as HTTPError where error.status != .notFound {
            return Reply.secured(Reply.text(error.status, error.body ?? error.status.reasonPhrase))
        } catch {
            return Reply.secured(Reply.text(.notFound, ServeWords.notFound(language)))
        }
    }

    /// Whether a Host header names the loopback address (with or without a port).
    static func namesThisMachine(_ authority: String?) -> Bool {
        guard let authority, !authority.isEmpty else { return false }
        var host = Substring(authority)
        if host.hasPrefix("[") {
            guard let end = host.firstIndex(of: "]") else { return false }
            host = host[host.index(after: host.startIndex)..<end]
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        return ["127.0.0.1", "localhost", "::1"].contains(host.lowercased())
    }
}
