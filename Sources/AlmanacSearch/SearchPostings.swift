import Foundation

/// The inverted index in memory: what the shard files hold, before encoding.
///
/// Documents are numbered in title order, so that ranking can break ties
/// by number without knowing titles. Keys are terms, plus each title and
/// alias as its terms joined by one space (for exact matches).
struct SearchPostings: Sendable {
    /// The documents, by number.
    var documents: [SearchDocument]
    /// Every index key with its postings by ascending document number.
    var keys: [String: [Posting]]
    /// Shard key → the index keys in that shard (see `ShardPlan`).
    var shards: [String: [String]]
    /// Each key as its shard file holds it, `"key":"postings"`; its length
    /// is what the key weighs in the shard plan.
    var fragments: [String: [UInt8]]
    /// Shard group (`ShardPlan.group(of:)`) → its keys and their sizes,
    /// kept so that an edit plans again only the groups it touches.
    var groups: [String: ShardGroup]
    /// Bytes one shard may reach before it is split.
    let shardLimit: Int

    init(_ documents: [SearchDocument], shardLimit: Int = ShardPlan.limit) {
        let terms = DocumentTerms.all(documents)
        let order = Self.titleOrder(documents, terms)
        self.init(numbered: order.map { documents[$0] }, terms: order.map { terms[$0] }, shardLimit: shardLimit)
    }

    /// The places of `documents` in title order: by the title's first
    /// phrase, then the title, then the id.
    static func titleOrder(_ documents: [SearchDocument], _ terms: [DocumentTerms]) -> [Int] {
        documents.indices.sorted { a, b in
            let order = compare(terms[a].sortKey, terms[b].sortKey).nonZero ?? compare(documents[a].title, documents[b].title).nonZero
                ?? compare(documents[a].id, documents[b].id)
            return order < 0
        }
    }

    /// The shard keys in file order.
    var shardKeys: [String] { shards.keys.sorted(by: Self.precedes) }

    /// The keys of the shard that holds `key`, if there is one.
    func shard(holding key: String) -> [String] {
        ShardPlan.shard(holding: key, among: shards).flatMap { shards[$0] } ?? []
    }

    /// Code-point order: the same on every platform and in every locale.
    /// (UTF-8 bytes sort as their code points do.)
    static func precedes(_ a: String, _ b: String) -> Bool {
        compare(a, b) < 0
    }

    /// Negative, zero or positive as `a` comes before, is the same
    /// scalars as, or comes after `b` in code-point order.
    static func compare(_ a: String, _ b: String) -> Int {
        // Borrowed views, not copies: this runs for every document of every
        // update, and copying a string costs a retain and a release.
        let bytes = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                let common = min(x.count, y.count)
                if common > 0, x.baseAddress != y.baseAddress {
                    let order = memcmp(x.baseAddress!, y.baseAddress!, common)
                    if order != 0 { return Int(order) }
                }
                return x.count - y.count
            }
        }
        if let order = bytes ?? nil { return order }
        if a.utf8.elementsEqual(b.utf8) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }
}

private extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}
