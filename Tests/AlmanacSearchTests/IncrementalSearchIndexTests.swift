import Testing
@testable import AlmanacSearch

@Suite("Incremental index")
struct IncrementalSearchIndexTests {
    /// One call's files by path, to find what changed between two calls.
    typealias Files = [(path: String, bytes: [UInt8])]

    /// A small wiki and a run of edits of every kind, each a whole list of
    /// documents as `almanac serve` would pass it.
    static func edits() -> [(name: String, documents: [SearchDocument])] {
        var documents = SyntheticWiki(count: 160, bodyWords: 60, seed: 11).documents + RankingFixture.documents
        var steps: [(name: String, documents: [SearchDocument])] = [("first", documents), ("unchanged", documents)]
        func step(_ name: String, _ change: (inout [SearchDocument]) -> Void) {
            change(&documents)
            steps.append((name, documents))
        }
        step("body changed") { $0[10].text += " a sentence with zorblatt in it." }
        step("body replaced") { $0[11].text = $0[12].text }
        step("body emptied") { $0[13].text = "" }
        step("summary changed") { $0[14].summary = "A new summary, long enough: " + String(repeating: "words and more words ", count: 20) }
        step("alias added") { $0[15].aliases.append("Козинка Новая") }
        step("alias changed") { $0[15].aliases = ["Qwerty Alias"] }
        step("alias removed") { $0[15].aliases = [] }
        step("title changed, renumbered") { $0[16].title = "Aaaa " + $0[16].title }
        step("title changed, same place") { $0[16].title += "." }
        step("new words make a new shard group") { $0[17].text += " qqzx qqzy qqzz" }
        step("and take it away") { $0[17].text = $0[18].text }
        step("one document grows big enough to split shards") {
            $0[19].text = (0..<3_000).map { "zk\($0)" }.joined(separator: " ")
        }
        step("and shrinks") { $0[19].text = "short" }
        step("several edits at once") {
            for index in stride(from: 20, to: 60, by: 4) { $0[index].text += " edit\(index)" }
        }
        step("document added") {
            $0.append(SearchDocument(id: "events/new", url: "events/new/index.html", title: "Brand New Event", aliases: ["Новое"],
                                     typeLabel: "Event", summary: "Something new.", text: "It happened yesterday in Kozinka."))
        }
        step("document removed") { $0.remove(at: 5) }
        step("order of the list changed") { $0.reverse() }
        step("same title composed differently") {
            // Canonically equal to the old title, but written with other bytes.
            $0[0].title = "Cafe\u{301} " + $0[0].title
        }
        step("and decomposed") { $0[0].title = $0[0].title.replacingOccurrences(of: "Cafe\u{301}", with: "Caf\u{E9}") }
        step("everything removed") { $0 = [] }
        step("and back") { $0 = steps[2].documents }
        return steps
    }

    /// The paths whose bytes differ (so a failure names files, not bytes).
    static func differing(_ a: Files, _ b: Files) -> [String] {
        a.count != b.count ? ["(file count \(a.count) ≠ \(b.count))"] : zip(a, b).filter { $0.bytes != $1.bytes }.map(\.0.path)
    }

    /// Runs the edits through one index and checks every call against a
    /// fresh build, and `changed` against the previous call's files.
    func check(_ index: inout IncrementalSearchIndex, build: ([SearchDocument]) -> Files) {
        var previous: [String: [UInt8]]?
        for (name, documents) in Self.edits() {
            let result = index.update(documents)
            let expected = build(documents)
            #expect(result.files.map(\.path) == expected.map(\.path), "\(name): paths")
            #expect(Self.differing(result.files, expected) == [], "\(name): bytes")
            let differing = Set(result.files.filter { previous?[$0.path] != $0.bytes }.map(\.path))
            #expect(result.changed == differing, "\(name): changed")
            previous = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.bytes) })
        }
    }

    @Test("Each update gives the bytes of a whole build, and names exactly the files that changed")
    func matchesBuild() {
        var index = IncrementalSearchIndex()
        check(&index) { SearchIndex.build($0) }
    }

    @Test("The same with every change edited in place, shards split small")
    func editedInPlace() {
        // No limit: even a renumbering is done by editing every number it moved.
        var index = IncrementalSearchIndex(editLimit: .max, shardLimit: 2_000)
        check(&index) { SearchIndex.files(SearchPostings($0, shardLimit: 2_000)) }
    }

    @Test("The same with every change built again from kept terms")
    func rebuiltFromTerms() {
        var index = IncrementalSearchIndex(editLimit: 0)
        check(&index) { SearchIndex.build($0) }
    }

    @Test("Words equal only under canonical equivalence are not merged differently by an edit")
    func canonicallyEqualKeys() {
        // A grapheme joiner between two marks is dropped with the
        // diacritics, leaving the marks out of canonical order: a word equal
        // to, but spelled apart from, the same word in canonical order.
        let reordered = "a\u{591}\u{34F}\u{5B0}b", canonical = "a\u{5B0}\u{591}b"
        var documents = [
            RankingFixture.document("a/1", "Alpha", text: "one " + reordered),
            RankingFixture.document("a/2", "Beta", text: "two " + canonical),
            RankingFixture.document("a/3", "Gamma", text: "three"),
        ]
        #expect(!DocumentTerms(documents[0]).isCanonical)
        var index = IncrementalSearchIndex(editLimit: .max)
        for change in [{ (d: inout [SearchDocument]) in d[0].text = "one" }, { d in d[2].text = "three " + reordered }, { d in d[1].text = "two" }] {
            _ = index.update(documents)
            change(&documents)
            let result = index.update(documents)
            #expect(Self.differing(result.files, SearchIndex.build(documents)) == [])
        }
    }
}
