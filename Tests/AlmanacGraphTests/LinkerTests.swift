import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown
import Testing

/// The link stage alone: entries decoded and rendered in process, then linked.
@Suite struct LinkerTests {
    func link(_ files: [(path: String, text: String)]) -> LinkedSite {
        let config = SiteConfig()
        let decoder = EntryDecoder(config: config)
        var entries: [Entry] = []
        var bodies: [RenderedBody] = []
        for file in files {
            let parts = file.path.dropFirst("content/".count).dropLast(3).split(separator: "/")
            let source = SourceFile(path: file.path, folder: parts.dropLast().joined(separator: "/"), stem: String(parts.last!), text: file.text)
            let (entry, problems) = decoder.decode(source)
            #expect(problems == [])
            guard let entry, case .success(let split) = FrontMatter.split(file.text, path: file.path) else { continue }
            entries.append(entry)
            bodies.append(MarkdownRenderer().render(split.body, firstLine: split.bodyFirstLine))
        }
        return Linker(config: config).link(entries: entries, bodies: bodies, home: nil)
    }

    static let wiki: [(path: String, text: String)] = [
        ("content/groups/legion.md", "---\ntitle: Freedom of Russia Legion\naliases: [LSR]\nleader: jane\n---\nThe [[lsr]] is led by [[Jane Roé]].\n"),
        ("content/people/jane.md", "---\ntitle: Jane Roe\n---\nShe leads the [[Legion|legion]] and met [[Nobody Yet]].\n"),
        ("content/events/raid.md", "---\ntitle: Raid\ndate: 2023-05-22\nparticipants: [legion, jane]\n---\nOn that day.\n"),
    ]

    @Test func relationsShowOnTheTargetUnderTheirInverseLabel() {
        let site = link(Self.wiki)
        let jane = site.entries.firstIndex { $0.slug == "jane" }!
        #expect(site.backlinks[jane].map(\.label) == ["Leader of", "Took part in"])
        #expect(site.backlinks[jane].map { $0.sources.map { site.entries[$0].slug } } == [["legion"], ["raid"]])
        let legion = site.entries.firstIndex { $0.slug == "legion" }!
        #expect(site.backlinks[legion].map(\.label) == ["Took part in"])
    }

    @Test func wikiLinksResolveByAliasIgnoringCaseAndDiacritics() {
        let site = link(Self.wiki)
        let legion = site.entries.firstIndex { $0.slug == "legion" }!
        let jane = site.entries.firstIndex { $0.slug == "jane" }!
        #expect(site.bodyTargets[legion] == [.entry(legion, anchor: nil), .entry(jane, anchor: nil)])
        #expect(site.mentions[legion].map { site.entries[$0.source].slug } == ["jane"])
        #expect(site.mentions[legion].first?.sentences == ["She leads the legion and met Nobody Yet."])
    }

    @Test func aMissingTargetIsARedLinkAndWanted() {
        let site = link(Self.wiki)
        let jane = site.entries.firstIndex { $0.slug == "jane" }!
        #expect(site.bodyTargets[jane].last == .missing("Nobody Yet"))
        #expect(site.wanted.map(\.title) == ["Nobody Yet"])
        #expect(site.wanted.first?.wantedBy.map(\.location.description) == ["content/people/jane.md:4:41"])
        #expect(site.diagnostics == [])
    }

    @Test func aNameOfTwoEntriesIsAnErrorNamingBoth() {
        let site = link(Self.wiki + [("content/places/square.md", "---\ntitle: Legion Square\naliases: [LSR]\n---\nA square.\n")])
        #expect(site.diagnostics.map(\.description) == [
            "content/groups/legion.md:6:5: error: ambiguous link 'lsr': it names groups/legion (Freedom of Russia Legion), places/square (Legion Square); link to one by folder/slug",
        ])
    }
}
