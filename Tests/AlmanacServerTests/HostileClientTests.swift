import AlmanacCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@testable import AlmanacServer

/// The real server under hostile or heavy use, on loopback only, bounded.
@Suite(.serialized) struct HostileClientTests {
    actor Port {
        var value: Int?
        func set(_ v: Int) { value = v }
    }

    func start(_ root: URL, folder: URL) async throws -> (Task<Void, Error>, Int) {
        let port = Port()
        var session = PreviewSession(siteRoot: root, host: "127.0.0.1", port: 0) { _ in }
        session.workFolder = folder
        let server = Task { try await session.run(onReady: { await port.set($0) }) }
        for _ in 0..<200 {
            if let p = await port.value { return (server, p) }
            try await Task.sleep(for: .milliseconds(50))
        }
        server.cancel()
        _ = await server.result
        throw CancellationError()
    }

    @Test(.timeLimit(.minutes(1))) func manyClientsASlowOneAndAPlantedLink() async throws {
        let root = try TextArchive.write("-- content/groups/legion.md --\n---\ntitle: Legion\n---\nText.\n-- secret.txt --\nnot for the web\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let work = root.appendingPathComponent("preview")
        let (server, port) = try await start(root, folder: work)
        try await withServer(server) {
            // A slow client holds a connection open with half a request.
            let slow = try HTTPProbe(port: port)
            _ = "GET /index.html HTTP/1.1\r\nHo".withCString { send(slow.fd, $0, strlen($0), 0) }

            // 200 clients at once, all answered.
            // 200 connections open at once, then a request on each. Blocking sockets
            // belong on GCD threads, not on the cooperative pool the server's handlers need.
            let clients = try (0..<200).map { _ in try HTTPProbe(port: port) }
            let statuses = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    let ok = Slots<Bool>(count: clients.count)
                    DispatchQueue.concurrentPerform(iterations: clients.count) { i in
                        clients[i].send("/groups/legion/", host: "127.0.0.1:\(port)")
                        ok[i] = clients[i].read(until: "\u{0}never").hasPrefix("HTTP/1.1 200")
                    }
                    continuation.resume(returning: ok.all.filter { $0 }.count)
                }
            }
            #expect(statuses == 200)

            // A symbolic link planted in the served folder is not followed out of it.
            let served = work.appendingPathComponent("site")
            try FileManager.default.createSymbolicLink(atPath: served.appendingPathComponent("leak.txt").path, withDestinationPath: root.appendingPathComponent("secret.txt").path)
            let leak = try await offPool { try HTTPProbe.get("/leak.txt", port: port) }
            #expect(leak.hasPrefix("HTTP/1.1 404"))
            #expect(!leak.contains("not for the web"))
            #expect(try await offPool { try HTTPProbe.get("/groups/legion/", port: port) }.hasPrefix("HTTP/1.1 200"))
        }
    }
}
