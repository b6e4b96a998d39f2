import AlmanacViz

/// The built-in theme, carried in the binary so that a wiki without a
/// `templates/` folder builds. Files in `templates/` override these by name.
public enum DefaultTheme {
    /// Template sources by name (`entry` is `templates/entry.mustache`).
    public static let templates: [String: String] = [
        "layout": layout, "footer": footer, "entry": entry, "index": index,
        "home": home, "wanted": wanted, "404": notFound,
        "timeline": timeline, "tags": tags, "tag": tag, "redirect": redirect, "disambiguation": disambiguation,
        "sitemap": sitemap, "atom": atom, "qualifiers": qualifiers, "maintenance": maintenance, "graph": graph, "search": search,
    ]

    /// Asset files by path under `assets/`.
    public static let assets: [String: String] = ["style.css": stylesheet + NeighbourhoodSVG.stylesheet, "almanac.js": script]
}
