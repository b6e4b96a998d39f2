import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacTemplate
import Foundation

/// The numbered citations of an entry page's relations: each source once,
/// with every locator cited from it, numbered after the body's own
/// footnotes so that the page has one numbering and one list.
struct ClaimNotes {
    private struct Note {
        var text: String
        var url: String?
        var locators: [String] = []
    }
    private var notes: [Note] = []
    private var numbers: [String: Int] = [:]
    /// How many footnotes the body has: the first note is numbered one more.
    let offset: Int

    init(after footnotes: Int = 0) { offset = footnotes }

    var isEmpty: Bool { notes.isEmpty }
    var start: Int { offset + 1 }

    mutating func number(source key: String, text: String, url: String?, locator: String?) -> Int {
        let k: Int
        if let known = numbers[key] {
            k = known
        } else {
            k = notes.count
            numbers[key] = k
            notes.append(Note(text: text, url: url))
        }
        if let locator, !notes[k].locators.contains(locator) { notes[k].locators.append(locator) }
        return offset + k + 1
    }

    /// `paragraph 2` before `paragraph 10`.
    private static func ordered(_ locators: [String]) -> [String] {
        locators.sorted {
            switch $0.compare($1, options: [.numeric, .caseInsensitive]) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return $0 < $1
            }
        }
    }

    var items: [TemplateObject] {
        notes.enumerated().map { k, note in
            ["n": .int(offset + k + 1), "text": .text(note.text), "url": .optional(note.url),
             "locators": .optional(note.locators.isEmpty ? nil : Self.ordered(note.locators).joined(separator: "; ")), "id": ""]
        }
    }
}

extension PageContext {
    /// Adds status, period, note and citation numbers to a relation value.
    func qualify(_ v: inout TemplateObject, _ q: Qualifiers, _ citations: [ResolvedCitation], notes: inout ClaimNotes, root: String) {
        v["status"] = .optional(q.status)
        // The first status (confirmed) is the unmarked one.
        v["marked"] = q.status.map { .bool($0 != config.statuses.first) } ?? .absent
        v["period"] = .optional(q.period)
        v["note"] = .optional(q.note)
        let cites: [TemplateObject] = citations.map { c in
            let title = c.source.map { site.entries[$0].title } ?? c.name
            let text = title + (c.locator.map { ", \($0)" } ?? "")
            let n = notes.number(source: c.source.map(String.init) ?? "name:" + c.name, text: title,
                                 url: c.source.map { url(of: $0, from: root) }, locator: c.locator)
            return ["n": .int(n), "title": .text(text)]
        }
        v["citations"] = cites.value
        v["has_citations"] = .bool(!cites.isEmpty)
        v["qualified"] = .bool(q.status != nil || q.period != nil || q.note != nil || !cites.isEmpty)
    }

    /// A source entry's "Cited in" list: each citing entry and what it cites this for.
    func citedByContext(_ i: Int, root: String) -> [TemplateObject] {
        var rows: [TemplateObject] = []
        var current: (entry: Int, claims: [TemplateObject])?
        for use in site.citedBy[i] {
            if current?.entry != use.entry {
                if let c = current { rows.append(citedRow(c.entry, c.claims, root: root)) }
                current = (use.entry, [])
            }
            if let claim = use.claim {
                current!.claims.append(["text": .text(claim + (use.locator.map { " — \($0)" } ?? ""))])
            }
        }
        if let c = current { rows.append(citedRow(c.entry, c.claims, root: root)) }
        return rows
    }

    private func citedRow(_ entry: Int, _ claims: [TemplateObject], root: String) -> TemplateObject {
        ["title": .text(site.entries[entry].title), "url": .text(url(of: entry, from: root)),
         "type_label": .text(config.type(named: site.entries[entry].type)?.label ?? ""), "claims": claims.value, "has_claims": .bool(!claims.isEmpty)]
    }
}
