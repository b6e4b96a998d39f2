/// Where the index files live and how big their pieces are. `search.js`
/// derives the same names (see `shardFile` there).
enum SearchLayout {
    static let manifest = "search/index.js"
    static let script = "search/search.js"
    /// Documents per metadata chunk: a result needs its chunk, so this
    /// bounds what one result costs (~64 × 300 bytes).
    static let chunkSize = 64
    /// Summaries are cut to about this many characters in results.
    static let summaryLength = 200

    /// `search/shard-ko.js`; keys that are not plain ASCII letters and digits
    /// are spelled in hex (`shard-x-3c3-3b1.js`), which a file system of any
    /// case sensitivity keeps apart. The `-` keeps the two forms distinct.
    static func shard(_ key: String) -> String {
        let plain = key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        let name = plain ? key : "x" + key.unicodeScalars.map { "-" + String($0.value, radix: 16) }.joined()
        return "search/shard-\(name).js"
    }

    static func chunk(_ number: Int) -> String { "search/docs-\(number).js" }

    /// The summary cut at a word boundary near `summaryLength`, with an ellipsis.
    static func trimmed(_ summary: String) -> String {
        let text = collapsingWhitespace(summary)
        guard text.count > summaryLength else { return text }
        let cut = text.prefix(summaryLength)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingSuffix { $0.isPunctuation } + "…"
    }

    /// Runs of white space as one space, none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // In ASCII the white space characters are these six bytes (`\r\n`,
        // one character, is two of them), and splitting on bytes is many
        // times faster than on characters.
        let words = text.utf8.split(whereSeparator: { (0x09...0x0D).contains($0) || $0 == 0x20 })
        return String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}
