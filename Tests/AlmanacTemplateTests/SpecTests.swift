import Foundation
import Testing

@testable import AlmanacTemplate

/// The official Mustache spec (`spec/`, a copy of ../shared/mustache-spec):
/// every test of the six required modules, run against the engine.
@Suite struct SpecTests {
    struct SpecFile: Decodable { var tests: [SpecCase] }

    struct SpecCase: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var data: TemplateValue
        var template: String
        var partials: [String: String]?
        var expected: String
        var module = ""
        var testDescription: String { "\(module): \(name)" }

        enum CodingKeys: String, CodingKey { case name, data, template, partials, expected }
    }

    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    static let cases: [SpecCase] = modules.flatMap { module -> [SpecCase] in
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("spec/\(module).json")
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(SpecFile.self, from: data) else { return [] }
        return file.tests.map { var c = $0; c.module = module; return c }
    }

    @Test func everyModuleIsThere() {
        #expect(Self.cases.count == 136)
        #expect(Set(Self.cases.map(\.module)) == Set(Self.modules))
    }

    @Test(arguments: cases) func conforms(_ spec: SpecCase) throws {
        var sources = spec.partials ?? [:]
        sources["(template)"] = spec.template
        let library = try TemplateLibrary(sources: sources)
        #expect(library.render("(template)", spec.data) == spec.expected)
    }
}

extension TemplateValue: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .absent }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .text(s) }
        else if let a = try? c.decode([TemplateValue].self) { self = .list(a) }
        else { self = .object(try c.decode([String: TemplateValue].self)) }
    }
}
