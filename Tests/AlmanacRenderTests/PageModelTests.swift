import AlmanacTemplate
import Foundation
import Testing

@testable import AlmanacRender

@Suite struct PageModelTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/templates.md").standardized
    static let begin = "<!-- fields: generated from PageModel; ALMANAC_RECORD_GOLDEN=1 swift test rewrites it -->\n"
    static let end = "<!-- end of fields -->"

    @Test func theBuiltInTemplatesFitTheModel() throws {
        let (library, problems) = TemplateSet.parse(DefaultTheme.templates.mapValues { (text: $0, path: "built-in") })
        #expect(problems.isEmpty)
        #expect(PageModel.check(library).map(\.description) == [])
    }

    @Test func everyTemplateOfTheThemeHasAPageKindOrIsAPartial() {
        let kinds = Set((PageModel.kinds + PageModel.feeds + PageModel.fragments).map(\.template))
        #expect(Set(DefaultTheme.templates.keys).subtracting(kinds) == ["layout", "footer", "qualifiers"])
    }

    /// docs/templates.md lists every field of every page kind: the part
    /// between its markers is `PageModel.reference()`, re-recorded on demand.
    @Test func theDocsListTheModel() throws {
        let text = try String(contentsOf: Self.docs, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin))
        let stop = try #require(text.range(of: Self.end))
        let listed = String(text[start.upperBound..<stop.lowerBound])
        let model = PageModel.reference()
        if listed != model, ProcessInfo.processInfo.environment["ALMANAC_RECORD_GOLDEN"] == "1" {
            try (String(text[..<start.upperBound]) + model + String(text[stop.lowerBound...])).write(to: Self.docs, atomically: true, encoding: .utf8)
            return
        }
        #expect(listed == model)
    }

    @Test func valuesOutsideTheModelAreFound() {
        let values: TemplateValue = ["entry": ["title": "T", "titel": "x", "tags": [["name": 3]]], "root": "../"]
        #expect(PageModel.violations(of: values, template: "entry") == [
            "entry.entry.tags[].name is int(3) where the model has text",
            "entry.entry.titel is not in the model",
        ])
    }

    @Test func messagesNameThePageKind() throws {
        let library = try TemplateLibrary(sources: ["layout": "{{{content}}}{{#entry}}{{entry.title}}{{/entry}}", "index": "{{index.titel}}"])
        #expect(PageModel.check(library).map(\.description) == [
            "index:1:1: no field 'index.titel' on a type's index page; did you mean 'index.title'?",
        ])
    }
}
