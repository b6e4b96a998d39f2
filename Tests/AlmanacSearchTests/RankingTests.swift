import Testing
import AlmanacSearch

/// A small wiki whose entries each exercise one ranking rule.
enum RankingFixture {
    static func document(_ id: String, _ title: String, aliases: [String] = [], type: String = "Event", summary: String = "", text: String = "") -> SearchDocument {
        SearchDocument(id: id, url: "\(id)/index.html", title: title, aliases: aliases, typeLabel: type, summary: summary, text: text)
    }

    static let documents = [
        document("groups/legion", "Legion", type: "Group", summary: "A short name used by several formations."),
        document("groups/freedom-of-russia-legion", "Freedom of Russia Legion", aliases: ["Легион «Свобода России»"], type: "Group",
                 summary: "Armed formation of Russian citizens fighting on Ukraine's side.", text: "Took part in the Kozinka raid."),
        document("events/kozinka-raid", "Kozinka raid", aliases: ["Рейд на Козинку"],
                 summary: "Cross-border raid in which the legion entered Belgorod Oblast.", text: "The raid began at dawn."),
        document("events/belgorod-raids", "Belgorod raids", summary: "Incursions in 2023.",
                 text: "Units of the legion and the corps crossed at Kozinka and Gora-Podol."),
        document("people/ilya-ponomarev", "Илья Пономарёв", type: "Person", summary: "Former Duma deputy, in exile in Kyiv.",
                 text: "Announced the Irpin Declaration."),
        document("groups/rdk", "Russian Volunteer Corps", aliases: ["РДК"], type: "Group",
                 summary: "Russian nationalist volunteers.", text: "Crossed the border several times."),
        document("places/irpin", "Ірпінь", type: "Place", summary: "Town near Kyiv.", text: "Site of a declaration."),
        document("places/luhansk", "Луганськ", type: "Place", summary: "Regional capital.", text: ""),
        document("documents/irpin-declaration", "Irpin Declaration", type: "Document",
                 summary: "Joint statement of August 2022.", text: "Signed in Irpin by Ponomarev and others."),
    ]

    static func ids(_ query: String) -> [String] {
        SearchIndex.rank(query: query, in: documents).map(\.id)
    }
}

@Suite("Ranking")
struct RankingTests {
    @Test("Whole title, then title word, then summary, then body")
    func fieldOrder() {
        #expect(RankingFixture.ids("legion") == [
            "groups/legion", "groups/freedom-of-russia-legion", "events/kozinka-raid", "events/belgorod-raids",
        ])
    }

    @Test("A Latin query finds a Cyrillic title; Cyrillic finds it too")
    func cyrillicTitle() {
        #expect(RankingFixture.ids("ponomarev").first == "people/ilya-ponomarev")
        #expect(RankingFixture.ids("Пономарёв").first == "people/ilya-ponomarev")
        #expect(RankingFixture.ids("пономарев").first == "people/ilya-ponomarev")
        #expect(RankingFixture.ids("ilya ponomarev") == ["people/ilya-ponomarev"])
        // The body of the declaration also names him: after the title hit.
        #expect(RankingFixture.ids("ponomarev") == ["people/ilya-ponomarev", "documents/irpin-declaration"])
    }

    @Test("A Cyrillic alias is found in Cyrillic and in Latin")
    func cyrillicAlias() {
        #expect(RankingFixture.ids("РДК") == ["groups/rdk"])
        #expect(RankingFixture.ids("rdk") == ["groups/rdk"])
        #expect(RankingFixture.ids("рдк") == ["groups/rdk"])
        #expect(RankingFixture.ids("Козинку").first == "events/kozinka-raid")
    }

    @Test("Ukrainian names in either Latin spelling")
    func ukrainianSpellings() {
        #expect(RankingFixture.ids("luhansk") == ["places/luhansk"])
        #expect(RankingFixture.ids("lugansk") == ["places/luhansk"])
        #expect(RankingFixture.ids("Луганськ") == ["places/luhansk"])
        #expect(RankingFixture.ids("irpin").prefix(2) == ["places/irpin", "documents/irpin-declaration"])
    }

    @Test("The last word matches as a prefix; earlier words do not")
    func prefix() {
        #expect(RankingFixture.ids("kozi") == ["events/kozinka-raid", "events/belgorod-raids", "groups/freedom-of-russia-legion"])
        #expect(RankingFixture.ids("kozi raid") == [])
        #expect(RankingFixture.ids("raid kozi") == ["events/kozinka-raid", "groups/freedom-of-russia-legion"])
        #expect(RankingFixture.ids("k") == [])
    }

    @Test("Every word must match, scored by where each hits")
    func allWords() {
        #expect(RankingFixture.ids("legion kozinka") == [
            "events/kozinka-raid", "groups/freedom-of-russia-legion", "events/belgorod-raids",
        ])
        #expect(RankingFixture.ids("legion irpin") == [])
    }

    @Test("An exact title or alias comes first, in any script")
    func exact() {
        #expect(RankingFixture.ids("Freedom of Russia Legion").first == "groups/freedom-of-russia-legion")
        #expect(RankingFixture.ids("легион свобода россии").first == "groups/freedom-of-russia-legion")
        #expect(RankingFixture.ids("irpin declaration").first == "documents/irpin-declaration")
    }

    @Test("Ties go in title order")
    func ties() {
        // "crossed" is in two bodies only.
        #expect(RankingFixture.ids("crossed") == ["events/belgorod-raids", "groups/rdk"])
    }

    @Test("Empty and punctuation-only queries find nothing")
    func empty() {
        #expect(RankingFixture.ids("").isEmpty)
        #expect(RankingFixture.ids(" — ").isEmpty)
    }
}
