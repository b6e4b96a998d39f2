import AlmanacContent
import AlmanacCore

extension LinkedSite {
    /// Entry `j`'s backlinks, citations and mentions, gathered from what the
    /// entries that point at it contribute (in entry order).
    func collect(into j: Int) -> (backlinks: [BacklinkGroup], citedBy: [CitingUse], mentions: [Mention]) {
        var groups: [String: [Int: Backlink]] = [:]
        var uses: [CitingUse] = []
        var sentences: [Int: [String]] = [:]
        for i in incoming[j] {
            for c in outgoing[i].contributions where c.target == j {
                switch c.kind {
                case .backlink(let label, let link): groups[label, default: [:]][i] = link
                case .citation(let use): uses.append(use)
                case .mention(let sentence): sentences[i, default: []].append(sentence)
                }
            }
        }
        let byTitle: (Int, Int) -> Bool = { a, b in (titleKeys[a], entries[a].id) < (titleKeys[b], entries[b].id) }
        let backlinks = groups.map { group in
            BacklinkGroup(label: group.key, items: group.value.keys.sorted(by: byTitle).map { group.value[$0]! })
        }.sorted { $0.label < $1.label }
        // One row per entry and claim, in entry order.
        let citedBy = Self.firstOfEach(uses).sorted {
            byTitle($0.entry, $1.entry) || ($0.entry == $1.entry && ($0.claim ?? "") < ($1.claim ?? ""))
        }
        let mentions = sentences.keys.sorted(by: byTitle).map { source -> Mention in
            Mention(source: source, sentences: Self.firstOfEach(sentences[source]!.filter { !$0.isEmpty }))
        }
        return (backlinks, citedBy, mentions)
    }

    /// `items` without repeats, first occurrences in order. A few items (the
    /// usual case) are compared in turn: hashing each sentence through a Set
    /// was 3% of a 10k build; many are hashed, so no input goes quadratic.
    static func firstOfEach<T: Hashable>(_ items: [T]) -> [T] {
        guard items.count > 16 else {
            var kept: [T] = []
            for item in items where !kept.contains(item) { kept.append(item) }
            return kept
        }
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    /// Missing pages, most wanted first, each with who wants it in entry order.
    func wantedList() -> [WantedEntry] {
        var wanted: [String: WantedEntry] = [:]
        func add(_ wants: [Outgoing.Want], from source: Int?) {
            for w in wants { wanted[TextKey.normalize(w.title), default: WantedEntry(title: w.title, wantedBy: [])].wantedBy.append((source, w.location)) }
        }
        for (i, links) in outgoing.enumerated() { add(links.wants, from: i) }
        add(homeLinks.wants, from: nil)
        return wanted.values.sorted { ($1.wantedBy.count, TextKey.normalize($0.title)) < ($0.wantedBy.count, TextKey.normalize($1.title)) }
    }

    func allDiagnostics() -> [Diagnostic] {
        outgoing.flatMap(\.diagnostics) + homeLinks.diagnostics
    }
}
