import AlmanacCore
import Dispatch

/// Work spread over all cores, results in index order.
enum Parallel {
    static func map<Value>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = transform($0) }
        return slots.all
    }
}
