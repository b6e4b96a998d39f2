import Testing
import AlmanacSearch

@Suite("Determinism")
struct DeterminismTests {
    @Test("Two builds, and a build of shuffled input, give the same bytes")
    func sameBytes() {
        let documents = SyntheticWiki(count: 300).documents + RankingFixture.documents
        var random = SyntheticWiki.Generator(state: 7)
        let first = SearchIndex.build(documents)
        let second = SearchIndex.build(documents)
        let shuffled = SearchIndex.build(documents.shuffled(using: &random))
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.bytes) == second.map(\.bytes))
        #expect(first.map(\.path) == shuffled.map(\.path))
        #expect(first.map(\.bytes) == shuffled.map(\.bytes))
    }

    @Test("Files are sorted, under search/, ASCII, and use no innerHTML")
    func fileShape() {
        let files = SearchIndex.build(RankingFixture.documents)
        let paths = files.map(\.path)
        #expect(paths == paths.sorted())
        #expect(paths.allSatisfy { $0.hasPrefix("search/") && $0.hasSuffix(".js") })
        #expect(paths.contains("search/index.js") && paths.contains("search/search.js"))
        #expect(files.allSatisfy { $0.bytes.allSatisfy { $0 < 0x80 } })
        let script = String(decoding: files.first { $0.path == "search/search.js" }!.bytes, as: UTF8.self)
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("__"), "every template slot is filled")
    }

    @Test("An empty wiki still gets a manifest and the script")
    func empty() {
        let files = SearchIndex.build([])
        #expect(files.map(\.path) == ["search/index.js", "search/search.js"])
        #expect(String(decoding: files[0].bytes, as: UTF8.self)
            == #"AlmanacSearch.manifest({"version":1,"documents":0,"chunk":64,"shards":[]});"# + "\n")
    }
}
