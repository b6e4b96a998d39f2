/// Answers a query from the postings. `search.js` runs the same steps in
/// `rank()`; keep the two in step.
enum SearchRanker {
    static func rank(_ query: String, in postings: SearchPostings) -> [SearchHit] {
        let words = SearchText.words(query)
        guard !words.isEmpty else { return [] }
        var scores: [Int: Int] = [:]
        for (index, forms) in words.enumerated() {
            var best: [Int: Int] = [:]
            for form in forms {
                for key in keys(matching: form, asPrefix: index == words.count - 1, in: postings.shard(holding: form)) {
                    for posting in postings.keys[key] ?? [] {
                        best[posting.doc] = max(best[posting.doc] ?? 0, posting.field.level)
                    }
                }
            }
            // Every word must hit: keep the documents all words so far found.
            if index == 0 {
                scores = best
            } else {
                var kept: [Int: Int] = [:]
                for (doc, score) in scores { if let level = best[doc] { kept[doc] = score + level } }
                scores = kept
            }
        }
        var exact = Set<Int>()
        for phrase in SearchText.phrases(words) {
            // Not `postings.keys[phrase]`: like the client, only what the shard holds.
            for key in postings.shard(holding: phrase) where key == phrase {
                for posting in postings.keys[key] ?? [] where posting.field == .wholeTitle { exact.insert(posting.doc) }
            }
        }
        return scores.map { SearchHit(doc: $0.key, score: $0.value, exact: exact.contains($0.key)) }
            .sorted(by: SearchHit.ranksBefore)
    }

    /// The word itself, and for the last word of a query, when it has two
    /// letters or more, every term in its shard that it begins (typing
    /// `kozi` finds `kozinka`). Where a big shard was split (`st` into `sta`,
    /// `str`, ...), a word shorter than the split completes only within its
    /// own small shard: one more letter brings the full list, and no
    /// keystroke loads more than one shard per word. Title phrases never
    /// match as prefixes: their words already do.
    static func keys(matching word: String, asPrefix: Bool, in shard: [String]) -> [String] {
        guard asPrefix, word.unicodeScalars.count >= 2 else { return shard.contains(word) ? [word] : [] }
        return shard.filter { key in
            key.unicodeScalars.starts(with: word.unicodeScalars) && !key.unicodeScalars.contains(" ")
        }
    }
}
