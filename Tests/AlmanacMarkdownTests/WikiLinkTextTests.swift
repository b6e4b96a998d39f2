import AlmanacMarkdown
import Testing

/// Links, columns and sentences as the byte-level walker finds them. The
/// expected values are those of the earlier `Character`-based walker, except
/// where a test says otherwise.
@Suite struct WikiLinkTextTests {
    let renderer = MarkdownRenderer()

    @Test func multiByteTextBeforeALink() {
        let body = renderer.render("Русский текст. Ещё [[РДК]] здесь! Конец.")
        #expect(body.wikiLinks.map(\.column) == [20])
        #expect(body.wikiLinks.map(\.sentence) == ["Ещё РДК здесь!"])
        #expect(body.html == "<p>Русский текст. Ещё \u{E000}0\u{E001} здесь! Конец.</p>\n")
        #expect(body.plainText == "Русский текст. Ещё РДК здесь! Конец.")
    }

    @Test func linksAtTheStartAndEndOfABlock() {
        let body = renderer.render("[[A]] starts here. It ends with [[B]]")
        #expect(body.wikiLinks.map(\.column) == [1, 33])
        #expect(body.wikiLinks.map(\.sentence) == ["A starts here.", "It ends with B"])
        #expect(body.html == "<p>\u{E000}0\u{E001} starts here. It ends with \u{E000}1\u{E001}</p>\n")
    }

    @Test func questionAndExclamationMarksEndSentences() {
        let body = renderer.render("Why [[A]]? Because [[B|bee]]! Done.")
        #expect(body.wikiLinks.map(\.sentence) == ["Why A?", "Because bee!"])
        #expect(body.wikiLinks.map(\.column) == [5, 20])
    }

    @Test func severalLinksInOneSentence() {
        let body = renderer.render("[[A]] and [[B|bee]] met [[C#D]] and [[#Top]] today.")
        #expect(body.wikiLinks.map(\.column) == [1, 11, 25, 37])
        #expect(Set(body.wikiLinks.map(\.sentence)) == ["A and bee met C § D and Top today."])
        #expect(body.wikiLinks.map(\.target) == ["A", "B", "C", ""])
        #expect(body.wikiLinks.map(\.fragment) == [nil, nil, "D", "Top"])
    }

    @Test func linksInsideEmphasis() {
        let body = renderer.render("Before *[[X]]* after. **[[Y|why]]** again.")
        #expect(body.wikiLinks.map(\.column) == [9, 25])
        #expect(body.wikiLinks.map(\.sentence) == ["Before X after.", "why again."])
        #expect(body.html == "<p>Before <em>\u{E000}0\u{E001}</em> after. <strong>\u{E000}1\u{E001}</strong> again.</p>\n")
    }

    @Test func aSentenceEndsOnlyBeforeWhiteSpace() {
        let body = renderer.render("See e.g.[[A]] and 3.14 [[B]]. A.B. [[C]] went.")
        #expect(body.wikiLinks.map(\.sentence) == ["See e.g.A and 3.14 B.", "See e.g.A and 3.14 B.", "C went."])
        // A no-break space is white space too.
        #expect(renderer.render("End.\u{A0}Next [[A]] sentence.").wikiLinks.first?.sentence == "Next A sentence.")
    }

    @Test func sentenceEndsAreWholeCharacters() {
        // `.` with a combining mark is not a full stop; after a prepended mark it is.
        let body = renderer.render("Word.\u{301} next [[A]]. Then x\u{600}. [[B]] y.")
        #expect(body.wikiLinks.map(\.sentence) == ["Word.\u{301} next A.", "Then x\u{600}. B y."])
        #expect(body.wikiLinks.map(\.column) == [12, 27])
    }

