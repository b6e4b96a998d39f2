import Foundation

/// Results filled in by index from concurrent work (`concurrentPerform`).
public final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    public init(count: Int) { values = Array(repeating: nil, count: count) }

    public subscript(index: Int) -> Value? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }

    /// All values; every slot must have been filled.
    public var all: [Value] { lock.withLock { values.map { $0! } } }
}
