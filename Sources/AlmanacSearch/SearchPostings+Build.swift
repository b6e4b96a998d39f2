import Foundation

/// Building the postings from every document's terms, on all cores.
extension SearchPostings {
    /// The index of documents already in title order, from their terms.
    init(numbered documents: [SearchDocument], terms: [DocumentTerms], shardLimit: Int = ShardPlan.limit) {
        // Keys are merged, encoded and planned in parts by their first
        // byte, on all cores: a shard group never spans two parts.
        let parts = Parallel.map(Self.parts) { part in
            var keys: [String: [Posting]] = [:]
            for (number, document) in terms.enumerated() {
                // Documents are visited in number order, so each list stays sorted.
                for (key, field) in document.fields where Self.part(of: key) == part {
                    keys[key, default: []].append(Posting(doc: number, field: field))
                }
            }
            var fragments = [String: [UInt8]](minimumCapacity: keys.count)
            var members: [String: [(key: String, size: Int)]] = [:]
            for (key, postings) in keys {
                let fragment = Self.fragment(key, postings)
                fragments[key] = fragment
                // A key's size in the plan is its fragment and a comma.
                members[ShardPlan.group(of: key), default: []].append((key, fragment.count + 1))
            }
            let groups = members.mapValues(ShardGroup.init)
            var shards: [String: [String]] = [:]
            for (name, group) in groups { shards.merge(group.plan(name, limit: shardLimit)) { a, _ in a } }
            return Self(documents: [], keys: keys, shards: shards, fragments: fragments, groups: groups, shardLimit: shardLimit)
        }
        self.init(documents: documents, keys: [:], shards: [:], fragments: [:], groups: [:], shardLimit: shardLimit)
        keys.reserveCapacity(parts.reduce(0) { $0 + $1.keys.count })
        fragments.reserveCapacity(keys.capacity)
        for part in parts {
            keys.merge(part.keys) { a, _ in a }
            shards.merge(part.shards) { a, _ in a }
            fragments.merge(part.fragments) { a, _ in a }
            groups.merge(part.groups) { a, _ in a }
        }
    }

    private init(documents: [SearchDocument], keys: [String: [Posting]], shards: [String: [String]],
                 fragments: [String: [UInt8]], groups: [String: ShardGroup], shardLimit: Int) {
        (self.documents, self.keys, self.shards, self.fragments, self.groups, self.shardLimit) = (documents, keys, shards, fragments, groups, shardLimit)
    }

    /// `"key":"postings"`, as a shard file holds it.
    static func fragment(_ key: String, _ postings: [Posting]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(key.utf8.count + postings.count + 8)
        JavaScriptLiteral.append(key, to: &out)
        out.append(contentsOf: ":\"".utf8)
        PostingCoder.append(postings, to: &out)
        out.append(UInt8(ascii: "\""))
        return out
    }

    /// How many parts keys are merged in: a few per core, to even out.
    private static let parts = 2 * ProcessInfo.processInfo.activeProcessorCount

    private static func part(of key: String) -> Int { Int(key.utf8.first ?? 0) % parts }
}
