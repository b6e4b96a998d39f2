/// Estimates how wide text is drawn, and shortens it to fit.
///
/// The build has no font to measure with, so widths are estimated per
/// character from typical sans-serif proportions, erring wide: a label that
/// is thought longer than it is wastes a little space, one thought shorter
/// overlaps its neighbour.
enum TextMetrics {
    /// The text with runs of white space (newlines included) made one space, trimmed.
    static func normalizeSpace(_ text: String) -> String {
        // Almost every label is already clean; checking scalars is far
        // cheaper than splitting on Characters (grapheme breaking).
        var previousSpace = true
        var clean = true
        for scalar in text.unicodeScalars {
            let space = scalar == " "
            if (space && previousSpace) || (!space && isWhitespace(scalar)) { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace || text.isEmpty { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Unicode's White_Space property, without a property lookup for the
    /// letters that make up almost every label.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Estimated advance width of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        // Unicode scalars, not Characters: layouts measure labels thousands of
        // times, and grapheme breaking dominated whole builds.
        var total = 0.0
        for scalar in text.unicodeScalars {
            total += ems(for: scalar)
        }
        return total * fontSize * (bold ? 1.08 : 1.0)
    }

    /// `text` with white space normalized, cut at a character boundary and
    /// ended with "…" when it would be wider than `maxWidth`.
    static func fit(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        fitted(text, maxWidth: maxWidth, fontSize: fontSize, bold: bold).text
    }

    /// `fit`, with the width of what it returns, so callers measure once.
    static func fitted(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> (text: String, width: Double) {
        let clean = normalizeSpace(text)
        let full = width(clean, fontSize: fontSize, bold: bold)
        guard full > maxWidth else { return (clean, full) }
        let budget = maxWidth - width("…", fontSize: fontSize, bold: bold)
        // Measured a character at a time without making a String of each
        // (the same sums as `width` of that one character).
        var used = 0.0
        var end = clean.startIndex
        for character in clean {
            var ems = 0.0
            for scalar in character.unicodeScalars { ems += Self.ems(for: scalar) }
            let w = ems * fontSize * (bold ? 1.08 : 1.0)
            if used + w > budget { break }
            used += w
            end = clean.index(after: end)
        }
        var kept = String(clean[..<end])
        while kept.last?.isWhitespace == true { kept.removeLast() }
        kept += "…"
        return (kept, width(kept, fontSize: fontSize, bold: bold))
    }

    /// Width of one scalar in ems, by broad class.
    private static func ems(for scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        switch value {
        case 0x69, 0x6C, 0x6A, 0x74, 0x66, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x7C, 0x21, 0x28, 0x29, 0x5B, 0x5D, 0x20: return 0.32  // iljtf.,:;'|!()[] and space
        case 0x6D, 0x77, 0x4D, 0x57, 0x40, 0x25: return 0.9  // mwMW@%
        case 0x30...0x39: return 0.64
        case 0x41...0x5A: return 0.74
        case 0..<0x80: return 0.6
        // Combining marks add no width of their own.
        case 0x300...0x36F: return 0
        // East Asian scripts, Hangul and full-width forms are one em wide.
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x20000...: return 1.0
        case 0x2026: return 1.0
        default: return scalar.properties.isUppercase ? 0.76 : 0.64
        }
    }
}
