import AlmanacContent
import AlmanacCore

/// What one entry's front matter and body say about other entries, worked
/// out from that entry alone (and the site's names): entries are resolved
/// independently, in parallel, and an edit resolves only the edited one.
struct Outgoing: Sendable, Equatable {
    var fieldTargets: [[LinkTarget]] = []
    var fieldCitations: [[[ResolvedCitation]]] = []
    var bodyTargets: [LinkTarget] = []
    var diagnostics: [Diagnostic] = []
    /// Missing pages it links to, with where.
    var wants: [Want] = []
    /// What it adds to other entries' pages, in the order it says it.
    var contributions: [Contribution] = []

    struct Want: Sendable, Equatable {
        var title: String
        var location: SourceLocation
    }

    struct Contribution: Sendable, Equatable {
        var target: Int
        var kind: Kind
    }

    enum Kind: Sendable, Equatable {
        /// Under the relation's inverse label ("Leader of").
        case backlink(label: String, Backlink)
        /// A sentence of its text that links there.
        case mention(String)
        /// It cites that source.
        case citation(CitingUse)
    }

    /// The entries it adds anything to.
    var targets: Set<Int> { Set(contributions.map(\.target)) }
}
