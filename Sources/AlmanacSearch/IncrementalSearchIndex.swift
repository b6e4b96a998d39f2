/// Keeps the index between builds so that a changed document costs little.
///
/// A document's terms are kept while it is passed in unchanged, so only new
/// and changed documents are tokenised. When every document keeps its
/// number (no title moved one, none came or went), the changed ones are
/// replaced in the postings, and only the shards and metadata chunks they
/// touch are written again; otherwise postings and files are built again
/// from the kept terms.
public struct IncrementalSearchIndex: Sendable {
    /// The previous call's documents, their terms and their title order,
    /// by place in that call's array: callers pass the same list each time,
    /// so most documents are found at once at their old place.
    private var input: [SearchDocument] = []
    private var inputTerms: [DocumentTerms] = []
    private var inputOrder: [Int] = []
    /// Terms of documents seen before, for documents that moved in the list.
    private var cache: [DocumentKey: DocumentTerms] = [:]
    private var last: SearchIndexBuild?
    /// More changed documents than this and a whole build is cheaper.
    private let editLimit: Int
    private let shardLimit: Int

    public init() { self.init(editLimit: 64) }

    init(editLimit: Int, shardLimit: Int = ShardPlan.limit) {
        self.editLimit = editLimit
        self.shardLimit = shardLimit
    }

    /// All files of the index for these documents — byte-identical to
    /// `SearchIndex.build(documents)` — and, of those, the paths whose bytes
    /// changed since the previous call (all paths on the first call).
    /// Paths of the previous call that are not among the files are gone.
    public mutating func update(_ documents: [SearchDocument]) -> (files: [(path: String, bytes: [UInt8])], changed: Set<String>) {
        let terms = cachedTerms(documents)
        let order = keepsOrder(documents, terms) ? inputOrder : SearchPostings.titleOrder(documents, terms)
        (input, inputTerms, inputOrder) = (documents, terms, order)
        // Take the last build out, so that it is edited in place, not copied.
        var previous = last
        last = nil
        if let numbers = previous.flatMap({ edits(from: $0, to: terms, in: order) }) {
            var build = previous!
            previous = nil
            let changed = build.edit(numbers.map { (number: $0, document: documents[order[$0]], terms: terms[order[$0]]) })
            last = build
            return (build.files, changed)
        }
        let build = SearchIndexBuild(numbered: order.map { documents[$0] }, terms: order.map { terms[$0] }, shardLimit: shardLimit)
        last = build
        return (build.files, previous.map(build.changed(since:)) ?? Set(build.files.map(\.path)))
    }

    /// The numbers whose document changed, when the last build can be
    /// edited into the new one; `nil` when it must be built again.
    private func edits(from build: SearchIndexBuild, to terms: [DocumentTerms], in order: [Int]) -> [Int]? {
        guard build.terms.count == terms.count else { return nil }
        let numbers = order.indices.filter { build.terms[$0] !== terms[order[$0]] }
        guard numbers.count <= editLimit,
              build.terms.allSatisfy(\.isCanonical), numbers.allSatisfy({ terms[order[$0]].isCanonical }) else { return nil }
        return numbers
    }

    /// Whether sorting `documents` would give the previous order: the sort
    /// looks only at the sort key, title and id, so if none of those
    /// changed at any place, every comparison, and so the order, is the same.
    private func keepsOrder(_ documents: [SearchDocument], _ terms: [DocumentTerms]) -> Bool {
        documents.count == input.count && documents.indices.allSatisfy { index in
            terms[index] === inputTerms[index]
                || (DocumentKey.same(terms[index].sortKey, inputTerms[index].sortKey)
                    && DocumentKey.same(documents[index].title, input[index].title) && DocumentKey.same(documents[index].id, input[index].id))
        }
    }

    /// The terms of each document: kept ones for documents seen before, the
    /// others tokenised on all cores.
    private mutating func cachedTerms(_ documents: [SearchDocument]) -> [DocumentTerms] {
        var terms = [DocumentTerms?](repeating: nil, count: documents.count)
        var missing: [Int] = []
        for index in documents.indices {
            if index < input.count, DocumentKey.same(documents[index], input[index]) {
                terms[index] = inputTerms[index]
            } else if let kept = cache[DocumentKey(document: documents[index])] {
                terms[index] = kept
            } else {
                missing.append(index)
            }
        }
        let fresh = Parallel.map(missing.count) { [missing] in DocumentTerms(documents[missing[$0]]) }
        for (index, value) in zip(missing, fresh) {
            terms[index] = value
            cache[DocumentKey(document: documents[index])] = value
        }
        let all = terms.map { $0! }
        // The cache grows by every edit; past twice the documents, keep only
        // the current ones (so its size stays bounded and its upkeep cheap).
        if cache.count > 2 * documents.count + 64 {
            cache = Dictionary(zip(documents.map(DocumentKey.init), all), uniquingKeysWith: { a, _ in a })
        }
        return all
    }
}
