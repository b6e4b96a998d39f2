import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown
import AlmanacSite
import Foundation
import Testing

/// The repository's own wiki (content/, almanac.yml): what issue 3 promises
/// of it, so that an edit that breaks it fails here.
@Suite struct SampleWikiTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    @Test func checksCleanAndCoversTheArticle() throws {
        let result = Fixtures.rendered(SampleWikiTests.root)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.wantedCount == 0)
        let pages = Set(result.files.map(\.path))
        let expected = [
            "groups/freedom-of-russia-legion", "groups/russian-volunteer-corps", "groups/national-republican-army",
            "groups/combat-organization-of-anarcho-communists", "organizations/main-directorate-of-intelligence",
            "organizations/irpin-declaration-political-center", "groups/international-legion", "groups/wagner-group",
            "outlets/anarchist-fighter", "organizations/kremlin", "organizations/russian-armed-forces",
            "people/denis-kapustin", "people/ilya-ponomarev", "people/vladimir-putin", "people/dmitry-peskov", "people/christian-baghai",
            "events/russian-invasion-of-ukraine", "events/battle-of-irpin", "events/signing-of-the-irpin-declaration",
            "events/bryansk-raid", "events/kozinka-raid", "events/belgorod-counter-terrorism-operation", "events/wagner-group-mutiny",
            "events/belgorod-security-strip-raids", "events/boak-sabotage-campaign",
            "places/belgorod-oblast", "places/bryansk-oblast", "places/kozinka", "places/irpin", "places/russia", "places/ukraine", "places/belarus",
            "documents/irpin-declaration", "symbols/white-blue-white-flag", "sources/echoes-of-dissent",
        ]
        for id in expected { #expect(pages.contains("\(id)/index.html"), "no page for \(id)") }
    }

    func page(_ result: BuildResult, _ id: String) -> String {
        result.files.first { $0.path == "\(id)/index.html" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    @Test func relationsShowOnBothEnds() {
        let result = Fixtures.rendered(SampleWikiTests.root)
        let kapustin = page(result, "people/denis-kapustin")
        #expect(kapustin.contains("<dt>Leader of</dt>\n<dd><ul><li><a href=\"../../groups/russian-volunteer-corps/index.html\">Russian Volunteer Corps</a>"))
        let declaration = page(result, "documents/irpin-declaration")
        for signatory in ["groups/freedom-of-russia-legion", "groups/russian-volunteer-corps", "groups/national-republican-army"] {
            #expect(declaration.contains("<a href=\"../../\(signatory)/index.html\">"), "declaration does not list \(signatory)")
            #expect(page(result, signatory).contains("<dt>Signatory of</dt>\n<dd><ul><li><a href=\"../../documents/irpin-declaration/index.html\">Irpin Declaration</a>"))
        }
        #expect(page(result, "people/ilya-ponomarev").contains("<dt>Heads</dt>"))
        #expect(page(result, "places/kozinka").contains("<dt>Events here</dt>"))
        #expect(page(result, "groups/freedom-of-russia-legion").contains("<dt>Took part in</dt>"))
    }

    @Test func namesResolveInEveryScriptAndForm() throws {
        let folder = ContentLoader.load(siteRoot: SampleWikiTests.root)
        let decoder = EntryDecoder(config: ConfigLoader.load(root: SampleWikiTests.root, baseURL: nil).0)
        let entries = folder.files.compactMap { decoder.decode($0).0 }
        let index = LinkIndex(entries: entries)
        let cases = [
            "РДК": "groups/russian-volunteer-corps", "RVC": "groups/russian-volunteer-corps", "rdk": "groups/russian-volunteer-corps",
            "Liberty of Russia Legion": "groups/freedom-of-russia-legion", "LSR": "groups/freedom-of-russia-legion",
            "NRA": "groups/national-republican-army", "BOAK": "groups/combat-organization-of-anarcho-communists",
            "GUR": "organizations/main-directorate-of-intelligence", "HUR": "organizations/main-directorate-of-intelligence",
            "Denis Nikitin": "people/denis-kapustin", "Илья Пономарев": "people/ilya-ponomarev",
        ]
        for (name, id) in cases {
            guard case .entry(let i) = index.resolve(name) else {
                Issue.record("\(name) does not resolve")
                continue
            }
            #expect(entries[i].id == id, "\(name)")
        }
        #expect(index.collisions.isEmpty)
    }

    @Test func everyParagraphCitesASource() throws {
        let folder = ContentLoader.load(siteRoot: SampleWikiTests.root)
        let renderer = MarkdownRenderer()
        var uncited: [String] = []
        for file in folder.files + [folder.home].compactMap({ $0 }) {
            guard case .success(let split) = FrontMatter.split(file.text, path: file.path) else { continue }
            let body = renderer.render(split.body, firstLine: split.bodyFirstLine)
            uncited += body.uncitedParagraphLines.map { "\(file.path):\($0)" }
        }
        #expect(uncited == [])
    }
}
