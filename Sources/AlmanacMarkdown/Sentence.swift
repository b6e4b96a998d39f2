import AlmanacCore
/// Cuts the sentence that holds a marker out of a block of text.
///
/// A sentence ends after `.`, `!` or `?` standing as a `Character` of its own
/// and followed by a `Character` that starts with white space, or by the end
/// of the block; one at the block's first character does not count. The
/// punctuation is found as bytes and checked with `UTF8Text.isLone`, which
/// gives the `Character` view's answer without building it.
enum Sentence {
    static let maxLength = 280

    /// The offset just after each sentence end in `text`, in order.
    static func ends(in text: UnsafeBufferPointer<UInt8>, into ends: inout [Int]) {
        guard let base = text.baseAddress else { return }
        let n = text.count
        var q = 0
        // Skip eight bytes at a time while none is `.`, `!` or `?`.
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let dot = 0x2E * ones, bang = 0x21 * ones, question = 0x3F * ones
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        while q < n {
            if q + 8 <= n {
                let w = UnsafeRawPointer(base + q).loadUnaligned(as: UInt64.self)
                if !hasZeroByte(w ^ dot) && !hasZeroByte(w ^ bang) && !hasZeroByte(w ^ question) {
                    q += 8
                    continue
                }
            }
            let c = base[q]
            if isEnd(c), q + 1 == n || UTF8Text.startsWithWhitespace(text, q + 1), UTF8Text.isLone(text, q) {
                ends.append(q + 1)
            }
            q += 1
        }
    }

    @inline(__always) static func isEnd(_ c: UInt8) -> Bool { c == 0x2E || c == 0x21 || c == 0x3F }

    /// - Parameters:
    ///   - marker: the bytes of the link's placeholder in `text`.
    ///   - text: the block's text, UTF-8, links as placeholders.
    ///   - ends: `ends(in: text)`.
    ///   - scratch: a buffer to reuse.
    ///   - display: what a placeholder shows in the sentence.
    static func around(_ marker: Range<Int>, in text: UnsafeBufferPointer<UInt8>, ends: [Int], scratch: inout [UInt8], display: (Int) -> String) -> String {
        // The first end after the marker, and the last one before it.
        var lo = 0, hi = ends.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] <= marker.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        let start = lo > 0 && ends[lo - 1] >= 2 ? ends[lo - 1] : 0
        while lo < ends.count, ends[lo] <= marker.upperBound { lo += 1 }
        let end = lo < ends.count ? ends[lo] : text.count
        scratch.removeAll(keepingCapacity: true)
        WikiLinkToken.substitute(UnsafeBufferPointer(rebasing: text[start..<end]), into: &scratch, display)
        return scratch.withUnsafeBufferPointer { shortened($0) }
    }

    /// The text trimmed, and cut to `maxLength` characters with an ellipsis.
    static func shortened(_ b: UnsafeBufferPointer<UInt8>) -> String {
        guard let r = UTF8Text.trimmedRange(b, 0..<b.count) else {
            return shortened(String(decoding: b, as: UTF8.self).trimmingSpaces)
        }
        // At most one character a byte.
        if r.count <= maxLength { return String(decoding: b[r], as: UTF8.self) }
        // More than `maxLength` one-byte characters: cut after `maxLength - 1` of them.
        if UTF8Text.isOneByteACharacter(b, r.lowerBound..<(r.lowerBound + maxLength + 1)) {
            // ASCII: Swift checks it a word at a time, then takes the ellipsis.
            var cut = String(decoding: b[r.lowerBound..<(r.lowerBound + maxLength - 1)], as: UTF8.self)
            cut.append("…")
            return cut
        }
        return shortened(String(decoding: b[r], as: UTF8.self))
    }

    static func shortened(_ sentence: String) -> String {
        sentence.count > maxLength ? String(sentence.prefix(maxLength - 1)) + "…" : sentence
    }
}
