import AlmanacCore
import AlmanacSite
import Foundation
import Testing

@Suite struct DiagnosticsTests {
    static let broken = """
    -- almanac.yml --
    title: Broken Wiki
    colour: blue
    types:
      group:
        folder: groups
        plural: Groups
        fields:
          founded: date
          leader: { kind: link, to: person, inverse: Leader of }
          size: { kind: amount }
          home: { kind: link, to: planet }
      person:
        folder: people
        plural: People
      event:
        folder: events
        plural: Events
        fields:
          date: { kind: date, required: true }
    -- content/groups/a.md --
    ---
    title: Group A
    founded: 2023-13
    leader: group-b
    mascot: owl
    ---
    See [[Nowhere]] and [[Shared]].
    -- content/groups/group-b.md --
    ---
    title: Group B
    aliases: [Shared]
    ---
    Text.
    -- content/people/shared.md --
    ---
    title: Shared
    ---
    Text.
    -- content/events/no-date.md --
    ---
    title: An event without a date
    ---
    Text.
    -- content/events/bad-yaml.md --
    ---
    title: "unterminated
    date: 2023
    ---
    -- content/events/unclosed.md --
    ---
    title: Never closed
    -- content/misc/stray.md --
    ---
    title: Stray
    ---
    -- content/people/typed.md --
    ---
    type: spaceship
    ---
    -- templates/entry.mustache --
    <h1>{{entry.title}}</h1>
    {{#entry.has_toc}}
    unclosed section
    """

    @Test func everyProblemIsReportedWithItsPosition() throws {
        let root = try TextArchive.write(DiagnosticsTests.broken)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try SiteSession(root: root).publish()
        guard case .failed(let result) = outcome else {
            Issue.record("the broken site built")
            return
        }
        #expect(result.diagnostics.map(\.description) == [
            "almanac.yml:2:1: error: unknown setting 'colour' (known: title, description, base_url, language, raw_html, max_entry_size, statuses, stale_after_days, types)",
            "almanac.yml:10:21: error: unknown field kind 'amount' (known: text, date, url, number, link, links)",
            "almanac.yml:11:31: error: unknown type 'planet' (declared: group, person, event)",
            "content/events/bad-yaml.md:2:8: error: invalid YAML: while scanning a quoted scalar found unexpected end of stream",
            "content/events/no-date.md:1:1: error: missing required field 'date' (date) for type event",
            "content/events/unclosed.md:1:1: error: front matter opened with '---' is never closed (add a line '---' after the last field)",
            "content/groups/a.md:3:10: error: '2023-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
            "content/groups/a.md:4:9: error: 'leader' must link to person, but 'group-b' is a group",
            "content/groups/a.md:5:1: error: unknown field 'mascot' for type group (known: founded, leader, home, title, type, aliases, summary, tags, sources, updated)",
            "content/groups/a.md:7:21: error: ambiguous link 'Shared': it names groups/group-b (Group B), people/shared (Shared); link to one by folder/slug",
            "content/misc/stray.md:1:1: error: cannot tell the type of this entry: content/misc/ is no type's folder (folders: groups/, people/, events/); move it or add 'type:'",
            "content/people/typed.md:2:7: error: unknown type 'spaceship' (declared: group, person, event)",
            "templates/entry.mustache:2:1: error: template does not parse: the section 'entry.has_toc' is never closed (no {{/entry.has_toc}})",
        ])
    }
}
