/// Prints coordinates with a fixed number of decimals.
///
/// Written out by hand rather than with `String(format:)` so the text never
/// depends on the C library or the locale: the same layout prints the same
/// bytes on Linux and macOS.
enum SVGNumber {
    /// `value` rounded half away from zero to `decimals` places (0…4),
    /// trailing zeros dropped, never `-0`.
    static func format(_ value: Double, decimals: Int = 1) -> String {
        withDigits(value, decimals: decimals) { String(decoding: $0, as: UTF8.self) }
    }

    /// The same text as `format`, appended to `bytes` (SVGWriter's buffer).
    static func append(_ value: Double, decimals: Int = 1, to bytes: inout [UInt8]) {
        withDigits(value, decimals: decimals) { bytes.append(contentsOf: $0) }
    }

    /// Hands `body` the formatted digits in a small buffer on the stack.
    private static func withDigits<R>(_ value: Double, decimals: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let places = min(max(decimals, 0), 4)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        // Coordinates are a few thousand units at most; anything else is a bug
        // upstream, and printing 0 keeps the SVG well-formed.
        let scaled = value.isFinite && abs(value) < 1e12 ? Int((value * Double(scale)).rounded()) : 0
        var magnitude = scaled.magnitude
        var digits = places
        // Trailing zeros of the fraction are not printed.
        while digits > 0 && magnitude % 10 == 0 {
            magnitude /= 10
            digits -= 1
        }
        // Digits right to left into a small buffer.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var end = buffer.count
            func put(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            var written = 0
            repeat {
                put(0x30 + UInt8(magnitude % 10))
                magnitude /= 10
                written += 1
                if written == digits { put(0x2E) }
            } while magnitude > 0 || written <= digits
            if scaled < 0 { put(0x2D) }
            return body(UnsafeBufferPointer(rebasing: buffer[end...]))
        }
    }
}
