import AlmanacCore
import AlmanacSite
import Foundation
import Testing

/// An entry's own timeline: its dated relations either way, the dates of
/// what it relates to, and its own dates unlinked (issue 20, item 7).
@Suite struct EntryTimelineTests {
    static let site = """
        -- almanac.yml --
        title: Dates
        types:
          group:
            folder: groups
            plural: Groups
            fields:
              founded: date
              allied_with: { kind: links, to: group, inverse: Allied with }
          event:
            folder: events
            plural: Events
            fields:
              date: date
              participants: { kind: links, to: group, inverse: Took part in }
          document:
            folder: documents
            plural: Documents
            fields:
              signed: date
              signatories: { kind: links, to: group, inverse: Signatory of }
        -- content/groups/corps.md --
        ---
        title: Volunteer Corps
        founded: 2022-08
        allied_with:
          - entry: legion
            from: ~2023
        ---
        A group.
        -- content/groups/legion.md --
        ---
        title: Legion
        ---
        A group.
        -- content/events/raid.md --
        ---
        title: Raid
        date: 2023-03-02
        participants: [corps]
        ---
        An event with nothing dated besides itself.
        -- content/documents/declaration.md --
        ---
        title: Declaration
        signed: 2022-08-31
        signatories:
          - entry: corps
            from: 2022-08-31
            to: 2024-07-31
          - entry: legion
            to: 2024-07-31
        ---
        The declaration.
        """

    static func timeline(_ html: String) -> String? {
        guard let start = html.range(of: "<ol class=\"timeline\">\n"), let end = html.range(of: "</ol>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func datedRelationsEitherWayAndRelatedEventsAreOnTheTimeline() throws {
        let root = try TextArchive.write(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .built = try Fixtures.build(root) else { Issue.record("the wiki did not build"); return }
        let corps = Fixtures.read(root, "public/groups/corps/index.html")
        // Its own date first, not a link; the signature it is given by the
        // declaration, as a range; the raid it took part in; the alliance it
        // states itself, approximate (a hollow dot); the declaration's own
        // date is not repeated where the signature already puts it; a year
        // comes before the days in it.
        #expect(Self.timeline(corps) == """

            <li class="precision-month"><time datetime="2022-08">August 2022</time> <span class="timeline-self">Volunteer Corps</span> <span class="what">Founded</span> <span class="type">Group</span></li>

            <li class="precision-day"><time datetime="2022-08-31">31 August 2022 – 31 July 2024</time> <a href="../../documents/declaration/index.html">Declaration</a> <span class="what">Signatory of</span> <span class="type">Document</span></li>

            <li class="precision-year approximate"><time datetime="2023">c. 2023</time> <a href="../../groups/legion/index.html">Legion</a> <span class="what">Allied with</span> <span class="type">Group</span></li>

            <li class="precision-day"><time datetime="2023-03-02">2 March 2023</time> <a href="../../events/raid/index.html">Raid</a> <span class="type">Event</span></li>


            """)
        #expect(corps.contains("<p class=\"timeline-key\">"))
        // A relation known only to have ended is placed at its end.
        let legion = Fixtures.read(root, "public/groups/legion/index.html")
        #expect(legion.contains("<time datetime=\"2024-07-31\">31 July 2024</time> <a href=\"../../documents/declaration/index.html\">Declaration</a> <span class=\"what\">Signatory of (ended)</span>"))
        // An event dated by itself alone has no timeline of one row linking to itself.
        let raid = Fixtures.read(root, "public/events/raid/index.html")
        #expect(!raid.contains("entry-timeline"))
        #expect(!raid.contains("href=\"index.html\">Raid</a>"))
    }

    @Test func serveRedrawsTheTimelineWhenARelationsDateChanges() throws {
        let root = try TextArchive.write(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        _ = session.build()
        let path = "content/documents/declaration.md"
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "from: 2022-08-31", with: "from: 2022-09-01").utf8).write(to: root.appendingPathComponent(path))
        let update = session.update(changed: [path])
        let page = try #require(update.changed.first { $0.path == "groups/corps/index.html" })
        #expect(String(decoding: page.bytes, as: UTF8.self).contains("<time datetime=\"2022-09-01\">1 September 2022 – 31 July 2024</time>"))
    }
}
