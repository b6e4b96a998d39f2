import Foundation

/// `search/search.js`: the browser client, with the normalisation tables
/// and posting digits written in from Swift so the two cannot drift.
enum SearchScript {
    static let source: String = template
        .replacingOccurrences(of: "__LETTERS__", with: JavaScriptLiteral.object(
            SearchAlphabet.letters.map { (key: String(Character($0.0)), value: JavaScriptLiteral.string($0.1)) }))
        .replacingOccurrences(of: "__UKRAINIAN__", with: JavaScriptLiteral.object(
            SearchAlphabet.ukrainian.map { (key: String(Character($0.0)), value: JavaScriptLiteral.string($0.1)) }))
        .replacingOccurrences(of: "__MARKS__", with: ranges(SearchAlphabet.marks))
        .replacingOccurrences(of: "__SEPARATORS__", with: ranges(SearchAlphabet.separators))
        .replacingOccurrences(of: "__FINAL__", with: JavaScriptLiteral.string(String(String.UnicodeScalarView(PostingCoder.final))))
        .replacingOccurrences(of: "__CONTINUATION__", with: JavaScriptLiteral.string(String(String.UnicodeScalarView(PostingCoder.continuation))))
        .replacingOccurrences(of: "__LEVELS__", with: "[" + (0...3).map { String(SearchField(rawValue: $0)!.level) }.joined(separator: ",") + "]")
        .replacingOccurrences(of: "__WHOLE__", with: String(SearchField.wholeTitle.rawValue))

    private static func ranges(_ ranges: [ClosedRange<UInt32>]) -> String {
        "[" + ranges.map { "[0x\(String($0.lowerBound, radix: 16)),0x\(String($0.upperBound, radix: 16))]" }.joined(separator: ",") + "]"
    }
}
