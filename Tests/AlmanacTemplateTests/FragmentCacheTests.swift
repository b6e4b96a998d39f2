import Testing

@testable import AlmanacTemplate

/// Sections over `shared` values render once per key and place, and are
/// copied to every other page (issue 17, item 3) — unless they read the
/// page's own values, which would make the copy wrong.
@Suite struct FragmentCacheTests {
    static let library = try! TemplateLibrary(sources: [
        "page": "{{#nav}}<{{name}}>{{/nav}}|{{title}}",
        "leaky": "{{#nav}}<{{name}}:{{title}}>{{/nav}}",
    ])

    static func page(_ key: Int, _ name: String, title: String) -> TemplateValue {
        ["nav": .shared(key: key, [["name": .text(name)]]), "title": .text(title)]
    }

    static func render(_ template: String, _ value: TemplateValue, _ fragments: FragmentCache?) -> String {
        var out: [UInt8] = []
        library.render(template, value, into: &out, fragments: fragments)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func aSharedSectionRendersOncePerKey() {
        let fragments = FragmentCache()
        #expect(Self.render("page", Self.page(1, "a", title: "One"), fragments) == "<a>|One")
        // Same key: the bytes are copied, not made again (a maker that gave
        // two different values one key would see the first).
        #expect(Self.render("page", Self.page(1, "b", title: "Two"), fragments) == "<a>|Two")
        #expect(Self.render("page", Self.page(2, "b", title: "Three"), fragments) == "<b>|Three")
        #expect(fragments.count == 2)
        // Without a cache, or with a new one, each page renders its own.
        #expect(Self.render("page", Self.page(1, "b", title: "Two"), nil) == "<b>|Two")
        #expect(Self.render("page", Self.page(1, "b", title: "Two"), FragmentCache()) == "<b>|Two")
    }

    @Test func aSectionThatReadsThePageIsNeverCopied() {
        let fragments = FragmentCache()
        #expect(Self.render("leaky", Self.page(1, "a", title: "One"), fragments) == "<a:One>")
        #expect(Self.render("leaky", Self.page(1, "a", title: "Two"), fragments) == "<a:Two>")
        #expect(fragments.count == 0)
    }

    @Test func aSharedValueReadsAsTheValueItWraps() {
        let value: TemplateValue = ["nav": .shared(key: 1, ["x": "in"]), "flag": .shared(key: 2, .bool(false))]
        let library = try! TemplateLibrary(sources: ["t": "{{nav.x}}{{^flag}}-{{/flag}}{{#nav}}{{x}}{{/nav}}"])
        var out: [UInt8] = []
        library.render("t", value, into: &out, fragments: FragmentCache())
        #expect(String(decoding: out, as: UTF8.self) == "in-in")
    }

    @Test func aSharedFlagWhoseSectionReadsThePageIsNeverCopied() throws {
        let library = try TemplateLibrary(sources: ["t": "{{#flag}}{{title}}{{/flag}}"])
        let fragments = FragmentCache()
        for title in ["One", "Two"] {
            var out: [UInt8] = []
            library.render("t", ["flag": .shared(key: 1, .bool(true)), "title": .text(title)], into: &out, fragments: fragments)
            #expect(String(decoding: out, as: UTF8.self) == title)
        }
        #expect(fragments.count == 0)
    }
}
