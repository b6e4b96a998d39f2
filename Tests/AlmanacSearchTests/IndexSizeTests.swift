import Testing
import AlmanacSearch

@Suite("Index size")
struct IndexSizeTests {
    @Test("10,000 entries: manifest + largest shard + largest metadata chunk < 300 KB")
    func firstResultBudget() {
        let wiki = SyntheticWiki(count: 10_000)
        let files = SearchIndex.build(wiki.documents)
        func largest(_ prefix: String) -> (path: String, size: Int) {
            files.filter { $0.path.hasPrefix(prefix) }.map { ($0.path, $0.bytes.count) }.max { $0.1 < $1.1 } ?? ("none", 0)
        }
        let manifest = largest("search/index.js")
        let shard = largest("search/shard-")
        let chunk = largest("search/docs-")
        let script = largest("search/search.js")
        let total = files.reduce(0) { $0 + $1.bytes.count }
        print("""
            search index at 10,000 entries: \(files.count) files, \(total) bytes in all; \
            manifest \(manifest.size), largest shard \(shard.size) (\(shard.path)), \
            largest chunk \(chunk.size) (\(chunk.path)), search.js \(script.size)
            """)
        #expect(manifest.size + shard.size + chunk.size < 300_000)
        // The script is loaded with every page: keep it small too.
        #expect(script.size < 20_000)
    }
}
