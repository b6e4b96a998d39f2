import Foundation
import Testing
@testable import AlmanacSearch

/// The shortcuts taken for speed agree with the long way round.
@Suite("Fast paths")
struct FastPathTests {
    @Test("Plain text splits as the full normalisation splits it")
    func plainTerms() {
        var random = SyntheticWiki.Generator(state: 3)
        let inert = SearchText.inertSeparators.sorted().map { String(Unicode.Scalar($0)!) }
        let pieces = ["Word", "ABC", "x", "42", " ", ".", "-", "\t", "\r\n", "'", "é", "Ж", "\u{301}", "ǅ", "\u{212A}", "½", "ﬁ"] + inert
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            if let plain = SearchText.plainTerms(text) {
                #expect(plain.map { [$0] } == SearchText.normalisedWords(text), "\(text.unicodeScalars.map(\.value))")
            }
            #expect(SearchText.words(text) == SearchText.normalisedWords(text))
        }
        // Every inert separator separates words, and is taken on the fast path.
        for separator in inert {
            #expect(SearchText.plainTerms("One" + separator + "two") == ["one", "two"], "\(separator.unicodeScalars.first!.value)")
            #expect(SearchText.normalisedWords("One" + separator + "two") == [["one"], ["two"]])
        }
        #expect(SearchText.inertSeparators.isSuperset(of: [0x2014, 0x2019, 0x201C, 0x201D, 0x2026, 0xA0, 0xAB, 0xBB]))
        #expect(SearchText.plainTerms("Café") == nil)
    }

    @Test("White space collapses in ASCII as it does by characters")
    func whitespace() {
        var random = SyntheticWiki.Generator(state: 5)
        let pieces = ["a", "Bc", ".", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1F}", "\u{85}", "\u{A0}", "é", " \u{301}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(SearchLayout.collapsingWhitespace(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
    }

    @Test("Lengths counted without writing match what is written")
    func lengths() {
        let postings = [Posting(doc: 0, field: .body), Posting(doc: 33, field: .summary), Posting(doc: 5_000, field: .wholeTitle)]
        #expect(PostingCoder.length(of: postings) == PostingCoder.encode(postings).utf8.count)
        for key in ["kozinka", "a \"quoted\\\" key\n", "σπίτι", "😀x", ""] {
            #expect(JavaScriptLiteral.length(of: key) == JavaScriptLiteral.string(key).utf8.count)
            #expect(ShardPlan.size(of: key, postings) == SearchPostings.fragment(key, postings).count + 1)
        }
    }

    @Test("Documents are numbered in code-point order, not by String comparison")
    func titleOrder() {
        let documents = [
            RankingFixture.document("b", "Caf\u{E9}"), RankingFixture.document("a", "Cafe\u{301}"),
            RankingFixture.document("c", "Zeta"), RankingFixture.document("d", "zeta"), RankingFixture.document("e", "Éclair"),
        ]
        let numbered = SearchPostings(documents).documents.map(\.id)
        // "cafe" sorts the decomposed title first (e + U+0301 before é); "zeta" ties and goes by title, "Z" before "z".
        #expect(numbered == ["a", "b", "e", "c", "d"])
    }
}
