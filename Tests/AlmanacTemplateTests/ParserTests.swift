import Testing

@testable import AlmanacTemplate

/// Malformed templates end in a positioned error, in bounded time.
@Suite struct ParserTests {
    func error(_ text: String) -> String? {
        do {
            _ = try TemplateParser.parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anUnclosedSectionIsReportedWhereItOpens() {
        #expect(error("<h1>{{title}}</h1>\n  {{#items}}\n<li>{{.}}</li>\n") == "2:3: the section 'items' is never closed (no {{/items}})")
    }

    @Test func aSectionClosedByAnotherNameNamesBoth() {
        #expect(error("{{#a}}\n{{#b}}x{{/a}}") == "2:8: '{{/a}}' closes the section 'b' opened at 2:1")
        #expect(error("x{{/a}}") == "1:2: '{{/a}}' closes a section that was never opened")
    }

    @Test func anUnclosedTagIsReportedWhereItStarts() {
        #expect(error("ok\nstill ok {{title") == "2:10: a tag is not closed with }}")
        #expect(error("{{{body}}") == "1:1: a tag is not closed with }}}")
        #expect(error("{{=<% %>=}}<%name") == "1:12: a tag is not closed with %>")
        #expect(error("{{= x =}}") == "1:1: a set-delimiter tag needs two delimiters without '=', as in {{=<% %>=}}")
        #expect(error("{{}}") == "1:1: a tag has no name")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(error("Ёжик {{#a}}") == "1:6: the section 'a' is never closed (no {{/a}})")
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let deep = String(repeating: "{{#a}}", count: 10_000) + String(repeating: "{{/a}}", count: 10_000)
        #expect(error(deep) == "1:601: sections are nested more than 100 deep")
        let fine = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(error(fine) == nil)
    }

    @Test func aHugeTemplateParsesInOnePass() throws {
        let big = String(repeating: "<p>{{title}} {{#list}}{{.}}{{/list}}</p>\n", count: 50_000)
        let library = try TemplateLibrary(sources: ["big": big])
        let out = library.render("big", ["title": "T", "list": ["a", "b"]])
        #expect(out.count == 50_000 * "<p>T ab</p>\n".count)
    }

    @Test func dottedNamesAreSplitOnce() throws {
        let nodes = try TemplateParser.parse("{{entry.title}}{{.}}")
        #expect(nodes == [
            .variable(TemplateName(parts: ["entry", "title"], position: .init(line: 1, column: 1)), escaped: true),
            .variable(TemplateName(parts: [], position: .init(line: 1, column: 16)), escaped: true),
        ])
    }
}

/// What rendering does beyond the spec: escaping on bytes, absent values,
/// partials that include themselves.
@Suite struct RenderTests {
    @Test func escapesTheFiveCharactersOnBytes() throws {
        let library = try TemplateLibrary(sources: ["t": "{{v}}|{{{v}}}|{{&v}}"])
        #expect(library.render("t", ["v": "<a href=\"x\">'Ёж' & é\u{301}\"</a>"])
            == "&lt;a href=&quot;x&quot;&gt;&#39;Ёж&#39; &amp; é\u{301}&quot;&lt;/a&gt;|<a href=\"x\">'Ёж' & é\u{301}\"</a>|<a href=\"x\">'Ёж' & é\u{301}\"</a>")
    }

    @Test func anAbsentValueStopsTheLookupThere() throws {
        let library = try TemplateLibrary(sources: ["t": "{{#item}}[{{url}}]{{^url}}none{{/url}}{{/item}}"])
        #expect(library.render("t", ["url": "outer", "item": ["url": .absent]]) == "[]none")
        #expect(library.render("t", ["url": "outer", "item": ["other": 1]]) == "[outer]")
    }

    @Test func aPartialThatIncludesItselfStopsAtTheDepthLimit() throws {
        let library = try TemplateLibrary(sources: ["loop": "x{{>loop}}"])
        #expect(library.render("loop", [:]) == String(repeating: "x", count: TemplateLibrary.maximumPartialDepth + 1))
    }

    @Test func anIndentedPartialIndentsItsLinesNotItsValues() throws {
        let library = try TemplateLibrary(sources: ["page": "<div>\n  {{>item}}\n</div>\n", "item": "<p>\n{{{v}}}\n</p>\n"])
        #expect(library.render("page", ["v": "a\nb"]) == "<div>\n  <p>\n  a\nb\n  </p>\n</div>\n")
    }
}
