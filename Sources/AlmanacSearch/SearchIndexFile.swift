/// One file of the index, named before it is written, so that files can
/// be written in parallel and an edit can rewrite only some of them.
enum SearchIndexFile: Hashable, Sendable {
    case manifest
    case script
    /// The shard with this key.
    case shard(String)
    /// The metadata of documents `n * chunkSize ..< (n + 1) * chunkSize`.
    case chunk(Int)

    /// Every file of the index of `postings`, in no particular order.
    static func all(_ postings: SearchPostings) -> [SearchIndexFile] {
        [.manifest, .script] + postings.shards.keys.map { .shard($0) } + chunks(postings.documents.count).map { .chunk($0) }
    }

    /// The chunk numbers for this many documents.
    static func chunks(_ documents: Int) -> Range<Int> {
        0..<((documents + SearchLayout.chunkSize - 1) / SearchLayout.chunkSize)
    }

    var path: String {
        switch self {
        case .manifest: SearchLayout.manifest
        case .script: SearchLayout.script
        case .shard(let key): SearchLayout.shard(key)
        case .chunk(let number): SearchLayout.chunk(number)
        }
    }

    func bytes(_ postings: SearchPostings) -> [UInt8] {
        switch self {
        case .manifest: Array(SearchIndexFiles.manifest(postings).utf8)
        case .script: Self.scriptBytes
        case .shard(let key): SearchIndexFiles.shard(key, postings)
        case .chunk(let number):
            SearchIndexFiles.chunk(number, postings.documents[(number * SearchLayout.chunkSize)..<min((number + 1) * SearchLayout.chunkSize, postings.documents.count)])
        }
    }

    private static let scriptBytes = Array(SearchScript.source.utf8)

    /// The files' bytes, written on all cores, sorted by path.
    static func write(_ files: [SearchIndexFile], _ postings: SearchPostings) -> [(path: String, bytes: [UInt8])] {
        let bytes = Parallel.map(files.count) { files[$0].bytes(postings) }
        return zip(files.map(\.path), bytes).sorted { SearchPostings.precedes($0.0, $1.0) }.map { (path: $0.0, bytes: $0.1) }
    }
}
