import AlmanacContent
import AlmanacCore
import AlmanacMarkdown

/// Where a link goes once resolved.
public enum LinkTarget: Sendable, Hashable {
    /// An entry, with the heading id when the link named one.
    case entry(Int, anchor: String?)
    /// A heading of the page the link is on.
    case sameEntry(anchor: String)
    /// Nothing by that name: a red link.
    case missing(String)
}

/// Entries that point at one entry through one relation, under the
/// relation's inverse label ("Leader of").
public struct BacklinkGroup: Sendable, Hashable {
    public var label: String
    public var items: [Backlink]

    /// The entries that point here, in order.
    public var sources: [Int] { items.map(\.source) }
}

/// One entry pointing here through a relation, with how the relation is qualified.
public struct Backlink: Sendable, Hashable {
    public var source: Int
    public var qualifiers: Qualifiers
    public var citations: [ResolvedCitation]
}

/// A citation once its source is looked up (nil when there is no such entry).
public struct ResolvedCitation: Sendable, Hashable {
    public var source: Int?
    public var name: String
    public var locator: String?
}

/// Something in an entry that cites a source: a relation value or its text.
public struct CitingUse: Sendable, Hashable {
    public var entry: Int
    /// "Leader: Denis Kapustin (claimed)", or nil for a link in the text.
    public var claim: String?
    public var locator: String?
}

/// An entry whose body links to another, with the sentences that do.
public struct Mention: Sendable, Hashable {
    public var source: Int
    public var sentences: [String]
}

/// A page that is linked to but does not exist.
public struct WantedEntry: Sendable, Hashable {
    public var title: String
    /// Entries (by index; nil for the home page) that link to it, with where.
    public var wantedBy: [(source: Int?, location: SourceLocation)]

    public static func == (a: WantedEntry, b: WantedEntry) -> Bool {
        a.title == b.title && a.wantedBy.map(\.location) == b.wantedBy.map(\.location)
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(title) }
}

/// The whole site once every link is resolved: the backlink graph.
public struct LinkedSite: Sendable {
    public var entries: [Entry]
    public var bodies: [RenderedBody]
    /// Per entry, per field, per value: where each front-matter link goes.
    public var fieldTargets: [[[LinkTarget]]]
    /// Per entry, per field, per value: its citations, resolved.
    public var fieldCitations: [[[[ResolvedCitation]]]]
    /// Per source entry: everything that cites it, in entry order.
    public var citedBy: [[CitingUse]]
    /// Per entry, per wiki link of its body.
    public var bodyTargets: [[LinkTarget]]
    public var home: RenderedBody?
    public var homeTargets: [LinkTarget]
    public var backlinks: [[BacklinkGroup]]
    public var mentions: [[Mention]]
    public var wanted: [WantedEntry]
    public var diagnostics: [Diagnostic]

    // Kept so that an edit relinks one entry, not the site (`Linker.relink`).
    var index: LinkIndex?
    /// What names resolve to, as wiki links resolve them.
    public var names: LinkIndex { index ?? LinkIndex(entries: entries) }
    var outgoing: [Outgoing] = []
    var homeLinks = Outgoing()
    /// Per entry, the entries that point at it, ascending.
    public internal(set) var incoming: [[Int]] = []
    var titleKeys: [String] = []
    /// Entries per type name (an edit in place never changes it).
    public let typeCounts: [String: Int]

    public init(entries: [Entry], bodies: [RenderedBody], fieldTargets: [[[LinkTarget]]], fieldCitations: [[[[ResolvedCitation]]]], citedBy: [[CitingUse]],
                bodyTargets: [[LinkTarget]], home: RenderedBody?, homeTargets: [LinkTarget], backlinks: [[BacklinkGroup]], mentions: [[Mention]],
                wanted: [WantedEntry], diagnostics: [Diagnostic]) {
        self.entries = entries
        self.bodies = bodies
        self.fieldTargets = fieldTargets
        self.fieldCitations = fieldCitations
        self.citedBy = citedBy
        self.bodyTargets = bodyTargets
        self.home = home
        self.homeTargets = homeTargets
        self.backlinks = backlinks
        self.mentions = mentions
        self.wanted = wanted
        self.diagnostics = diagnostics
        var counts: [String: Int] = [:]
        for i in entries.indices { counts[entries[i].type, default: 0] += 1 }
        self.typeCounts = counts
    }
}
