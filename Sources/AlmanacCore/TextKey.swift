import Foundation

/// The form in which names are compared when links are resolved: case,
/// diacritics, letter width and runs of white space do not matter.
public enum TextKey {
    public static func normalize(_ text: some StringProtocol) -> String {
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
