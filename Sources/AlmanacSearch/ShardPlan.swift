/// Which index keys go in which shard file.
///
/// Keys are grouped by their first two letters (`group(of:)`).
/// A group whose file would pass `limit` is split by one more letter, again
/// and again, so no shard is much larger than `limit` however big the wiki:
/// `st` becomes `sta`, `str`, `stu`, ..., and `st` keeps only the keys that
/// end or have a space there. A key lives in the shard with the longest key
/// that begins it; `search.js` finds it the same way from the manifest.
enum ShardPlan {
    /// Bytes one shard file may reach before it is split.
    static let limit = 64 * 1024

    static func shards(_ keys: [String: [Posting]], limit: Int = limit) -> [String: [String]] {
        var groups: [String: [String]] = [:]
        for key in keys.keys { groups[group(of: key), default: []].append(key) }
        var shards: [String: [String]] = [:]
        for (group, members) in groups {
            let sorted = members.sorted(by: SearchPostings.precedes).map { (key: $0, size: size(of: $0, keys[$0]!)) }
            shards.merge(plan(group, sorted, limit: limit)) { a, _ in a }
        }
        return shards
    }

    /// The shards of one group, from its keys in code-point order and their
    /// sizes; each shard's keys keep that order. Groups never share a shard
    /// (a split only lengthens the group's own prefix), so each can be
    /// planned alone: an edit plans again only the groups it touches.
    static func plan(_ group: String, _ members: [(key: String, size: Int)], limit: Int = limit) -> [String: [String]] {
        var shards: [String: [String]] = [:]
        var pending = [(shard: group, members: members)]
        while let (shard, members) = pending.popLast() {
            guard members.reduce(0, { $0 + $1.size }) > limit else {
                shards[shard] = members.map(\.key)
                continue
            }
            var children: [String: [(key: String, size: Int)]] = [:]
            var staying: [String] = []
            let length = shard.unicodeScalars.count + 1
            for member in members {
                if let child = prefix(of: member.key, scalars: length) {
                    children[child, default: []].append(member)
                } else {
                    staying.append(member.key)
                }
            }
            // One key too big alone cannot be split; it is at most a few
            // bytes per document.
            guard !children.isEmpty else {
                shards[shard] = members.map(\.key)
                continue
            }
            if !staying.isEmpty { shards[shard] = staying }
            for (child, members) in children { pending.append((child, members)) }
        }
        return shards
    }

    /// The first `count` scalars of `key`, or `nil` when it has fewer or a
    /// space among them. Read from the UTF-8 bytes: this runs for every key
    /// of every split group.
    private static func prefix(of key: String, scalars count: Int) -> String? {
        let bytes = key.utf8
        var seen = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte & 0xC0 != 0x80 else { continue }
            if seen == count { return String(key[..<index]) }
            if byte == 0x20 { return nil }
            seen += 1
        }
        return seen == count ? key : nil
    }

    /// A key's first two letters, or its first word when that is shorter
    /// (`a legion` → `a`): shard keys never hold a space.
    static func group(of key: String) -> String {
        String(String.UnicodeScalarView(key.unicodeScalars.prefix { $0 != " " }.prefix(2)))
    }

    /// The longest shard key that begins `key` (never past a space).
    static func shard(holding key: String, among shards: [String: [String]]) -> String? {
        let letters = Array(key.unicodeScalars.prefix { $0 != " " })
        for length in stride(from: letters.count, to: 0, by: -1) {
            let prefix = String(String.UnicodeScalarView(letters[..<length]))
            if shards[prefix] != nil { return prefix }
        }
        return nil
    }

    /// What a key adds to its shard file: `"key":"postings",`.
    static func size(of key: String, _ postings: [Posting]) -> Int {
        // Posting digits need no escapes: the value is its length and quotes.
        JavaScriptLiteral.length(of: key) + PostingCoder.length(of: postings) + 4
    }
}