    @Test func bracketsJoinedToMarksAreText() {
        let body = renderer.render("[\u{301}[x]] and \u{600}[[y]] and [[z]\u{301}] and [[w|\u{600}]] and [[v#\u{301}f]] and [[#\u{FE0F}]]")
        #expect(body.wikiLinks.map(\.target) == ["v#\u{301}f", "#\u{FE0F}"])
        #expect(body.wikiLinks.map(\.fragment) == [nil, nil])
        #expect(body.wikiLinks.map(\.column) == [42, 54])
    }

    @Test func linesAndColumnsAfterTheFirstLine() {
        let body = renderer.render("Line one\nline two has [[A]]. Next.", firstLine: 3)
        #expect(body.wikiLinks.map(\.line) == [4])
        #expect(body.wikiLinks.map(\.column) == [14])
        #expect(body.wikiLinks.map(\.sentence) == ["Line one line two has A."])
    }

    @Test func spacesAroundTheParts() {
        let body = renderer.render("   [[ spaced target # frag | lab el ]]   ")
        let link = body.wikiLinks.first
        #expect(link?.target == "spaced target")
        #expect(link?.fragment == "frag")
        #expect(link?.label == "lab el")
        #expect(link?.column == 4)
        #expect(body.plainText == "lab el")
    }

    @Test func tableCellsAreBlocksOfTheirOwn() {
        let body = renderer.render("| a | b |\n|---|---|\n| one [[A]]. two | x. [[B]]! y |")
        #expect(body.wikiLinks.map(\.sentence) == ["one A.", "B!"])
        #expect(body.wikiLinks.map(\.column) == [7, 23])
        #expect(body.uncitedParagraphLines.isEmpty)
    }

    @Test func longSentencesAreCut() {
        let ascii = renderer.render(String(repeating: "a", count: 300) + " [[A]].").wikiLinks[0].sentence
        #expect(ascii == String(repeating: "a", count: 279) + "…")
        let cyrillic = renderer.render(String(repeating: "б", count: 300) + " [[A]].").wikiLinks[0].sentence
        #expect(cyrillic == String(repeating: "б", count: 279) + "…")
        let combining = renderer.render(String(repeating: "e\u{301}", count: 300) + " [[A]].").wikiLinks[0].sentence
        #expect(combining.count == 280)
        #expect(combining.hasSuffix("e\u{301}…"))
        let short = String(repeating: "a", count: 277)
        #expect(renderer.render(short + " [[A]].").wikiLinks[0].sentence == short + " A.")
    }

    /// Character references can spell the placeholder characters; they must not
    /// become placeholders (the earlier walker crashed on `&#xE000;9&#xE001;`).
    @Test func tokensFromCharacterReferencesAreDropped() {
        let body = renderer.render("&#xE000;0&#xE001; and [[A]] &#xE001; end. &#xE000;9&#xE001;")
        #expect(body.wikiLinks.map(\.target) == ["A"])
        #expect(body.wikiLinks.map(\.sentence) == ["0 and A  end."])
        #expect(body.html == "<p>0 and \u{E000}0\u{E001}  end. 9</p>\n")
        let attributes = renderer.render("[a](/u \"&#xE000;0&#xE001;\") ![b](/i \"&#xE002;\")\n\n```&#xE000;x\ncode\n```")
        #expect(!attributes.html.unicodeScalars.contains { (0xE000...0xE003).contains($0.value) })
        #expect(attributes.html.contains("title=\"0\""))
    }

    /// A heading that starts with a combining or spacing mark used to lose its
    /// id (and leave the heading token in the HTML).
    @Test func headingStartingWithAMarkGetsItsID() {
        let body = renderer.render("## \u{903} Title [[A]]\n\n## Next")
        #expect(body.headings.map(\.id) == ["\u{903}-title-a", "next"])
        #expect(body.html == "<h2 id=\"\u{903}-title-a\">\u{903} Title \u{E000}0\u{E001}</h2>\n<h2 id=\"next\">Next</h2>\n")
    }

