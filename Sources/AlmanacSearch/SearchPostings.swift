/// The inverted index in memory: what the shard files hold, before encoding.
///
/// Documents are numbered in title order, so that ranking can break ties
/// by number without knowing titles. Keys are terms, plus each title and
/// alias as its terms joined by one space (for exact matches).
struct SearchPostings: Sendable {
    /// The documents, by number.
    let documents: [SearchDocument]
    /// Every index key with its postings by ascending document number.
    let keys: [String: [Posting]]
    /// Shard key → the index keys in that shard (see `ShardPlan`).
    let shards: [String: [String]]

    init(_ documents: [SearchDocument], shardLimit: Int = ShardPlan.limit) {
        let sorted = documents.map { (key: SearchText.phrases(SearchText.words($0.title)).first ?? "", document: $0) }
            .sorted { a, b in
                for (x, y) in [(a.key, b.key), (a.document.title, b.document.title), (a.document.id, b.document.id)] {
                    if Self.precedes(x, y) { return true }
                    if Self.precedes(y, x) { return false }
                }
                return false
            }
            .map(\.document)
        var keys: [String: [Posting]] = [:]
        for (number, document) in sorted.enumerated() {
            // Documents are visited in number order, so each list stays sorted.
            for (key, field) in Self.fields(of: document) {
                keys[key, default: []].append(Posting(doc: number, field: field))
            }
        }
        self.documents = sorted
        self.keys = keys
        self.shards = ShardPlan.shards(keys, limit: shardLimit)
    }

    /// Every key of one document with the best field it occurs in.
    static func fields(of document: SearchDocument) -> [String: SearchField] {
        var best: [String: SearchField] = [:]
        func note(_ keys: [String], _ field: SearchField) {
            for key in keys where best[key].map({ $0 < field }) ?? true { best[key] = field }
        }
        note(SearchText.words(document.text).flatMap { $0 }, .body)
        note(SearchText.words(document.summary).flatMap { $0 }, .summary)
        for name in [document.title] + document.aliases {
            let words = SearchText.words(name)
            guard !words.isEmpty else { continue }
            note(words.flatMap { $0 }, .titleWord)
            note(SearchText.phrases(words), .wholeTitle)
        }
        return best
    }

    /// The shard keys in file order.
    var shardKeys: [String] { shards.keys.sorted(by: Self.precedes) }

    /// The keys of the shard that holds `key`, if there is one.
    func shard(holding key: String) -> [String] {
        ShardPlan.shard(holding: key, among: shards).flatMap { shards[$0] } ?? []
    }

    /// Code-point order: the same on every platform and in every locale.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
