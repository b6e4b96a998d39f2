import Foundation
import Testing

@testable import AlmanacViz

@Suite struct SupportTests {
    /// The label fast path agrees with Unicode's White_Space on every scalar.
    @Test func whiteSpaceTableMatchesUnicode() {
        let disagree = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { TextMetrics.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(disagree.isEmpty)
        #expect(TextMetrics.normalizeSpace("  a\u{2003}b\n c ") == "a b c")
        #expect(TextMetrics.normalizeSpace("Freedom of Russia Legion") == "Freedom of Russia Legion")
    }

    @Test func numbersPrintWithFixedPrecision() {
        #expect(SVGNumber.format(12) == "12")
        #expect(SVGNumber.format(12.04) == "12")
        #expect(SVGNumber.format(1.25) == "1.3")
        #expect(SVGNumber.format(-1.25) == "-1.3")
        #expect(SVGNumber.format(-0.04) == "0")
        #expect(SVGNumber.format(0.5877852, decimals: 4) == "0.5878")
        #expect(SVGNumber.format(-0.1, decimals: 4) == "-0.1")
        #expect(SVGNumber.format(0.05, decimals: 4) == "0.05")
        #expect(SVGNumber.format(.nan) == "0")
    }

    @Test func sineAndCosineMatchTheCLibrary() {
        for step in -400...400 {
            let angle = Double(step) * 0.0157
            let (s, c) = Trig.sinCos(angle)
            #expect(abs(s - sin(angle)) < 1e-13, "sin \(angle)")
            #expect(abs(c - cos(angle)) < 1e-13, "cos \(angle)")
        }
    }

    @Test func textIsShortenedAtCharacterBoundaries() {
        #expect(TextMetrics.fit("Short", maxWidth: 100, fontSize: 12) == "Short")
        #expect(TextMetrics.fit("  many\n  spaces ", maxWidth: 100, fontSize: 12) == "many spaces")
        let cut = TextMetrics.fit("Илья Пономарёв и Легион «Свобода России»", maxWidth: 100, fontSize: 12)
        #expect(cut.hasSuffix("…"))
        #expect(TextMetrics.width(cut, fontSize: 12) <= 100)
        #expect(TextMetrics.fit("👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦", maxWidth: 30, fontSize: 12).hasSuffix("…"))
    }

    @Test func typeNamesBecomeSafeClassNames() {
        #expect(CSSClass.node(typeName: "person") == "node-person")
        #expect(CSSClass.node(typeName: "Key Person") == "node-key-person")
        #expect(CSSClass.node(typeName: "\"><script>") == "node-script")
        #expect(CSSClass.node(typeName: "") == "node-other")
        #expect(CSSClass.node(typeName: "персона") == "node-персона")
    }

    @Test func stylesheetCoversDarkModePrintAndEveryClass() {
        let css = NeighbourhoodSVG.stylesheet
        #expect(css == SiteGraphSVG.stylesheet)
        for needle in [
            "@media (prefers-color-scheme: dark)", "@media print", ".node-group", ".node-person", ".edge-label", ".center",
            ".graph-s", ".graph-xl", ".label-bg", ".graph-note", ".membership", "var(--bg",
        ] {
            #expect(css.contains(needle), "\(needle)")
        }
        // Balanced braces: a typo here would silently drop the rules after it.
        #expect(css.filter { $0 == "{" }.count == css.filter { $0 == "}" }.count)
    }

    @Test func bundlesMergeBothDirectionsAndDropNoise() {
        let bundles = EdgeBundle.make(
            [
                GraphEdge(from: "b", to: "a", label: "Mentions"), GraphEdge(from: "a", to: "b", label: "leader"),
                GraphEdge(from: "a", to: "b", label: "leader"), GraphEdge(from: "a", to: "a", label: "self"),
                GraphEdge(from: "a", to: "zzz", label: "unknown end"),
            ], within: ["a", "b"])
        #expect(bundles.count == 1)
        #expect(bundles[0].labels == ["leader", "Mentions"])
        #expect(bundles[0].towardsFirst && bundles[0].towardsSecond)
        #expect(bundles[0].edges.count == 2)
    }
}
