import AlmanacContent
import AlmanacCore

/// What a link's target names, once looked up.
public enum Resolution: Sendable, Hashable {
    case entry(Int)
    case missing
    case ambiguous([Int])
}

/// Every name an entry answers to — title, aliases, slug, folder/slug —
/// compared by `TextKey` (case, diacritics and spacing ignored).
public struct LinkIndex: Sendable {
    private var byKey: [String: [Int]] = [:]
    private var byID: [String: Int] = [:]

    public init(entries: [Entry]) {
        for (index, entry) in entries.enumerated() {
            byID[TextKey.normalize(entry.id)] = index
            var keys = Set([entry.title, entry.slug].map(TextKey.normalize))
            for alias in entry.aliases { keys.insert(TextKey.normalize(alias)) }
            for key in keys where !key.isEmpty { byKey[key, default: []].append(index) }
        }
    }

    public func resolve(_ target: String) -> Resolution {
        let key = TextKey.normalize(target)
        if let index = byID[key] { return .entry(index) }
        guard let candidates = byKey[key] else { return .missing }
        return candidates.count == 1 ? .entry(candidates[0]) : .ambiguous(candidates)
    }

    /// Names shared by more than one entry, with the entries: what makes
    /// a link ambiguous before anyone writes it.
    public var collisions: [(key: String, entries: [Int])] {
        byKey.filter { $0.value.count > 1 }.map { ($0.key, $0.value) }.sorted { $0.key < $1.key }
    }
}
