import Foundation

/// The form in which names are compared when links are resolved: case,
/// diacritics, letter width and runs of white space do not matter.
public enum TextKey {
    public static func normalize(_ text: some StringProtocol) -> String {
        // Most names are plain ASCII: fold them without Foundation, which is
        // ~20× slower and runs for every title, alias and link.
        var ascii = [UInt8]()
        ascii.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return foldUnicode(String(text)) }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !ascii.isEmpty
                continue
            }
            if pendingSpace {
                ascii.append(0x20)
                pendingSpace = false
            }
            ascii.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: ascii, as: UTF8.self)
    }

    static func foldUnicode(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
