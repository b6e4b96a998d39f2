import Foundation

/// Tells open pages that the site changed or that a rebuild failed.
/// The one piece of state the server shares between requests.
public actor ReloadHub {
    public enum Event: Sendable, Equatable {
        /// A rebuild succeeded: pages showing one of `paths` (output paths;
        /// nil for all) should reload.
        case reload(generation: Int, paths: [String]? = nil)
        /// A rebuild failed: pages should show these diagnostics.
        case failed(diagnostics: [String])
        /// Everything an edit touched is written, the search index too
        /// (for tools and tests waiting for the preview to catch up).
        case settled(generation: Int)
    }

    private var subscribers: [UUID: AsyncStream<Event>.Continuation] = [:]
    /// The state a newly opened page is told about first.
    public private(set) var current: Event = .reload(generation: 0)

    public init() {}

    public func subscribe() -> AsyncStream<Event> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.yield(current)
        if closed {
            continuation.finish()
            return stream
        }
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    private func remove(_ id: UUID) { subscribers[id] = nil }

    public func publish(_ event: Event) {
        current = event
        for continuation in subscribers.values { continuation.yield(event) }
    }

    public var subscriberCount: Int { subscribers.count }

    /// Ends every open event stream, so a graceful shutdown is not held
    /// up by pages that would listen forever.
    public func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
        closed = true
    }

    private var closed = false

    /// The text/event-stream form of an event.
    public static func encode(_ event: Event, initial: Bool) -> String {
        switch event {
        case .reload(let generation, let paths):
            var data: [String: Any] = ["generation": generation]
            if let paths, !initial { data["paths"] = paths }
            return "event: \(initial ? "status" : "reload")\ndata: \(json(data))\n\n"
        case .settled(let generation):
            return "event: \(initial ? "status" : "settled")\ndata: {\"generation\":\(generation)}\n\n"
        case .failed(let diagnostics):
            return "event: failed\ndata: \(json(["diagnostics": diagnostics]))\n\n"
        }
    }

    private static func json(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
