/// Estimates how wide text is drawn, and shortens it to fit.
///
/// The build has no font to measure with, so widths are estimated per
/// character from typical sans-serif proportions, erring wide: a label that
/// is thought longer than it is wastes a little space, one thought shorter
/// overlaps its neighbour.
enum TextMetrics {
    /// The text with runs of white space (newlines included) made one space, trimmed.
    static func normalizeSpace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Estimated advance width of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var total = 0.0
        for character in text {
            total += ems(for: character)
        }
        return total * fontSize * (bold ? 1.08 : 1.0)
    }

    /// `text` with white space normalized, cut at a character boundary and
    /// ended with "…" when it would be wider than `maxWidth`.
    static func fit(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        let clean = normalizeSpace(text)
        guard width(clean, fontSize: fontSize, bold: bold) > maxWidth else { return clean }
        let budget = maxWidth - width("…", fontSize: fontSize, bold: bold)
        var kept = ""
        var used = 0.0
        for character in clean {
            let w = width(String(character), fontSize: fontSize, bold: bold)
            if used + w > budget { break }
            kept.append(character)
            used += w
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }

    /// Width of one character in ems, by broad class.
    private static func ems(for character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if "iljtf.,:;'|!()[] ".contains(character) { return 0.32 }
        if "mwMW@%".contains(character) { return 0.9 }
        if value >= 0x30 && value <= 0x39 { return 0.64 }
        if value >= 0x41 && value <= 0x5A { return 0.74 }
        if value < 0x80 { return 0.6 }
        // East Asian scripts, Hangul and full-width forms are one em wide.
        if (value >= 0x1100 && value <= 0x11FF) || (value >= 0x2E80 && value <= 0xA4CF)
            || (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0xF900 && value <= 0xFAFF)
            || (value >= 0xFF00 && value <= 0xFF60) || value >= 0x20000
        {
            return 1.0
        }
        if value == 0x2026 { return 1.0 }
        return character.isUppercase ? 0.76 : 0.64
    }
}
