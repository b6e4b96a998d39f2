import AlmanacCore
import Testing

@Suite struct PartialDateTests {
    @Test func parsesEachPrecision() {
        #expect(PartialDate(parsing: "2022") == PartialDate(year: 2022))
        #expect(PartialDate(parsing: "2023-03") == PartialDate(year: 2023, month: 3))
        #expect(PartialDate(parsing: "2023-05-22") == PartialDate(year: 2023, month: 5, day: 22))
        #expect(PartialDate(parsing: "2023-05-22")?.precision == .day)
    }

    @Test func refusesWhatIsNotADate() {
        for text in ["23", "2023-13", "2023-02-30", "2023-5", "May 2023", "2023-05-22T10:00", "", "２０２２"] {
            #expect(PartialDate(parsing: text) == nil, "\(text)")
        }
        #expect(PartialDate(parsing: "2024-02-29") != nil)
    }

    @Test func printsOnlyWhatIsKnown() {
        #expect(PartialDate(year: 2022).description == "2022")
        #expect(PartialDate(year: 2023, month: 3).description == "March 2023")
        #expect(PartialDate(year: 2023, month: 5, day: 22).description == "22 May 2023")
        #expect(PartialDate(year: 2023, month: 5, day: 2).iso == "2023-05-02")
    }

    @Test func sortsByEarliestDayThenPrecision() {
        let dates = ["2023-05-22", "2023", "2022-08-21", "2023-05", "2022"].compactMap(PartialDate.init(parsing:))
        #expect(dates.sorted().map(\.iso) == ["2022", "2022-08-21", "2023", "2023-05", "2023-05-22"])
    }
}

@Suite struct TextKeyTests {
    @Test func ignoresCaseDiacriticsAndSpacing() {
        #expect(TextKey.normalize("  Ilya   PONOMARËV ") == TextKey.normalize("ilya ponomarev"))
        #expect(TextKey.normalize("Илья Пономарёв") == TextKey.normalize("илья пономарев"))
        #expect(TextKey.normalize("РДК") == TextKey.normalize("рдк"))
        #expect(TextKey.normalize("Kozinka") != TextKey.normalize("Kozinki"))
    }

    @Test func anchorsAndFileNames() {
        #expect(Slug.anchor("Early history & aims") == "early-history-aims")
        #expect(Slug.anchor("История") == "история")
        #expect(Slug.fileName("Freedom of Russia Legion") == "freedom-of-russia-legion")
        #expect(Slug.fileName("Ilya Ponomarëv!") == "ilya-ponomarev")
        #expect(Slug.problem(inStem: "CON") != nil)
        #expect(Slug.problem(inStem: "..") != nil)
        #expect(Slug.problem(inStem: "%2e%2e") != nil)
        #expect(Slug.problem(inStem: String(repeating: "a", count: 300)) != nil)
        #expect(Slug.problem(inStem: "kozinka-raid") == nil)
    }

    @Test func textArchiveSplitsFiles() {
        let files = TextArchive.parse("""
        -- a.md --
        one

        -- b/c.md --
        two
        """)
        #expect(files.map(\.path) == ["a.md", "b/c.md"])
        #expect(files.map(\.text) == ["one\n", "two\n"])
    }
}
