import AlmanacCore
import AlmanacSite
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AlmanacServer

/// The preview server's routes, without a socket.
@Suite struct RouterTests {
    static let site = """
    -- content/groups/legion.md --
    ---
    title: Legion
    ---
    Text about the Legion.
    -- secret.txt --
    outside the output folder
    """

    func app() throws -> (some ApplicationProtocol, URL) {
        let root = try TextArchive.write(RouterTests.site)
        let output = root.appendingPathComponent("public")
        do {
            let outcome = try SiteSession(root: root).publish(to: output)
            guard case .built = outcome else {
                Issue.record("the fixture did not build: \(outcome)")
                throw CancellationError()
            }
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
        let policy = HostPolicy(host: "127.0.0.1", guardFiles: true)
        policy.setPort(80)  // the router test client sends `Host: localhost`
        let router = PreviewRouter.make(outputFolder: output.path, hub: ReloadHub(), policy: policy)
        return (Application(router: router), root)
    }

    @Test func servesPagesWithIndexHTMLAndTypes() async throws {
        let (app, root) = try app()
        defer { try? FileManager.default.removeItem(at: root) }
        try await app.test(.router) { client in
            try await client.execute(uri: "/groups/legion/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(String(buffer: response.body).contains("<h1>Legion</h1>"))
            }
            try await client.execute(uri: "/assets/style.css", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
            }
            try await client.execute(uri: LiveReloadScript.path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("new EventSource(\"/__almanac/events\")"))
            }
        }
    }

    @Test func etagsAndRanges() async throws {
        let (app, root) = try app()
        defer { try? FileManager.default.removeItem(at: root) }
        try await app.test(.router) { client in
            let etag = try await client.execute(uri: "/index.html", method: .get) { $0.headers[.eTag] }
            let tag = try #require(etag)
            try await client.execute(uri: "/index.html", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/index.html", method: .get, headers: [.range: "bytes=0-14"]) { response in
                #expect(response.status == .partialContent)
                #expect(String(buffer: response.body) == "<!DOCTYPE html>")
            }
        }
    }

    @Test func missingPagesGetTheSite404() async throws {
        let (app, root) = try app()
        defer { try? FileManager.default.removeItem(at: root) }
        try await app.test(.router) { client in
            try await client.execute(uri: "/no/such/page/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("<h1>Page not found</h1>"))
            }
        }
    }

    @Test func traversalNeverLeavesTheOutputFolder() async throws {
        let (app, root) = try app()
        defer { try? FileManager.default.removeItem(at: root) }
        try await app.test(.router) { client in
            for uri in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt", "/%252e%252e/secret.txt", "//host", "/./../secret.txt"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect([.badRequest, .notFound].contains(response.status), "\(uri) → \(response.status)")
                    #expect(!String(buffer: response.body).contains("outside the output folder"), "\(uri)")
                }
            }
        }
    }

    @Test func foreignOriginsAreRefused() async throws {
        let (app, root) = try app()
        defer { try? FileManager.default.removeItem(at: root) }
        try await app.test(.router) { client in
            try await client.execute(uri: LiveReloadScript.eventsPath, method: .get, headers: [.origin: "http://evil.example"]) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/index.html", method: .get, headers: [.origin: "http://evil.example"]) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/index.html", method: .get, headers: [.origin: "http://127.0.0.1"]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
        }
    }

    @Test func hostPolicy() {
        let policy = HostPolicy(host: "127.0.0.1", guardFiles: true)
        policy.setPort(8000)
        #expect(policy.allows(host: "127.0.0.1:8000", origin: nil))
        #expect(policy.allows(host: "localhost:8000", origin: "http://localhost:8000"))
        #expect(!policy.allows(host: "evil.example:8000", origin: nil))
        #expect(!policy.allows(host: "127.0.0.1:8000", origin: "https://127.0.0.1:8000"))
        #expect(!policy.allows(host: "127.0.0.1:8001", origin: nil))
    }

    @Test func scriptGoesBeforeTheBodyEnds() {
        #expect(LiveReloadScript.inject(into: "<html><body><p>x</p></body></html>") == "<html><body><p>x</p><script src=\"/__almanac/live.js\" defer></script>\n</body></html>")
    }
}
