import AlmanacCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for UTF-8 text that give the same answers as Swift's
/// `Character` (extended grapheme cluster) view, without building one.
///
/// The walker finds Markdown-level syntax (`[[`, `]]`, `|`, `#`, sentence
/// ends) as ASCII bytes. In Swift's `Character` view an ASCII character can
/// be part of a larger cluster: after a prepended mark (U+0600 and kin) or
/// before a combining mark, variation selector or joiner (`.́`, `#️⃣`), and
/// `\r\n` is one character. `isLone` tells those cases apart with a
/// two-scalar check, which is exact for an ASCII character: the only rules
/// that can join it to a neighbour (GB3, GB9, GB9a, GB9b) look at that
/// neighbour alone. Text that is all ASCII never gets as far as the check.
enum UTF8Text {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    @inline(__always) static func isASCIIWhitespace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D)
    }

    /// Whether the ASCII byte at `p` is a `Character` of its own.
    @inline(__always) static func isLone(_ b: Bytes, _ p: Int) -> Bool {
        let c = b[p]
        if p > 0 {
            let prev = b[p - 1]
            if prev >= 0x80 {
                if !lonePrevious(b, p) { return false }
            } else if prev == 0x0D && c == 0x0A {
                return false
            }
        }
        if p + 1 < b.count {
            let next = b[p + 1]
            if next >= 0x80 {
                if !loneNext(b, p) { return false }
            } else if c == 0x0D && next == 0x0A {
                return false
            }
        }
        return true
    }

    /// Whether the byte at `p` is `c` and a `Character` of its own.
    @inline(__always) static func isLone(_ b: Bytes, _ p: Int, _ c: UInt8) -> Bool {
        b[p] == c && isLone(b, p)
    }

    @inline(never) private static func lonePrevious(_ b: Bytes, _ p: Int) -> Bool {
        let s = scalar(endingAt: b, p)
        // Every Prepend scalar lies above U+0600.
        return s.value < 0x600 || breaks(s, Unicode.Scalar(b[p]))
    }

    @inline(never) private static func loneNext(_ b: Bytes, _ p: Int) -> Bool {
        let s = scalar(startingAt: b, p + 1)
        // Every Extend, SpacingMark and ZWJ scalar lies above U+0300.
        return s.value < 0x300 || breaks(Unicode.Scalar(b[p]), s)
    }

    private static func breaks(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        var s = String()
        s.unicodeScalars.append(a)
        s.unicodeScalars.append(b)
        return s.count == 2
    }

    /// The scalar whose encoding starts at `p` (a lead byte).
    static func scalar(startingAt b: Bytes, _ p: Int) -> Unicode.Scalar {
        var end = p + 1
        while end < b.count, end < p + 4, b[end] & 0xC0 == 0x80 { end += 1 }
        return firstScalar(Bytes(rebasing: b[p..<end]))
    }

    /// The scalar whose encoding ends just before `p`.
    static func scalar(endingAt b: Bytes, _ p: Int) -> Unicode.Scalar {
        var start = p - 1
        while start > 0, start > p - 4, b[start] & 0xC0 == 0x80 { start -= 1 }
        return firstScalar(Bytes(rebasing: b[start..<p]))
    }

    private static func firstScalar(_ b: Bytes) -> Unicode.Scalar {
        var iterator = b.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return s }
        return "\u{FFFD}"
    }

    /// Whether the `Character` starting at `p` counts as white space
    /// (Swift looks at its first scalar).
    @inline(__always) static func startsWithWhitespace(_ b: Bytes, _ p: Int) -> Bool {
        let c = b[p]
        if c < 0x80 { return isASCIIWhitespace(c) }
        return scalar(startingAt: b, p).properties.isWhitespace
    }

    /// `String(decoding: b[range], as: UTF8.self).count`, cheaply when ASCII.
    static func characterCount(_ b: Bytes, _ range: Range<Int>) -> Int {
        isOneByteACharacter(b, range) ? range.count : String(decoding: b[range], as: UTF8.self).count
    }

    /// Whether every byte in `range` is a `Character` of its own: ASCII and
    /// no `\r` (which `\n` can join). Eight bytes at a time.
    static func isOneByteACharacter(_ b: Bytes, _ range: Range<Int>) -> Bool {
        guard let base = b.baseAddress else { return true }
        var i = range.lowerBound
        let end = range.upperBound
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101, cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        while i + 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if w & high != 0 { return false }
            let x = w ^ cr
            if (x &- ones) & ~x & high != 0 { return false }
            i += 8
        }
        while i < end {
            let c = base[i]
            if c >= 0x80 || c == 0x0D { return false }
            i += 1
        }
        return true
    }

    /// `String(decoding: b[range], as: UTF8.self).trimmingSpaces`, working on
    /// bytes while the ends are plain ASCII.
    static func trimmedString(_ b: Bytes, _ range: Range<Int>) -> String {
        guard let r = trimmedRange(b, range) else { return slowTrim(b, range) }
        return String(decoding: b[r], as: UTF8.self)
    }

    /// The bytes that `trimmingSpaces` keeps of `b[range]`, or nil when an
    /// end needs the `Character` view to decide.
    static func trimmedRange(_ b: Bytes, _ range: Range<Int>) -> Range<Int>? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let c = b[lo]
            if c >= 0x80 {
                // A Character's first scalar decides, and the cluster that
                // starts here starts with this scalar.
                if scalar(startingAt: b, lo).properties.isWhitespace { return nil }
                break
            }
            if !isASCIIWhitespace(c) { break }
            if lo + 1 < hi, b[lo + 1] >= 0x80 { return nil }
            lo += 1
        }
        while hi > lo {
            let c = b[hi - 1]
            if c >= 0x80 { return nil }
            if !isASCIIWhitespace(c) { break }
            if hi - 2 >= lo, b[hi - 2] >= 0x80 { return nil }
            hi -= 1
        }
        return lo..<hi
    }

    private static func slowTrim(_ b: Bytes, _ range: Range<Int>) -> String {
        String(decoding: b[range], as: UTF8.self).trimmingSpaces
    }

    /// The first lone ASCII `c` in `range`.
    static func firstLone(_ c: UInt8, in b: Bytes, _ range: Range<Int>) -> Int? {
        for i in range where b[i] == c && isLone(b, i) { return i }
        return nil
    }

    /// The offset of the first `byte` at or after `from`.
    @inline(__always) static func find(_ byte: UInt8, in b: Bytes, from: Int) -> Int? {
        guard from < b.count, let base = b.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// `text` with every `pattern` replaced by `replacement`, or nil when it
    /// has none; its first byte is found with `find` (memchr), so the common
    /// case costs one scan.
    static func replacing(_ pattern: String, with replacement: String, in text: String) -> String? {
        var text = text
        let needle = Array(pattern.utf8)
        return text.withUTF8 { b -> String? in
            guard !needle.isEmpty else { return nil }
            func find(_ from: Int) -> Int? {
                var from = from
                while let p = UTF8Text.find(needle[0], in: b, from: from) {
                    if p + needle.count <= b.count, b[p..<(p + needle.count)].elementsEqual(needle) { return p }
                    from = p + 1
                }
                return nil
            }
            guard var hit = find(0) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 64)
            var pos = 0
            while true {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos..<hit]))
                out.append(contentsOf: replacement.utf8)
                pos = hit + needle.count
                guard let next = find(pos) else { break }
                hit = next
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
