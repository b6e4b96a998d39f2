/// Prints coordinates with a fixed number of decimals.
///
/// Written out by hand rather than with `String(format:)` so the text never
/// depends on the C library or the locale: the same layout prints the same
/// bytes on Linux and macOS.
enum SVGNumber {
    /// `value` rounded half away from zero to `decimals` places (0…4),
    /// trailing zeros dropped, never `-0`.
    static func format(_ value: Double, decimals: Int = 1) -> String {
        let places = min(max(decimals, 0), 4)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        // Coordinates are a few thousand units at most; anything else is a bug
        // upstream, and printing 0 keeps the SVG well-formed.
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let scaled = Int((value * Double(scale)).rounded())
        if scaled == 0 { return "0" }
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt(scale)
        var fraction = magnitude % UInt(scale)
        var digits = places
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let sign = scaled < 0 ? "-" : ""
        guard digits > 0 else { return "\(sign)\(whole)" }
        let text = String(fraction)
        let padding = String(repeating: "0", count: digits - text.count)
        return "\(sign)\(whole).\(padding)\(text)"
    }
}
