import Foundation

/// Results filled in by index from concurrent work (`concurrentPerform`).
final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }

    /// All values; every slot must have been filled.
    var all: [Value] { lock.withLock { values.map { $0! } } }
}
