/// Turns type names into CSS class names.
enum CSSClass {
    /// `node-<type>`: the type name lower-cased, with anything but letters
    /// and digits made a hyphen, so a hostile or odd type name cannot break
    /// out of the `class` attribute or select something else.
    static func node(typeName: String) -> String {
        "node-" + token(typeName)
    }

    /// A lower-case class token: letters and digits, single hyphens between
    /// runs of them; `other` if nothing is left.
    static func token(_ text: String) -> String {
        // Type names are nearly always a plain word already (every node of
        // every drawing asks): then the token is the name itself.
        if !text.isEmpty && text.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return text }
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let isASCIIDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            if scalar.properties.isAlphabetic || isASCIIDigit {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "other" : out
    }
}
