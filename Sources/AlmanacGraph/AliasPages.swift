import AlmanacContent
import AlmanacCore

/// A page at an alias's URL: a redirect to the one entry it names, or a
/// disambiguation page when it names several.
public struct AliasPage: Sendable, Hashable {
    /// `groups/lsr/index.html`.
    public var path: String
    public var alias: String
    public var entries: [Int]
}

public enum AliasPages {
    /// One page per alias URL (`<folder>/<alias slug>/`) that no entry uses
    /// and, at the top level, no generated page (`tags/`, a type's folder…):
    /// an alias "Timeline" of an entry at the root of content/ would
    /// otherwise replace the timeline with a redirect.
    public static func all(_ site: LinkedSite, config: SiteConfig) -> [AliasPage] {
        // In lower case: `groups/Foo/` and `groups/foo/` are one folder on macOS and Windows.
        let taken = Set(site.entries.map { $0.id.lowercased() })
        var pages: [String: AliasPage] = [:]
        for (i, entry) in site.entries.enumerated() {
            for alias in entry.aliases {
                let slug = Slug.fileName(alias)
                let id = entry.folder.isEmpty ? slug : entry.folder + "/" + slug
                guard slug != "entry", !taken.contains(id.lowercased()) else { continue }
                if entry.folder.isEmpty, config.takesTopLevel(slug) { continue }
                let path = id + "/index.html"
                if pages[path] == nil { pages[path] = AliasPage(path: path, alias: alias, entries: []) }
                if !pages[path]!.entries.contains(i) { pages[path]!.entries.append(i) }
            }
        }
        return pages.values.sorted { $0.path < $1.path }
    }
}