    @Test func substituteReplacesEveryPlaceholder() {
        let html = "a \u{E000}0\u{E001} b \u{E000}12\u{E001}\u{301} c"
        #expect(WikiLinkToken.substitute(in: html) { "<\($0)>" } == "a <0> b <12>\u{301} c")
        #expect(WikiLinkToken.substitute(in: "no tokens") { _ in "x" } == "no tokens")
        // A malformed token ends the substitution; the rest stays as it is.
        let broken = "x \u{E000}1\u{E001} y \u{E000}z\u{E001} w \u{E000}2\u{E001}"
        #expect(WikiLinkToken.substitute(in: broken) { "<\($0)>" } == "x <1> y \u{E000}z\u{E001} w \u{E000}2\u{E001}")
        #expect(WikiLinkToken.substitute(in: "open \u{E000}3") { "<\($0)>" } == "open \u{E000}3")
        #expect(WikiLinkToken.substitute(in: WikiLinkToken.placeholder(123_456)) { "\($0)" } == "123456")
    }

    @Test func aWholeBodyRendersExactly() {
        let body = renderer.render("""
        Intro with [[Alpha]] and *[[Beta|the beta]]*. Second? [[Gamma#Origins]]!

        ## Über [[Alpha]]

        | City | Note |
        |---|---|
        | Київ | Seen [[Kyiv]]. Twice |

        - item [[Delta]] here
        - [ ] task

        Cited sentence with [[Epsilon]].[^1]

            code [[not]]

        [^1]: Note on [[Zeta]].
        """, firstLine: 10)
        #expect(body.html == """
        <p>Intro with \u{E000}0\u{E001} and <em>\u{E000}1\u{E001}</em>. Second? \u{E000}2\u{E001}!</p>
        <h2 id="über-alpha">Über \u{E000}3\u{E001}</h2>
        <table>
        <thead>
        <tr>
        <th>City</th>
        <th>Note</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>Київ</td>
        <td>Seen \u{E000}4\u{E001}. Twice</td>
        </tr>
        </tbody>
        </table>
        <ul>
        <li>item \u{E000}5\u{E001} here</li>
        <li><input type="checkbox" disabled="" /> task</li>
        </ul>
        <p>Cited sentence with \u{E000}6\u{E001}.<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
        <pre><code>code [[not]]
        </code></pre>
        <section class="footnotes" data-footnotes>
        <ol>
        <li id="fn-1">
        <p>Note on \u{E000}7\u{E001}. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
        </li>
        </ol>
        </section>

        """)
        #expect(body.wikiLinks.map(\.target) == ["Alpha", "Beta", "Gamma", "Alpha", "Kyiv", "Delta", "Epsilon", "Zeta"])
        #expect(body.wikiLinks.map(\.fragment) == [nil, nil, "Origins", nil, nil, nil, nil, nil])
        #expect(body.wikiLinks.map(\.label) == [nil, "the beta", nil, nil, nil, nil, nil, nil])
        #expect(body.wikiLinks.map(\.line) == [10, 10, 10, 12, 16, 18, 21, 25])
        #expect(body.wikiLinks.map(\.column) == [12, 27, 55, 9, 15, 8, 21, 15])
        #expect(body.wikiLinks.map(\.sentence) == [
            "Intro with Alpha and the beta.", "Intro with Alpha and the beta.", "Gamma § Origins!", "Über Alpha",
            "Seen Kyiv.", "item Delta here", "Cited sentence with Epsilon.", "Note on Zeta.",
        ])
        #expect(body.headings.map(\.level) == [2])
        #expect(body.headings.map(\.text) == ["Über Alpha"])
        #expect(body.headings.map(\.id) == ["über-alpha"])
        #expect(body.uncitedParagraphLines == [10])
        #expect(body.plainText == """
        Intro with Alpha and the beta. Second? Gamma § Origins!
        Über Alpha
        City
        Note
        Київ
        Seen Kyiv. Twice
        item Delta here
        task
        Cited sentence with Epsilon.
         code [[not]]
         Note on Zeta.
        """)
    }
}
