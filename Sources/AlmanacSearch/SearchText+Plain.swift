import Foundation

/// The fast path of `SearchText.words`, on UTF-8 bytes: most text is ASCII
/// words between punctuation, and for such text lower-casing the ASCII
/// letters and splitting is all the full normalisation would do.
extension SearchText {
    /// The terms of `text` when it is plain — ASCII, apart from separators
    /// that normalisation leaves alone (`—`, `’`, `“`, `…`, `«`, emoji) —
    /// and `nil` when it needs the full normalisation.
    static func plainTerms(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { plainTerms($0) }
    }

    private static func plainTerms(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var terms: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            guard !word.isEmpty else { return }
            terms.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x61...0x7A, 0x30...0x39:
                word.append(byte)
                index += 1
            case 0x41...0x5A:
                word.append(byte | 0x20)
                index += 1
            case 0x00..<0x80:
                flush()
                index += 1
            default:
                // The text is valid UTF-8: the lead byte says how long the scalar is.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (0xFF >> (length + 1))
                for next in bytes[(index + 1)..<(index + length)] { value = value << 6 | UInt32(next & 0x3F) }
                guard inertSeparators.contains(value) else { return nil }
                flush()
                index += length
            }
        }
        flush()
        return terms
    }

    /// Non-ASCII separators that the full normalisation keeps as nothing but
    /// separators, whatever stands next to them: no case, not a combining
    /// mark, unchanged by composition, and decomposing into separators only.
    /// Taken from the blocks where prose punctuation and symbols live, and
    /// checked here rather than listed, so the table cannot be wrong.
    static let inertSeparators: Set<UInt32> = {
        let blocks: [ClosedRange<UInt32>] = [
            0x00A0...0x00BF, 0x00D7...0x00D7, 0x00F7...0x00F7, 0x2000...0x206F, 0x20A0...0x20CF,
            0x2100...0x23FF, 0x2500...0x27BF, 0x3000...0x303F, 0x1F300...0x1F6FF, 0x1F900...0x1F9FF,
        ]
        var inert = Set<UInt32>()
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value), isSeparator(scalar),
                  scalar.properties.canonicalCombiningClass == .notReordered else { continue }
            let text = String(scalar)
            guard text.lowercased().unicodeScalars.elementsEqual([scalar]),
                  text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]),
                  text.decomposedStringWithCompatibilityMapping.unicodeScalars.allSatisfy(isSeparator) else { continue }
            inert.insert(value)
        }
        return inert
    }()
}
