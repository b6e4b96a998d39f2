import Testing

@testable import AlmanacRender

/// The lead is the body before its first heading of its own; both parts
/// stay well-formed whatever stands in the body.
@Suite struct LeadSplitTests {
    @Test func splitsAtTheFirstTopLevelHeading() {
        let body = "<p>Lead.</p>\n<blockquote>\n<h2>Quoted heading</h2>\n</blockquote>\n<ul>\n<li>\n<h3>In a list</h3>\n</li>\n</ul>\n<h2 id=\"a\">A</h2>\n<p>Text.</p>\n"
        let (lead, rest) = LeadSplit.split(body)
        #expect(lead == "<p>Lead.</p>\n<blockquote>\n<h2>Quoted heading</h2>\n</blockquote>\n<ul>\n<li>\n<h3>In a list</h3>\n</li>\n</ul>\n")
        #expect(rest == "<h2 id=\"a\">A</h2>\n<p>Text.</p>\n")
    }

    @Test func rawHTMLAroundAHeadingIsNotCut() {
        let body = "<p>Lead.</p>\n<div class=\"box\">\n<h2>Inside</h2>\n</div>\n<link rel=\"x\">\n<h2>Out</h2>\n"
        #expect(LeadSplit.split(body) == ("<p>Lead.</p>\n<div class=\"box\">\n<h2>Inside</h2>\n</div>\n<link rel=\"x\">\n", "<h2>Out</h2>\n"))
    }

    @Test func theFootnotesEndTheLeadAndAreCounted() {
        let body = "<p>Lead.<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>\n<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>One.</p>\n</li>\n<li id=\"fn-two\">\n<p>Two.</p>\n</li>\n</ol>\n</section>\n"
        let (lead, rest) = LeadSplit.split(body)
        #expect(lead == "<p>Lead.<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>\n")
        #expect(rest.hasPrefix("<section class=\"footnotes\""))
        #expect(LeadSplit.footnoteCount(rest) == 2)
        #expect(LeadSplit.footnoteCount("<p>No notes.</p>\n") == 0)
    }

    @Test func noHeadingOrAHeadingFirst() {
        #expect(LeadSplit.split("<p>All lead.</p>\n") == ("<p>All lead.</p>\n", ""))
        #expect(LeadSplit.split("<h2>First</h2>\n<p>Text.</p>\n") == ("", "<h2>First</h2>\n<p>Text.</p>\n"))
        #expect(LeadSplit.split("") == ("", ""))
    }

    @Test func theHomePageTextAndItsFootnotesApart() {
        let notes = "<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>One.</p>\n</li>\n</ol>\n</section>\n"
        #expect(LeadSplit.footnotes("<p>Home.</p>\n" + notes) == ("<p>Home.</p>\n", notes))
        #expect(LeadSplit.footnotes(notes) == ("", notes))
        #expect(LeadSplit.footnotes("<p>No notes.</p>\n") == ("<p>No notes.</p>\n", ""))
    }

    /// Raw HTML in any case, with tabs, comments and raw-text blocks: a heading
    /// inside any of them is not a split point, and a stray close is harmless.
    @Test func rawHTMLInAnyFormIsNotCut() {
        let upper = "<p>Lead.</p>\n<DIV\tclass=\"box\">\n<h2>Inside</h2>\n</DIV>\n<h2>Out</h2>\n"
        #expect(LeadSplit.split(upper).rest == "<h2>Out</h2>\n")
        let comment = "<p>Lead.</p>\n<!-- <div> -->\n<h2>Out</h2>\n"
        #expect(LeadSplit.split(comment).rest == "<h2>Out</h2>\n")
        let pre = "<p>Lead.</p>\n<pre>\n<h2>code</h2>\n</pre>\n<h2>Out</h2>\n"
        #expect(LeadSplit.split(pre).rest == "<h2>Out</h2>\n")
        let stray = "<p>Lead.</p>\n</li>\n<h2>Out</h2>\n"
        #expect(LeadSplit.split(stray).rest == "<h2>Out</h2>\n")
        // Never closed: no split at all, and the footnotes are still counted in the whole body.
        let open = "<p>Use a <div> per card.<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>\n<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>x</p>\n</li>\n</ol>\n</section>\n"
        #expect(LeadSplit.split(open) == (open, ""))
        #expect(LeadSplit.footnoteCount(open) == 1)
    }
}
