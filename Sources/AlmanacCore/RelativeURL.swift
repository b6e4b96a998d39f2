/// Links between pages are relative, so `public/` works under any sub-path
/// and from `file://`; directory pages are linked as `…/index.html`.
public enum RelativeURL {
    /// The prefix that climbs from a page at `pagePath` (e.g.
    /// `groups/x/index.html`) back to the site root (`../../`).
    public static func root(from pagePath: String) -> String {
        let depth = pagePath.split(separator: "/").count - 1
        return String(repeating: "../", count: max(0, depth))
    }
}
