import AlmanacCore
import AlmanacSite
import Foundation

/// Sites written inline as text archives, shared by the suites.
enum Fixtures {
    static let valid = """
    -- almanac.yml --
    title: Test Wiki
    base_url: https://example.org/wiki/
    types:
      group:
        folder: groups
        plural: Groups
        fields:
          founded: date
          leader: { kind: link, to: person, inverse: Leader of }
      person:
        folder: people
        plural: People
        fields:
          born: date
      event:
        folder: events
        plural: Events
        fields:
          date: { kind: date, required: true }
          participants: { kind: links, to: [group, person], inverse: Took part in }
      source:
        folder: sources
        plural: Sources
        fields:
          published: date
    -- content/groups/legion.md --
    ---
    title: Freedom of Russia Legion
    aliases: [Liberty of Russia Legion, ЛСР]
    summary: An armed group.
    founded: 2022-03
    leader: jane-roe
    sources: [article]
    ---
    The **Legion** took part in the [[Kozinka raid]].[^1] It wants a [[Missing Page]].

    ## History

    Founded in 2022.[^1]

    ## Aims

    See [[#History]].[^1]

    [^1]: [[Article]], paragraph 4.
    -- content/people/jane-roe.md --
    ---
    title: Jane Roe
    born: 1980
    ---
    Jane Roe leads the [[liberty of russia legion|Legion]]. She also wants the [[missing page]].
    -- content/events/kozinka-raid.md --
    ---
    title: Kozinka raid
    date: 2023-05-22
    participants: [legion, Jane Roe]
    ---
    On 22 May 2023 the [[лср]] entered Kozinka.
    -- content/sources/article.md --
    ---
    title: Article
    published: 2024-03-23
    ---
    The source.
    """

    static func site(_ archive: String) throws -> URL { try TextArchive.write(archive) }

    static func read(_ root: URL, _ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? "<missing \(path)>"
    }

    /// Every file under `folder`, by relative path.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder.path) else { return files }
        for case let relative as String in walker {
            var isDir: ObjCBool = false
            let full = folder.appendingPathComponent(relative).path
            if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { files[relative] = fm.contents(atPath: full) }
        }
        return files
    }

    static func build(_ root: URL, output: URL? = nil) throws -> BuildOutcome {
        try SiteSession(root: root).publish(to: output)
    }

    /// Every page of the site, kept in the result instead of written.
    static func rendered(_ root: URL) -> BuildResult {
        var session = SiteSession(root: root)
        session.oneShot = true
        return session.build().result
    }
}

extension BuildOutcome {
    var result: BuildResult? {
        switch self {
        case .built(let r), .failed(let r): return r
        case .refused: return nil
        }
    }
    var succeeded: Bool { if case .built = self { return true } else { return false } }
}
