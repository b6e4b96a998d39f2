/// Changing the index in place when documents change but keep their
/// numbers: only the keys the change touches, and only their shard groups.
extension SearchPostings {
    /// Puts `document` at `number` in place of the one numbered there, whose
    /// terms were `old`, and notes in `changed` every key whose postings changed.
    mutating func replace(_ number: Int, with document: SearchDocument, terms new: DocumentTerms, was old: DocumentTerms, changed: inout Set<String>) {
        var gone = old.lookup
        for (key, field) in new.fields where gone.removeValue(forKey: key) != field {
            keys[key, default: []].place(Posting(doc: number, field: field))
            changed.insert(key)
        }
        for key in gone.keys {
            keys[key]!.remove(number)
            if keys[key]!.isEmpty { keys[key] = nil }
            changed.insert(key)
        }
        documents[number] = document
    }

    /// Encodes the changed keys again, plans their groups again, and returns
    /// the shards whose files must be written again (a key or a key's
    /// postings changed) and those that are gone.
    mutating func replan(after changed: Set<String>) -> (rewrite: Set<String>, removed: Set<String>) {
        for key in changed {
            let group = ShardPlan.group(of: key)
            if let postings = keys[key] {
                let fragment = Self.fragment(key, postings)
                fragments[key] = fragment
                groups[group, default: ShardGroup([])].set(key, size: fragment.count + 1)
            } else {
                fragments[key] = nil
                groups[group]?.set(key, size: nil)
                if groups[group]?.isEmpty == true { groups[group] = nil }
            }
        }
        let affected = Set(changed.map(ShardPlan.group(of:)))
        var old: [String: [String]] = [:]
        for (shard, keys) in shards where affected.contains(ShardPlan.group(of: shard)) { old[shard] = keys }
        for shard in old.keys { shards[shard] = nil }
        for name in affected {
            guard let group = groups[name] else { continue }
            shards.merge(group.plan(name, limit: shardLimit)) { a, _ in a }
        }
        var rewrite = Set(changed.compactMap { keys[$0] == nil ? nil : ShardPlan.shard(holding: $0, among: shards) })
        for (shard, keys) in shards where affected.contains(ShardPlan.group(of: shard)) && old[shard] != keys { rewrite.insert(shard) }
        return (rewrite, Set(old.keys).subtracting(shards.keys))
    }
}

private extension [Posting] {
    /// Where a posting of `doc` is or would go.
    func slot(of doc: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].doc < doc { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Adds the posting, or replaces the one of the same document.
    mutating func place(_ posting: Posting) {
        let index = slot(of: posting.doc)
        if index < count, self[index].doc == posting.doc { self[index] = posting } else { insert(posting, at: index) }
    }

    mutating func remove(_ doc: Int) {
        let index = slot(of: doc)
        if index < count, self[index].doc == doc { remove(at: index) }
    }
}
