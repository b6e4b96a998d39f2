import Testing

@testable import AlmanacGraph

/// Repeated mentions and citations are dropped, first occurrences kept in
/// order, whether there are a few (compared in turn) or many (hashed).
@Suite struct FirstOfEachTests {
    @Test func fewAndManyGiveTheSameFirstOccurrences() {
        #expect(LinkedSite.firstOfEach(["b", "a", "b", "c", "a"]) == ["b", "a", "c"])
        let many = (0..<40).map { "s\($0 % 7)" }
        #expect(LinkedSite.firstOfEach(many) == (0..<7).map { "s\($0)" })
        #expect(LinkedSite.firstOfEach([String]()) == [])
    }
}
