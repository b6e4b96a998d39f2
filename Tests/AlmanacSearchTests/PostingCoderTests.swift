import Testing
@testable import AlmanacSearch

@Suite("Posting lists")
struct PostingCoderTests {
    @Test("Encoding round-trips, one byte for neighbours")
    func roundTrip() {
        let postings = [
            Posting(doc: 0, field: .body), Posting(doc: 1, field: .summary), Posting(doc: 2, field: .wholeTitle),
            Posting(doc: 40, field: .titleWord), Posting(doc: 9_999, field: .body), Posting(doc: 1_000_000, field: .summary),
        ]
        let text = PostingCoder.encode(postings)
        #expect(PostingCoder.decode(text) == postings)
        #expect(PostingCoder.encode(Array(postings.prefix(3))) == "abd")
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" })
    }

    @Test("Text it could not have written is refused")
    func refusesGarbage() {
        #expect(PostingCoder.decode("a!") == nil)
        #expect(PostingCoder.decode("aA") == nil)
        #expect(PostingCoder.decode("") == [])
    }
}
