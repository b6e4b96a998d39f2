/// The text of each index file: a call into `search.js` with the data.
enum SearchIndexFiles {
    /// `AlmanacSearch.manifest({...})`: what exists, so the client asks only
    /// for shards that do.
    static func manifest(_ postings: SearchPostings) -> String {
        let fields: [(key: String, value: String)] = [
            ("version", "1"),
            ("documents", String(postings.documents.count)),
            ("chunk", String(SearchLayout.chunkSize)),
            ("shards", JavaScriptLiteral.array(postings.shardKeys.map(JavaScriptLiteral.string))),
        ]
        return "AlmanacSearch.manifest(" + JavaScriptLiteral.object(fields) + ");\n"
    }

    /// `AlmanacSearch.shard("ko", {"kozinka": "<postings>", ...})`.
    static func shard(_ key: String, _ postings: SearchPostings) -> [UInt8] {
        let fragments = postings.shards[key]!.map { postings.fragments[$0]! }
        var out: [UInt8] = []
        out.reserveCapacity(fragments.reduce(64) { $0 + $1.count + 1 })
        out.append(contentsOf: "AlmanacSearch.shard(".utf8)
        JavaScriptLiteral.append(key, to: &out)
        out.append(contentsOf: ",{".utf8)
        for (index, fragment) in fragments.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: fragment)
        }
        out.append(contentsOf: "});\n".utf8)
        return out
    }

    /// `AlmanacSearch.docs(n, [[url, title, type, summary], ...])` for the
    /// documents numbered `n * chunkSize ..< (n + 1) * chunkSize`.
    static func chunk(_ number: Int, _ documents: ArraySlice<SearchDocument>) -> [UInt8] {
        var out = Array("AlmanacSearch.docs(\(number),[\n".utf8)
        for (index, document) in documents.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            for (field, text) in [document.url, document.title, document.typeLabel, SearchLayout.trimmed(document.summary)].enumerated() {
                out.append(UInt8(ascii: field == 0 ? "[" : ","))
                JavaScriptLiteral.append(text, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "\n]);\n".utf8)
        return out
    }
}
