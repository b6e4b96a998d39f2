import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown

/// Every query block of a site, parsed and checked once per build, with
/// the engine that runs them: what pages show and `check` reports.
public struct SiteQueries: Sendable {
    /// One block: its query when it passed, else its problems.
    public struct Checked: Sendable {
        public var block: QueryBlock
        public var query: Query?
        public var problems: [QueryError]
    }

    public let engine: QueryEngine
    /// Entries' blocks, by entry; only entries that have any.
    public private(set) var byEntry: [Int: [Checked]] = [:]
    /// The home page's blocks.
    public private(set) var home: [Checked] = []
    /// Every problem, at its place in its Markdown file.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(site: LinkedSite, config: SiteConfig, homePath: String = "content/index.md") {
        // The index is made only for a site that has queries.
        let any = site.home.map { !$0.queries.isEmpty } == true || site.bodies.contains { !$0.queries.isEmpty }
        engine = QueryEngine(site: site, config: config, indexed: any)
        for (i, body) in site.bodies.enumerated() where !body.queries.isEmpty {
            let checker = QueryChecker(config: config, site: site, thisType: site.entries[i].type)
            byEntry[i] = body.queries.map { check($0, checker, path: site.entries[i].path) }
        }
        if let body = site.home, !body.queries.isEmpty {
            let checker = QueryChecker(config: config, site: site, thisType: nil)
            home = body.queries.map { check($0, checker, path: homePath) }
        }
    }

    private mutating func check(_ block: QueryBlock, _ checker: QueryChecker, path: String) -> Checked {
        var checked = Checked(block: block, query: nil, problems: [])
        do {
            let query = try QueryParser.parse(block.text)
            checked.problems = checker.problems(query)
            if checked.problems.isEmpty { checked.query = query }
        } catch {
            checked.problems = [error]
        }
        for problem in checked.problems {
            diagnostics.append(.error(Self.location(of: problem.position, in: block, path: path), problem.message))
        }
        return checked
    }

    /// A position in a block's text as a place in its file.
    public static func location(of position: QueryPosition, in block: QueryBlock, path: String) -> SourceLocation {
        SourceLocation(path: path, line: block.line + position.line - 1, column: block.column + position.column - 1)
    }

    /// The results of entry `i`'s queries (nil for the home page): what its page shows of them.
    public func results(of i: Int?) -> [QueryResult?] {
        (i.map { byEntry[$0] ?? [] } ?? home).map { checked in checked.query.map { engine.run($0, this: i) } }
    }

    /// A hash of what entry `i`'s queries show (nil: the home page's), so
    /// `serve` re-renders a page when what its queries match changes.
    public func signature(of i: Int?) -> Int {
        var hasher = Hasher()
        // Titles of linked entries are in the values; nothing else of theirs shows.
        for result in results(of: i) { hasher.combine(result) }
        return hasher.finalize()
    }

    /// Entries whose pages hold a query.
    public var entries: [Int] { byEntry.keys.sorted() }
}
