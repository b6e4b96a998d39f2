import Testing

@testable import AlmanacTemplate

@Suite struct CheckerTests {
    let shape = TemplateShape.object([
        TemplateField("entry", .object([
            TemplateField("title", .text), TemplateField("has_tags", .bool),
            TemplateField("tags", .list(.object([TemplateField("name", .text), TemplateField("url", .text)]))),
        ])),
        TemplateField("root", .text),
    ])

    func problems(_ sources: [String: String], _ template: String = "entry") throws -> [String] {
        let library = try TemplateLibrary(sources: sources)
        return TemplateChecker(parsed: library.parsed).check(template, against: shape, page: "an entry page").map(\.description)
    }

    @Test func aMisspeltFieldIsNamedWithTheNearestOne() throws {
        #expect(try problems(["entry": "<h1>\n    {{entry.titel}}</h1>"]) == [
            "entry:2:5: no field 'entry.titel' on an entry page; did you mean 'entry.title'?",
        ])
        #expect(try problems(["entry": "{{entri.title}}{{nothing_like_it}}"]) == [
            "entry:1:1: no field 'entri.title' on an entry page; did you mean 'entry.title'?",
            "entry:1:16: no field 'nothing_like_it' on an entry page",
        ])
    }

    @Test func namesInsideSectionsResolveAgainstTheItemThenOutward() throws {
        #expect(try problems(["entry": "{{#entry.tags}}<a href=\"{{root}}{{url}}\">{{name}}{{nme}}</a>{{/entry.tags}}"]) == [
            "entry:1:50: no field 'nme' on an entry page; did you mean 'name'?",
        ])
        // A flag's section pushes nothing: `name` is not in scope there.
        #expect(try problems(["entry": "{{#entry.has_tags}}{{name}}{{/entry.has_tags}}"]) == [
            "entry:1:20: no field 'name' on an entry page",
        ])
    }

    @Test func aListWrittenAsTextIsAnError() throws {
        #expect(try problems(["entry": "{{entry.tags}}"]) == [
            "entry:1:1: 'entry.tags' is a list, which renders as nothing; use a section: {{#entry.tags}}…{{/entry.tags}}",
        ])
    }

    @Test func partialsAreCheckedWhereTheyAreIncluded() throws {
        #expect(try problems(["entry": "{{#entry.tags}}{{>tag}}{{/entry.tags}}{{>tag}}", "tag": "{{name}}"]) == [
            "tag:1:1: no field 'name' on an entry page",
        ])
    }

    @Test func aMissingPartialIsAnError() throws {
        #expect(try problems(["entry": "x\n  {{>footr}}", "footer": ""]) == [
            "entry:2:3: no template 'footr' for the partial {{>footr}}; did you mean 'footer'?",
        ])
    }

    @Test func aPartialThatIncludesItselfIsAnError() throws {
        #expect(try problems(["entry": "{{>a}}", "a": "{{#entry.tags}}{{>b}}{{/entry.tags}}", "b": "{{>a}}"]) == [
            "b:1:1: the partial 'a' includes itself (a → b → a): it would never finish rendering",
        ])
    }
}
