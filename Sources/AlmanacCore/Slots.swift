import Foundation

/// Results filled in by index from concurrent work (`concurrentPerform`).
public final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    public init(count: Int) { values = Array(repeating: nil, count: count) }

    /// Slots already holding `values`, to be taken one by one.
    public init(_ values: [Value]) { self.values = values.map { $0 } }

    /// The value at `index`, leaving the slot empty so its memory can go.
    public func take(_ index: Int) -> Value? {
        lock.withLock {
            defer { values[index] = nil }
            return values[index]
        }
    }

    public subscript(index: Int) -> Value? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }

    /// All values; every slot must have been filled.
    public var all: [Value] { lock.withLock { values.map { $0! } } }
}
