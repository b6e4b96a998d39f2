import AlmanacMarkdown
import Testing

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersEveryExtension() {
        let body = renderer.render("""
        | a | b |
        |---|---|
        | 1 | ~~two~~ |

        - [x] done
        - [ ] open

        See www.example.org and a note.[^n]

        [^n]: The note.
        """)
        #expect(body.html.contains("<table>"))
        #expect(body.html.contains("<del>two</del>"))
        #expect(body.html.contains("type=\"checkbox\""))
        #expect(body.html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(body.html.contains("class=\"footnotes\""))
    }

    @Test func findsWikiLinksWithPositionsAndSentences() {
        let body = renderer.render("""
        Intro line.

        The [[Freedom of Russia Legion|Legion]] signed the [[Irpin Declaration#Signatories]]. Later it raided [[Kozinka]].
        """, firstLine: 5)
        #expect(body.wikiLinks.map(\.target) == ["Freedom of Russia Legion", "Irpin Declaration", "Kozinka"])
        #expect(body.wikiLinks.map(\.label) == ["Legion", nil, nil])
        #expect(body.wikiLinks[1].fragment == "Signatories")
        #expect(body.wikiLinks.map(\.line) == [7, 7, 7])
        #expect(body.wikiLinks.map(\.column) == [5, 52, 103])
        #expect(body.wikiLinks[0].sentence == "The Legion signed the Irpin Declaration § Signatories.")
        #expect(body.wikiLinks[2].sentence == "Later it raided Kozinka.")
        #expect(body.html == "<p>Intro line.</p>\n<p>The \u{E000}0\u{E001} signed the \u{E000}1\u{E001}. Later it raided \u{E000}2\u{E001}.</p>\n")
    }

    @Test func columnsCountCharactersNotBytes() {
        let body = renderer.render("Русский текст [[РДК]].")
        #expect(body.wikiLinks.first?.column == 15)
    }

    @Test func linksInCodeAreText() {
        let body = renderer.render("""
        Use `[[Not a link]]` here.

            [[Also not]]

        ```
        [[Nor this]]
        ```
        """)
        #expect(body.wikiLinks.isEmpty)
        #expect(body.html.contains("<code>[[Not a link]]</code>"))
    }

    @Test func linkInsideALinkShowsItsLabelOnly() {
        let body = renderer.render("[see [[Foo|the foo]]](https://example.org)")
        #expect(body.wikiLinks.isEmpty)
        #expect(body.html == "<p><a href=\"https://example.org\">see the foo</a></p>\n")
    }

    @Test func headingsGetIDsAndFormATableOfContents() {
        let body = renderer.render("""
        ## Early history
        text
        ### Aims & [[Irpin Declaration|declaration]]
        ## Early history
        """)
        #expect(body.headings.map(\.id) == ["early-history", "aims-declaration", "early-history-2"])
        #expect(body.headings.map(\.text) == ["Early history", "Aims & declaration", "Early history"])
        #expect(body.html.hasPrefix("<h2 id=\"early-history\">Early history</h2>"))
    }

    @Test func rawHTMLAndScriptURLsAreDropped() {
        let body = renderer.render("""
        <script>alert(1)</script>

        [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) <img src=x onerror=alert(1)>
        """)
        #expect(!body.html.contains("<script"))
        #expect(!body.html.lowercased().contains("javascript:"))
        #expect(!body.html.contains("onerror"))
        let unsafe = MarkdownRenderer(allowRawHTML: true).render("[a](javascript:alert(1)) <b>bold</b> [c](&#106;avascript:x)")
        #expect(unsafe.html == "<p><a href=\"\">a</a> <b>bold</b> <a href=\"\">c</a></p>\n")
    }

    @Test func wikiLinkSyntaxCannotInjectMarkup() {
        let body = renderer.render("[[\" onmouseover=x]] and a stray \u{E000}9\u{E001} token")
        #expect(body.wikiLinks.map(\.target) == ["\" onmouseover=x"])
        #expect(body.html == "<p>\u{E000}0\u{E001} and a stray 9 token</p>\n")
    }

    @Test func reportsUncitedParagraphs() {
        let body = renderer.render("""
        Cited.[^1]

        Not cited.

        - list items are not paragraphs of prose

        [^1]: A source.
        """, firstLine: 4)
        #expect(body.uncitedParagraphLines == [6])
    }

    @Test func serialAndRepeatedRendersAgree() {
        let text = "~~strike~~ and | a |\n|---|\n| b |\n\n[[Link]] www.x.org"
        let first = renderer.render(text)
        for _ in 0..<50 { #expect(renderer.render(text) == first) }
        #expect(first.html.contains("<del>strike</del>"))
    }
}
