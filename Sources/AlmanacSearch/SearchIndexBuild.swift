/// One build of the index, kept so that the next can start from it: the
/// postings, the terms each numbered document gave, and every file's bytes.
struct SearchIndexBuild: Sendable {
    private(set) var postings: SearchPostings
    /// The terms of the documents, by number.
    private(set) var terms: [DocumentTerms]
    private var bytes: [String: [UInt8]]
    /// The paths of `bytes` in file order.
    private var paths: [String]

    /// A whole build from documents already in title order.
    init(numbered documents: [SearchDocument], terms: [DocumentTerms], shardLimit: Int) {
        postings = SearchPostings(numbered: documents, terms: terms, shardLimit: shardLimit)
        self.terms = terms
        let files = SearchIndexFile.write(SearchIndexFile.all(postings), postings)
        bytes = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
        paths = files.map(\.path)
    }

    /// Every file, sorted by path.
    var files: [(path: String, bytes: [UInt8])] { paths.map { ($0, bytes[$0]!) } }

    /// Of this build's files, those whose bytes differ from `previous`'s.
    func changed(since previous: SearchIndexBuild) -> Set<String> {
        Set(paths.filter { previous.bytes[$0] != bytes[$0] })
    }

    /// These numbers' documents replaced by these documents (the rest are
    /// the same documents in the same order). Returns the paths whose
    /// bytes changed.
    mutating func edit(_ edits: [(number: Int, document: SearchDocument, terms: DocumentTerms)]) -> Set<String> {
        var keys = Set<String>()
        for edit in edits {
            postings.replace(edit.number, with: edit.document, terms: edit.terms, was: terms[edit.number], changed: &keys)
            terms[edit.number] = edit.terms
        }
        let shards = postings.replan(after: keys)
        let files = [SearchIndexFile.manifest] + shards.rewrite.map { .shard($0) } + Set(edits.map { $0.number / SearchLayout.chunkSize }).map { .chunk($0) }
        let postings = self.postings
        let written = Parallel.map(files.count) { files[$0].bytes(postings) }
        var changed = Set<String>()
        for (file, bytes) in zip(files, written) where self.bytes[file.path] != bytes {
            self.bytes[file.path] = bytes
            changed.insert(file.path)
        }
        for shard in shards.removed { self.bytes[SearchLayout.shard(shard)] = nil }
        if !shards.removed.isEmpty || bytes.count != paths.count {
            paths = bytes.keys.sorted(by: SearchPostings.precedes)
        }
        return changed
    }
}
