import AlmanacContent
import AlmanacCore
import AlmanacRender
import AlmanacSite
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `almanac serve`: builds the site into a private folder (with the
/// live-reload script, which `build` never writes), serves it on loopback,
/// rebuilds what each burst of edits touches, and tells open pages.
public struct PreviewSession: Sendable {
    public var siteRoot: URL
    public var host: String
    public var port: Int
    /// Lines for the person at the terminal.
    public var log: @Sendable (String) -> Void
    /// Where the preview is built; a new temporary folder when nil.
    public var workFolder: URL?
    /// The Markdown stage (worker processes, so a parser crash cannot stop the server).
    public var makeMarkdownStage: (@Sendable (SiteConfig) -> any MarkdownStage)?
    /// Adds how long each stage took to every rebuild's line.
    public var timings = false

    public init(siteRoot: URL, host: String = "127.0.0.1", port: Int = 8000, log: @escaping @Sendable (String) -> Void) {
        self.siteRoot = siteRoot
        self.host = host
        self.port = port
        self.log = log
    }

    public struct Failure: Error, CustomStringConvertible { public var description: String }

    public static func isLoopback(_ host: String) -> Bool {
        host == "127.0.0.1" || host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Builds, serves and watches until interrupted (SIGINT/SIGTERM).
    /// `onReady` receives the bound port.
    public func run(watcher: (any FileWatcher)? = nil, onReady: (@Sendable (Int) async -> Void)? = nil) async throws {
        PreviewSession.removeStaleFolders()
        // Unique per preview: two previews in one process (port 0) must not share a folder.
        let folder = workFolder ?? FileManager.default.temporaryDirectory.appendingPathComponent("almanac-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
        let output = folder.appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        let hub = ReloadHub()
        let policy = HostPolicy(host: host, guardFiles: PreviewSession.isLoopback(host))
        let shownHost = host.contains(":") ? "[\(host)]" : host
        var session = SiteSession(root: siteRoot, baseURL: "http://\(shownHost):\(port)/")
        session.decorateHTML = { LiveReloadScript.inject(into: $0) }
        if let makeMarkdownStage { session.makeMarkdownStage = makeMarkdownStage }
        session.deferOtherPages = true
        let clock = StageTimings()
        if timings { session.progress = clock.observing(nil) }

        let started = ContinuousClock.now
        // In a function of its own so the first build's pages are not held while serving.
        let (diagnostics, summary) = try PreviewSession.firstBuild(&session, into: output)
        for d in diagnostics { log(d.description) }
        if diagnostics.hasErrors {
            await hub.publish(.failed(diagnostics: diagnostics.filter { $0.severity == .error }.map(\.description)))
        }
        log("Built \(summary) in \(Elapsed.text(ContinuousClock.now - started))")

        let logger = quietLogger
        let router = PreviewRouter.make(outputFolder: output.path, hub: hub, policy: policy)
        let log = self.log
        let host = self.host
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                policy.setPort(bound)
                log("Serving at http://\(shownHost):\(bound)/ — edits to content/, templates/ and almanac.yml rebuild it; Ctrl-C stops.")
                if !PreviewSession.isLoopback(host) {
                    log("warning: serving on \(host), not loopback: other machines on the network can read this preview")
                }
                await onReady?(bound)
            },
            logger: logger
        )

        let watch = watcher ?? WatchedPaths.watcher(siteRoot: siteRoot)
        let edits = PendingEdits()
        let listener = Task {
            for await batch in watch.changes() { await edits.add(batch) }
            await edits.finish()
        }
        defer { listener.cancel() }
        // The rebuild loop owns the session alone: a second reference would
        // make the first edit copy every table of a large site.
        let owned = OwnedSession(session)
        session = SiteSession(root: siteRoot)
        let rebuilder = Task {
            var pending: [String: OutputFile?] = [:]
            var generation = 0
            while let batch = await edits.next() {
                let began = ContinuousClock.now
                clock.reset()
                let update = await RebuildQueue.run { owned.session.update(changed: batch) }
                for file in update.changed { pending[file.path] = .some(file) }
                for path in update.removed { pending[path] = .some(nil) }
                let what = batch.sorted().prefix(3).joined(separator: ", ") + (batch.count > 3 ? " and \(batch.count - 3) more" : "")
                let errors = update.result.diagnostics.filter { $0.severity == .error }
                for d in update.result.diagnostics { log(d.description) }
                if !errors.isEmpty {
                    log("Rebuild after \(what) failed: \(errors.count) error\(errors.count == 1 ? "" : "s"); still serving the last good build")
                    await hub.publish(.failed(diagnostics: errors.map(\.description)))
                    continue
                }
                let changed = pending.values.compactMap { $0 }
                let removed = pending.filter { $0.value == nil }.map(\.key)
                pending = [:]
                owned.session.progress?(.writing, 0, changed.count)
                do {
                    try OutputWriter.apply(changed: changed, removed: removed, to: output)
                } catch {
                    log("error: \(error)")
                    continue
                }
                generation += 1
                await hub.publish(.reload(generation: generation, paths: update.full ? nil : (changed.map(\.path) + removed).sorted()))
                log("Rebuilt after \(what): \(changed.count) page\(changed.count == 1 ? "" : "s") written\(update.full ? " (full rebuild)" : ""), \(update.rendered) rendered, in \(Elapsed.text(ContinuousClock.now - began))\(timings ? " (" + clock.summary() + ")" : "")")
                // The open page has reloaded; now the pages that link to or list
                // the edit, step by step, each step giving way to a newer edit.
                var written = 0
                for group in SiteSession.DeferredGroup.allCases where owned.session.hasDeferredPages {
                    if await !edits.isEmpty { break }
                    let rest = await RebuildQueue.run { owned.session.refreshDeferred(group) }
                    do { try OutputWriter.apply(changed: rest.changed, removed: rest.removed, to: output) } catch { log("error: \(error)"); break }
                    written += rest.changed.count + rest.removed.count
                    let pages = (rest.changed.map(\.path) + rest.removed).filter { $0.hasSuffix(".html") || $0.hasPrefix("assets/") }
                    if !pages.isEmpty {
                        generation += 1
                        await hub.publish(.reload(generation: generation, paths: pages.sorted()))
                    }
                }
                if !owned.session.hasDeferredPages { await hub.publish(.settled(generation: generation)) }
                if written > 0 {
                    log("  and \(written) related file\(written == 1 ? "" : "s") (links, listings, search), \(Elapsed.text(ContinuousClock.now - began)) in all")
                }
            }
        }
        defer { rebuilder.cancel() }
        do {
            // Services shut down in reverse order: the event streams close
            // first, so the HTTP server has no endless requests to wait for.
            let group = ServiceGroup(configuration: .init(
                services: [app, EventStreamCloser(hub: hub)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            // A cancelled preview (an embedding task, the tests) stops as
            // Ctrl-C does, gracefully: cancelling the server outright makes
            // Hummingbird log errors for a shutdown that went as intended.
            let running = Task { try await group.run() }
            try await withTaskCancellationHandler {
                try await running.value
            } onCancel: {
                Task { await group.triggerGracefulShutdown() }
            }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Failure(description: "port \(port) on \(host) is already in use: stop the other server or pick another port with --port \(port + 1)")
        }
        log("Stopped.")
    }

    static func firstBuild(_ session: inout SiteSession, into output: URL) throws -> ([Diagnostic], String) {
        let first = session.build()
        try OutputWriter.write(first.changed, to: output)
        return (first.result.diagnostics, "\(first.result.entryCount) entries, \(first.changed.count) files")
    }

    /// Folders left by previews that were killed rather than stopped.
    static func removeStaleFolders() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix("almanac-serve-") {
            let parts = name.split(separator: "-")
            guard parts.count == 4, let pid = Int32(parts[2]), pid != getpid(), kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }

}

/// The preview's site session, handed to the rebuild loop, the one task that uses it.
final class OwnedSession: @unchecked Sendable {
    var session: SiteSession
    init(_ session: SiteSession) { self.session = session }
}

/// Closes the live-reload streams when the server begins to shut down (Ctrl-C).
struct EventStreamCloser: Service {
    let hub: ReloadHub

    func run() async throws {
        try? await gracefulShutdown()
        await hub.finishAll()
    }
}
