/// The keys of one shard group (`ShardPlan.group(of:)`) in code-point
/// order, with what each weighs in its shard file: enough to plan the
/// group's shards again after an edit without sorting or looking anything up.
struct ShardGroup: Sendable {
    private(set) var keys: [String] = []
    /// Each key's size (`ShardPlan.size(of:_:)`), in the order of `keys`.
    private(set) var sizes: [Int] = []
    private(set) var total = 0

    /// A group from its keys and their sizes, in any order.
    init(_ members: [(key: String, size: Int)]) {
        for member in members.sorted(by: { SearchPostings.precedes($0.key, $1.key) }) {
            keys.append(member.key)
            sizes.append(member.size)
            total += member.size
        }
    }

    var isEmpty: Bool { keys.isEmpty }

    /// Adds `key` with `size`, changes its size, or with `nil` removes it.
    mutating func set(_ key: String, size: Int?) {
        let index = slot(of: key)
        let present = index < keys.count && SearchPostings.compare(keys[index], key) == 0
        switch (present, size) {
        case (true, let size?):
            total += size - sizes[index]
            sizes[index] = size
        case (true, nil):
            total -= sizes[index]
            keys.remove(at: index)
            sizes.remove(at: index)
        case (false, let size?):
            keys.insert(key, at: index)
            sizes.insert(size, at: index)
            total += size
        case (false, nil):
            break
        }
    }

    /// Shard key → its keys, for the group named `name`.
    func plan(_ name: String, limit: Int) -> [String: [String]] {
        // The common case without building the plan's input.
        if total <= limit { return [name: keys] }
        return ShardPlan.plan(name, zip(keys, sizes).map { (key: $0, size: $1) }, limit: limit)
    }

    /// Where `key` is or would go.
    private func slot(of key: String) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if SearchPostings.precedes(keys[middle], key) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
