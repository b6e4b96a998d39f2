import AlmanacContent
import AlmanacCore

/// Tags as written in front matter, grouped by their slug.
public struct Tag: Sendable, Hashable {
    /// The first spelling met, in entry order.
    public var name: String
    public var slug: String
    public var entries: [Int]
}

public enum Tags {
    /// Every tag with its entries, sorted by name.
    public static func all(_ site: LinkedSite) -> [Tag] {
        var byKey: [String: Tag] = [:]
        for (i, entry) in site.entries.enumerated() {
            for name in entry.tags {
                let slug = Slug.fileName(name)
                if byKey[slug] == nil { byKey[slug] = Tag(name: name, slug: slug, entries: []) }
                if byKey[slug]!.entries.last != i { byKey[slug]!.entries.append(i) }
            }
        }
        return byKey.values.sorted { (TextKey.normalize($0.name), $0.slug) < (TextKey.normalize($1.name), $1.slug) }
    }
}
