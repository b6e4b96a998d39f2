import Foundation

/// Rules for the identifiers that become file names, URLs and anchors.
public enum Slug {
    /// An anchor id for a heading: lower-case letters and digits of any script,
    /// joined by hyphens (`Early history` → `early-history`).
    public static func anchor(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// A file-name slug for `almanac new`: ASCII, transliterated where the
    /// platform can (`Илья Пономарёв` → `il-a-ponomarev`).
    public static func fileName(_ title: String) -> String {
        let latin = title.applyingTransform(.toLatin, reverse: false) ?? title
        let ascii = latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingHyphen = false
        for scalar in ascii.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "entry" : String(out.prefix(80))
    }

    /// Top-level names taken by generated pages and files (compared in lower
    /// case): no entry or folder at the root of content/, no alias page
    /// there and no type folder may use them.
    public static let reservedNames: Set<String> = [
        "assets", "wanted", "index", "404", "search", "tags", "timeline", "graph", "maintenance",
        "index.html", "404.html", "robots.txt", "sitemap.xml", "atom.xml",
    ]

    private static let deviceNames = Set(["CON", "PRN", "AUX", "NUL"]).union((1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// Names taken inside every type's folder by its index pages.
    public static let reservedInTypeFolder: Set<String> = ["index.html", "by-date.html"]

    /// Whether a file stem (or, with `naming`, a folder name) is safe as a
    /// URL segment on every host and file system: no separators, no dot-only
    /// names, no control characters, no Windows device names, at most 200 bytes.
    public static func problem(inStem stem: String, naming what: String = "the file name") -> String? {
        if stem.isEmpty { return "\(what) is empty" }
        if stem.utf8.count > 200 { return "\(what) is longer than 200 bytes" }
        if stem.hasPrefix(".") { return "\(what) starts with a dot" }
        // `:` first of all: a relative link to `javascript:x/` is a script.
        // The rest are refused by Windows or change what a URL means.
        if stem.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || "/\\%?#:*<>|\"".unicodeScalars.contains($0) }) {
            return "\(what) contains a character that is not safe in a URL or on Windows (/ \\ % ? # : * < > | \" or a control character)"
        }
        if stem.hasSuffix(".") || stem.hasSuffix(" ") { return "\(what) ends with a dot or a space, which Windows drops" }
        let device = stem.uppercased().split(separator: ".").first.map(String.init) ?? ""
        if deviceNames.contains(device) { return "'\(stem)' is a reserved device name on Windows" }
        return nil
    }
}
