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
    static func shard(_ key: String, _ postings: SearchPostings) -> String {
        let pairs = postings.shards[key]!.map { term in
            (key: term, value: JavaScriptLiteral.string(PostingCoder.encode(postings.keys[term]!)))
        }
        return "AlmanacSearch.shard(" + JavaScriptLiteral.string(key) + "," + JavaScriptLiteral.object(pairs) + ");\n"
    }

    /// `AlmanacSearch.docs(n, [[url, title, type, summary], ...])` for the
    /// documents numbered `n * chunkSize ..< (n + 1) * chunkSize`.
    static func chunk(_ number: Int, _ documents: ArraySlice<SearchDocument>) -> String {
        let rows = documents.map { document in
            JavaScriptLiteral.array([document.url, document.title, document.typeLabel, SearchLayout.trimmed(document.summary)]
                .map(JavaScriptLiteral.string))
        }
        return "AlmanacSearch.docs(\(number),[\n" + rows.joined(separator: ",\n") + "\n]);\n"
    }
}
