import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacQuery
import AlmanacSite
import Foundation

/// A small wiki with dates of every precision, tags, statuses and relations
/// both ways, built once for the suites that query it.
enum QueryWiki {
    static let archive = """
    -- almanac.yml --
    title: Query Wiki
    types:
      group:
        folder: groups
        plural: Groups
        fields:
          founded: date
          members: { kind: number }
          leader: { kind: link, to: person, inverse: Leader of }
          allied_with: { kind: links, to: group, inverse: Allies, label: Allied with }
      person:
        folder: people
        plural: People
        fields:
          born: date
      event:
        folder: events
        plural: Events
        fields:
          date: date
          participants: { kind: links, to: [group, person], inverse: Took part in }
      document:
        folder: documents
        plural: Documents
        fields:
          date: date
          signatories: { kind: links, to: group, inverse: Signed }
    -- content/groups/legion.md --
    ---
    title: Freedom of Russia Legion
    founded: 2022-03
    members: 1500
    leader: { entry: Jane Roe, status: claimed }
    allied_with: [Volunteer Corps]
    tags: [armed, russian]
    ---
    The Legion.
    -- content/groups/corps.md --
    ---
    title: Volunteer Corps
    founded: 2022-08-01
    members: 300
    tags: [armed]
    ---
    The Corps.
    -- content/groups/army.md --
    ---
    title: National Republican Army
    founded: 2022
    tags: [Armed]
    ---
    The Army.
    -- content/people/jane-roe.md --
    ---
    title: Jane Roe
    born: 1980
    ---
    A person.
    -- content/events/kozinka.md --
    ---
    title: Kozinka raid
    date: 2023-05-22
    participants: [Freedom of Russia Legion, Volunteer Corps]
    tags: [raid]
    ---
    A raid.
    -- content/events/bryansk.md --
    ---
    title: Bryansk raid
    date: 2023-03
    participants: [Volunteer Corps]
    tags: [raid]
    ---
    A raid.
    -- content/events/belgorod.md --
    ---
    title: Belgorod raids
    date: 2024-03-12
    participants: [Freedom of Russia Legion, { entry: Volunteer Corps, status: disputed }]
    ---
    Raids.
    -- content/events/year.md --
    ---
    title: A year of raids
    date: 2023
    ---
    Undated within the year.
    -- content/documents/irpin.md --
    ---
    title: Irpin Declaration
    date: 2022-08-21
    signatories: [Freedom of Russia Legion, { entry: National Republican Army, status: claimed }, { entry: Volunteer Corps, status: disputed }]
    ---
    The declaration.
    """

    /// The wiki, linked, and its queries' engine (built once: the suites only read it).
    static let built: (site: LinkedSite, engine: QueryEngine, config: SiteConfig) = {
        let root = try! TextArchive.write(archive)
        var session = SiteSession(root: root)
        session.renderPages = false
        let update = session.build()
        precondition(update.result.diagnostics.isEmpty, "the query wiki has problems: \(update.result.diagnostics)")
        try? FileManager.default.removeItem(at: root)
        let site = session.linked!
        let config = session.queries!.engine.index.config
        // The wiki has no query blocks, so the session made no index: make one.
        return (site, QueryEngine(site: site, config: config), config)
    }()

    static func entry(_ title: String) -> Int { built.site.entries.firstIndex { $0.title == title }! }

    /// The titles of what `lines` finds, on the page of `this` (a title) when given.
    static func titles(_ lines: String..., this: String? = nil) throws -> [String] {
        try run(lines.joined(separator: "\n"), this: this).rows.map { built.site.entries[$0.entry].title }
    }

    static func run(_ text: String, this: String? = nil) throws -> QueryResult {
        let query = try QueryParser.parse(text)
        let thisEntry = this.map(entry)
        let problems = QueryChecker(config: built.config, site: built.site, thisType: thisEntry.map { built.site.entries[$0].type }).problems(query)
        if let first = problems.first { throw first }
        return built.engine.run(query, this: thisEntry)
    }

    /// The messages for `text`, as "line:column: message".
    static func problems(_ text: String, this: String? = nil) -> [String] {
        do {
            let query = try QueryParser.parse(text)
            let thisEntry = this.map(entry)
            return QueryChecker(config: built.config, site: built.site, thisType: thisEntry.map { built.site.entries[$0].type }).problems(query)
                .map { "\($0.position.line):\($0.position.column): \($0.message)" }
        } catch {
            return ["\(error.position.line):\(error.position.column): \(error.message)"]
        }
    }
}
