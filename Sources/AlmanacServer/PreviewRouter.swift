import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Hummingbird logs each start and request at info; a preview prints its own lines.
public let quietLogger: Logger = {
    var logger = Logger(label: "almanac.serve")
    logger.logLevel = .warning
    return logger
}()

/// The preview server's routes: the live-reload script and event stream,
/// then the built files through Hummingbird's FileMiddleware (ETag, 304,
/// ranges, index.html, MIME types, `..` refused), then the site's 404 page.
public enum PreviewRouter {
    public static func make(outputFolder: String, hub: ReloadHub, policy: HostPolicy, logger: Logger = quietLogger) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: HostGuard(policy: policy))
        router.add(middleware: NotFoundPage(outputFolder: outputFolder))
        router.add(middleware: ContainedFiles(outputFolder: outputFolder))
        router.add(middleware: FileMiddleware(outputFolder, searchForIndexHtml: true, logger: logger))
        router.get(RouterPath(LiveReloadScript.path)) { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/javascript; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: LiveReloadScript.source)))
        }
        router.get(RouterPath(LiveReloadScript.eventsPath)) { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-store"
            let events = await hub.subscribe()
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                var first = true
                for await event in events {
                    try await writer.write(ByteBuffer(string: ReloadHub.encode(event, initial: first)))
                    first = false
                }
                try await writer.finish(nil)
            })
        }
        return router
    }
}

/// Refuses requests whose Host or Origin is not the server's own: always
/// for `/__almanac/`, and for every file when bound to loopback.
struct HostGuard<Context: RequestContext>: RouterMiddleware {
    let policy: HostPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let internalPath = request.uri.path.hasPrefix("/__almanac/")
        if internalPath || policy.guardFiles {
            guard policy.allows(host: request.head.authority, origin: request.headers[.origin]) else {
                return Response(status: .forbidden, body: ResponseBody(byteBuffer: ByteBuffer(string: "Forbidden: this preview server answers only to its own address.\n")))
            }
        }
        return try await next(request, context)
    }
}

/// Serves the site's own 404.html for anything not found.
struct NotFoundPage<Context: RequestContext>: RouterMiddleware {
    let outputFolder: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            return response.status == .notFound ? notFound() : response
        } catch let error as HTTPError where error.status == .notFound {
            return notFound()
        }
    }

    func notFound() -> Response {
        let page = FileManager.default.contents(atPath: outputFolder + "/404.html") ?? Data("Not found\n".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: .notFound, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
    }
}

/// Refuses files whose real path is outside the output folder (a symbolic
/// link planted inside it): FileMiddleware follows links.
struct ContainedFiles<Context: RequestContext>: RouterMiddleware {
    let outputFolder: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let root = URL(fileURLWithPath: outputFolder).resolvingSymlinksInPath().path
        if let path = request.uri.path.removingPercentEncoding, !path.hasPrefix("/__almanac/") {
            let real = URL(fileURLWithPath: root + path).resolvingSymlinksInPath().path
            if FileManager.default.fileExists(atPath: real), real != root, !real.hasPrefix(root + "/") {
                throw HTTPError(.notFound)
            }
        }
        return try await next(request, context)
    }
}
