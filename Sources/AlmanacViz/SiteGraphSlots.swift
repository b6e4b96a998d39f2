/// The order of the site graph's outer ring: each type's entries together
/// (by label), one empty slot between types, entries without a type node last.
struct SiteGraphSlots {
    /// Every entry with its slot and the index of its type (nil if none).
    var entries: [(GraphNode, Int, Int?)] = []
    /// The first and last slot of each type's sector, by type index; a type
    /// without entries still gets one slot so it has a direction.
    var sectors: [(first: Int, last: Int)] = []
    /// Slots around the ring, gaps included.
    var total = 0

    init(types: [GraphNode], entries: [GraphNode]) {
        var typeIndex: [String: Int] = [:]
        for (i, type) in types.enumerated() where typeIndex[type.typeName] == nil {
            typeIndex[type.typeName] = i
        }
        var members = Array(repeating: [GraphNode](), count: types.count)
        var loose: [GraphNode] = []
        for entry in entries.sorted(by: GraphNode.labelOrder) {
            if let i = typeIndex[entry.typeName] { members[i].append(entry) } else { loose.append(entry) }
        }
        let clusterCount = types.count + (loose.isEmpty ? 0 : 1)
        let gap = clusterCount > 1 ? 1 : 0
        var slot = 0
        for (i, group) in members.enumerated() {
            let first = slot
            for entry in group {
                self.entries.append((entry, slot, i))
                slot += 1
            }
            if group.isEmpty { slot += 1 }
            sectors.append((first, slot - 1))
            slot += gap
        }
        for entry in loose {
            self.entries.append((entry, slot, nil))
            slot += 1
        }
        // Every cluster is followed by a gap; the last one's gap closes the
        // ring, so the last and first clusters do not touch either.
        if !loose.isEmpty { slot += gap }
        total = slot
    }
}
