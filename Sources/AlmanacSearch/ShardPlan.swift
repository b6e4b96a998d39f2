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
        var pending = groups.keys.sorted(by: SearchPostings.precedes)
        while let group = pending.popLast() {
            let members = groups[group]!
            guard members.reduce(0, { $0 + size(of: $1, keys[$1]!) }) > limit else { continue }
            var children: [String: [String]] = [:]
            var staying: [String] = []
            let length = group.unicodeScalars.count + 1
            for key in members {
                let child = String(String.UnicodeScalarView(key.unicodeScalars.prefix(length)))
                if child.unicodeScalars.count == length, !child.unicodeScalars.contains(" ") {
                    children[child, default: []].append(key)
                } else {
                    staying.append(key)
                }
            }
            // One key too big alone cannot be split; it is at most a few
            // bytes per document.
            guard !children.isEmpty else { continue }
            groups[group] = staying.isEmpty ? nil : staying
            for (child, members) in children {
                groups[child] = members
                pending.append(child)
            }
        }
        return groups.mapValues { $0.sorted(by: SearchPostings.precedes) }
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
        JavaScriptLiteral.string(key).utf8.count + JavaScriptLiteral.string(PostingCoder.encode(postings)).utf8.count + 2
    }
}
