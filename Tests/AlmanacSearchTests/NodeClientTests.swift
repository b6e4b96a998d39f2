import Foundation
import Testing
@testable import AlmanacSearch

/// `search.js` run under Node against a real built index. Skipped, saying
/// so, where `node` is not installed.
@Suite("search.js under Node", .enabled(if: NodeHarness.node != nil, "node is not installed: search.js is not exercised"))
struct NodeClientTests {
    static let samples = [
        "Илья Пономарёв", "РДК", "Козинка", "Ірпінь", "Київ", "Луганськ", "Zürich, São Paulo — Kraków!",
        "Straße Øresund Łódź", "Russia's 2023-05-22", "ＦＵＬＬ width", "«Кавычки» и “quotes”…", "Пономаре\u{0308}в Андрій",
        "Ελληνικά ΟΔΟΣ", "emoji 🙂 split", "",
    ]

    @Test("Normalisation in JavaScript equals normalisation in Swift")
    func sameWords() throws {
        let site = try NodeHarness.site(RankingFixture.documents)
        defer { try? FileManager.default.removeItem(at: site) }
        let words = try NodeHarness.run(site, "words", Self.samples, as: [[[String]]].self)
        #expect(words == Self.samples.map(SearchText.words))
    }

    /// Shard limits: the usual one, and one so small that shards split
    /// three and four letters deep.
    @Test("JavaScript ranks every query as Swift does", arguments: [ShardPlan.limit, 2_000])
    func sameRanking(shardLimit: Int) throws {
        let documents = RankingFixture.documents + SyntheticWiki(count: 400).documents
        let postings = SearchPostings(documents, shardLimit: shardLimit)
        let site = try NodeHarness.site(postings)
        defer { try? FileManager.default.removeItem(at: site) }
        let queries = [
            "legion", "ponomarev", "Пономарёв", "РДК", "rdk", "kozi", "raid kozi", "legion kozinka", "luhansk", "lugansk",
            "irpin", "Freedom of Russia Legion", "легион свобода россии", "crossed", "the", "th", "st", "sta", "stat",
            "state of", "of the", "k", "",
        ]
        struct Argument: Encodable { var queries: [String] }
        let ranked = try NodeHarness.run(site, "queries", Argument(queries: queries), as: [String: [String]].self)
        for query in queries {
            #expect(ranked[query] == SearchIndex.rank(query: query, in: postings).map(\.url), "query \(query)")
        }
        #expect(ranked["ponomarev"]?.first == "people/ilya-ponomarev/index.html")
        #expect(ranked["stat"]?.isEmpty == false)
        if shardLimit < ShardPlan.limit { #expect(postings.shards.keys.contains { $0.unicodeScalars.count >= 4 }) }
    }

    @Test("A query loads the manifest, its shard and the chunks of what it shows")
    func loadsLittle() throws {
        let site = try NodeHarness.site(RankingFixture.documents + SyntheticWiki(count: 400).documents)
        defer { try? FileManager.default.removeItem(at: site) }
        struct Argument: Encodable { var query: String; var limit: Int }
        struct Loads: Decodable { var loaded: [String]; var top: [String] }
        let loads = try NodeHarness.run(site, "loads", Argument(query: "Пономарёв", limit: 1), as: Loads.self)
        #expect(loads.loaded.count == 3)
        #expect(loads.loaded.prefix(2) == ["search/index.js", "search/shard-po.js"])
        #expect(loads.loaded.last?.hasPrefix("search/docs-") == true)
        #expect(loads.top == ["file://\(site.path)/people/ilya-ponomarev/index.html"])
    }

    @Test("The search box is a keyboard combobox")
    func dropdown() throws {
        let site = try NodeHarness.site(RankingFixture.documents)
        defer { try? FileManager.default.removeItem(at: site) }
        struct Dropdown: Decodable {
            struct Before: Decodable { var role: String?; var expanded: String?; var controls: String?; var listId: String; var listRole: String?; var hidden: Bool }
            struct Option: Decodable { var role: String?; var id: String; var text: String; var href: String }
            struct Shown: Decodable { var expanded: String?; var hidden: Bool; var options: [Option] }
            struct Down: Decodable { var prevented: Bool; var active: String?; var selected: [String?] }
            struct Enter: Decodable { var prevented: Bool; var location: String }
            struct Escape: Decodable { var prevented: Bool; var hidden: Bool; var expanded: String?; var active: String? }
            struct None: Decodable { var text: String; var disabled: String? }
            var before: Before
            var shown: Shown
            var afterDown: Down
            var afterEnter: Enter
            var afterEscape: Escape
            var afterReopen: Escape
            var none: [None]
        }
        struct Argument: Encodable { var query: String }
        let box = try NodeHarness.run(site, "dropdown", Argument(query: "kozi"), as: Dropdown.self)
        #expect(box.before.role == "combobox" && box.before.expanded == "false" && box.before.hidden)
        #expect(box.before.controls == box.before.listId && box.before.listRole == "listbox")
        #expect(box.shown.expanded == "true" && !box.shown.hidden)
        #expect(box.shown.options.map(\.role) == ["option", "option", "option"])
        #expect(box.shown.options.first?.text == "Kozinka raid Event Cross-border raid in which the legion entered Belgorod Oblast.")
        #expect(box.afterDown.prevented && box.afterDown.active == box.shown.options.first?.id)
        #expect(box.afterDown.selected == ["true", "false", "false"])
        // Down, down, up: back on the first option, which Enter opens.
        #expect(box.afterEnter.prevented && box.afterEnter.location == "file://\(site.path)/events/kozinka-raid/index.html")
        #expect(box.afterEscape.prevented && box.afterEscape.hidden && box.afterEscape.expanded == "false")
        #expect(box.afterEscape.active == nil)
        // Down after Escape opens the list again, on its first option.
        #expect(box.afterReopen.prevented && !box.afterReopen.hidden && box.afterReopen.active == box.shown.options.first?.id)
        #expect(box.none.map(\.text) == ["No results"] && box.none.first?.disabled == "true")
    }

    @Test("The search page lists full results for ?q=")
    func page() throws {
        let site = try NodeHarness.site(RankingFixture.documents)
        defer { try? FileManager.default.removeItem(at: site) }
        struct Page: Decodable {
            struct Result: Decodable, Equatable { var title: String; var href: String; var type: String; var summary: String }
            var value: String
            var status: String
            var role: String?
            var results: [Result]
        }
        struct Argument: Encodable { var search: String }
        let page = try NodeHarness.run(site, "page", Argument(search: "?q=%D0%A0%D0%94%D0%9A"), as: Page.self)
        #expect(page.value == "РДК")
        #expect(page.status == "1 result for “РДК”." && page.role == "status")
        #expect(page.results == [.init(title: "Russian Volunteer Corps", href: "file://\(site.path)/groups/rdk/index.html",
                                       type: "Group", summary: "Russian nationalist volunteers.")])
        let empty = try NodeHarness.run(site, "page", Argument(search: ""), as: Page.self)
        #expect(empty.status == "Type a name or a word to search." && empty.results.isEmpty)
    }
}
