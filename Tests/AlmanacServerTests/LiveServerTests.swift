import AlmanacCore
import Foundation
import Testing

@testable import AlmanacServer

/// The real server on a free loopback port, the real watcher, a real edit.
@Suite(.serialized) struct LiveServerTests {
    actor Port {
        var value: Int?
        func set(_ v: Int) { value = v }
    }

    @Test(.timeLimit(.minutes(1))) func anEditReloadsTheOpenPage() async throws {
        let root = try TextArchive.write("""
        -- content/groups/legion.md --
        ---
        title: Legion
        ---
        First version.
        -- content/people/jane.md --
        ---
        title: Jane
        ---
        Leads the [[Legion]].
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        let port = Port()
        let lines = LineLog()
        let session = PreviewSession(siteRoot: root, host: "127.0.0.1", port: 0) { lines.append($0) }
        let server = Task { try await session.run(onReady: { await port.set($0) }) }
        try await withServer(server) {
            var bound: Int?
            for _ in 0..<200 where bound == nil {
                try await Task.sleep(for: .milliseconds(50))
                bound = await port.value
            }
            let p = try #require(bound)

            let page = try await offPool { try HTTPProbe.get("/groups/legion/", port: p) }
            #expect(page.hasPrefix("HTTP/1.1 200"))
            #expect(page.contains("First version."))
            #expect(page.contains("<script src=\"/__almanac/live.js\" defer></script>"))

            #expect(try await offPool { try HTTPProbe.get("/__almanac/events", port: p, host: "evil.example:\(p)") }.hasPrefix("HTTP/1.1 403"))

            let events = try HTTPProbe(port: p)
            events.send("/__almanac/events", host: "127.0.0.1:\(p)")
            #expect((try await offPool { events.read(until: "event: status") }).contains("data: {\"generation\":0}"))
            try await Task.sleep(for: .milliseconds(300))
            try Data("---\ntitle: Legion\n---\nSecond version.\n".utf8).write(to: root.appendingPathComponent("content/groups/legion.md"))
            #expect((try await offPool { events.read(until: "event: reload") }).contains("event: reload\ndata: {\"generation\":1,\"paths\":[\"groups/legion/index.html\"]}"))
            #expect(try await offPool { try HTTPProbe.get("/groups/legion/", port: p) }.contains("Second version."))
            // Then the pages around the edit and the search index: one `settled` event when all are written.
            #expect((try await offPool { events.read(until: "event: settled") }).contains("event: settled\ndata: {\"generation\":"))

            // A broken edit: the overlay event, and the last good page still served.
            try Data("---\ntitle: [\n---\n".utf8).write(to: root.appendingPathComponent("content/groups/legion.md"))
            #expect((try await offPool { events.read(until: "event: failed") }).contains("event: failed\ndata: {\"diagnostics\":[\"content/groups/legion.md:3:1: error: invalid YAML: while parsing a flow node did not find expected node content\"]}"))
            #expect(try await offPool { try HTTPProbe.get("/groups/legion/", port: p) }.contains("Second version."))
            #expect(lines.all.contains { $0.hasPrefix("Rebuilt after content/groups/legion.md: ") })
            #expect(lines.all.contains { $0.hasPrefix("Rebuild after content/groups/legion.md failed: 1 error") })
        }
    }
}

final class LineLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
