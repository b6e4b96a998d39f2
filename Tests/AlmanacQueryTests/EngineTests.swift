import AlmanacQuery
import Testing

@Suite struct EngineTests {
    @Test func selectsByTypeAndSortsByTitleByDefault() throws {
        #expect(try QueryWiki.titles("from group") == ["Freedom of Russia Legion", "National Republican Army", "Volunteer Corps"])
        // A plural or folder names the type too; several types at once.
        #expect(try QueryWiki.titles("from people, documents") == ["Irpin Declaration", "Jane Roe"])
        #expect(try QueryWiki.titles("where type = person") == ["Jane Roe"])
    }

    @Test func relationsEitherWayAndToThisPage() throws {
        #expect(try QueryWiki.titles("from event", "where participants has [[Freedom of Russia Legion]]") == ["Belgorod raids", "Kozinka raid"])
        #expect(try QueryWiki.titles("from event", "where participants has this", this: "Volunteer Corps") == ["Belgorod raids", "Bryansk raid", "Kozinka raid"])
        // The other way: the entries the declaration lists.
        #expect(try QueryWiki.titles("where in this.signatories", this: "Irpin Declaration") == [
            "Freedom of Russia Legion", "National Republican Army", "Volunteer Corps",
        ])
        #expect(try QueryWiki.titles("where related to [[Jane Roe]]") == ["Freedom of Russia Legion"])
        #expect(try QueryWiki.titles("from group", "where has leader") == ["Freedom of Russia Legion"])
        #expect(try QueryWiki.titles("from group", "where no leader") == ["National Republican Army", "Volunteer Corps"])
    }

    @Test func partialDatesCompareAsPeriods() throws {
        // "2023" and "2023-03" fall within 2023; a date before May 2023 is before all of it.
        #expect(try QueryWiki.titles("from event", "where date = 2023", "sort date") == ["A year of raids", "Bryansk raid", "Kozinka raid"])
        #expect(try QueryWiki.titles("from event", "where date < 2023-05", "sort date") == ["A year of raids", "Bryansk raid"])
        #expect(try QueryWiki.titles("from event", "where date >= 2023-05", "sort date") == ["Kozinka raid", "Belgorod raids"])
        #expect(try QueryWiki.titles("from event", "where date > 2023", "sort date") == ["Belgorod raids"])
        #expect(try QueryWiki.titles("from event", "where date != 2023") == ["Belgorod raids"])
        // A named date field, and sorting by it: less precise first within a period, descending reversed.
        #expect(try QueryWiki.titles("from group", "where founded <= 2022-03", "sort founded") == ["National Republican Army", "Freedom of Russia Legion"])
        #expect(try QueryWiki.titles("from group", "sort founded desc") == ["Volunteer Corps", "Freedom of Russia Legion", "National Republican Army"])
    }

    @Test func numbersTagsStatusesTextAndLogic() throws {
        #expect(try QueryWiki.titles("from group", "where members > 1000") == ["Freedom of Russia Legion"])
        // Tags compare ignoring case.
        #expect(try QueryWiki.titles("where tag = armed") == ["Freedom of Russia Legion", "National Republican Army", "Volunteer Corps"])
        #expect(try QueryWiki.titles("from group", "where tags != russian") == ["National Republican Army", "Volunteer Corps"])
        #expect(try QueryWiki.titles("where status = disputed") == ["Belgorod raids", "Irpin Declaration"])
        #expect(try QueryWiki.titles("where title contains \"RAID\"") == ["A year of raids", "Belgorod raids", "Bryansk raid", "Kozinka raid"])
        #expect(try QueryWiki.titles("from event", "where tag = raid and not date = 2023-03") == ["Kozinka raid"])
        #expect(try QueryWiki.titles("from event, group", "where (tag = raid or members < 500) and not title = 'Kozinka raid'") == ["Bryansk raid", "Volunteer Corps"])
        // `and` and `or` lines continue the where above them.
        #expect(try QueryWiki.titles("from group", "where members > 1000", "or founded = 2022-08") == ["Freedom of Russia Legion", "Volunteer Corps"])
    }

    @Test func limitsCountsAndColumns() throws {
        var result = try QueryWiki.run("from event\nsort date desc\nlimit 2\ncolumns title, date, participants, count(participants)")
        #expect(result.total == 4)
        #expect(result.columns.map(\.label) == ["Title", "Date", "Participants", "Participants (count)"])
        #expect(result.rows.map { $0.cells.map { $0.values.map(\.text).joined(separator: ", ") } } == [
            ["Belgorod raids", "12 March 2024", "Freedom of Russia Legion, Volunteer Corps", "2"],
            ["Kozinka raid", "22 May 2023", "Freedom of Russia Legion, Volunteer Corps", "2"],
        ])
        // Inverse relations, their count, and a sort on that count.
        result = try QueryWiki.run("from group\nsort count(inverse(participants)) desc\ncolumns title, inverse(participants), count(inverse(participants))")
        #expect(result.columns.map(\.label) == ["Title", "Took part in", "Took part in (count)"])
        #expect(result.rows.map { $0.cells.map { $0.values.map(\.text).joined(separator: ", ") } } == [
            ["Volunteer Corps", "Belgorod raids, Bryansk raid, Kozinka raid", "3"],
            ["Freedom of Russia Legion", "Belgorod raids, Kozinka raid", "2"],
            ["National Republican Army", "", "0"],
        ])
        #expect(try QueryWiki.run("from event\nshow count").total == 4)
    }

    @Test func theStatusColumnIsTheStatusOfTheRelationARowWasChosenBy() throws {
        let result = try QueryWiki.run("where in this.signatories\ncolumns title, status", this: "Irpin Declaration")
        #expect(result.rows.map { $0.cells.map { $0.values.map(\.text).joined() } } == [
            ["Freedom of Russia Legion", ""], ["National Republican Army", "claimed"], ["Volunteer Corps", "disputed"],
        ])
    }

    @Test func nothingMatchesIsAnEmptyResultNotAnError() throws {
        let result = try QueryWiki.run("from person\nwhere born > 2000")
        #expect(result.rows.isEmpty && result.total == 0)
        #expect(QueryOutput.render(result, site: QueryWiki.built.site, as: .table) == "(no entries match)\n")
    }

    @Test func outputsAsTableCSVAndJSON() throws {
        let result = try QueryWiki.run("from group\nwhere founded >= 2022-03\ncolumns title, founded, members, allied_with")
        let site = QueryWiki.built.site
        #expect(QueryOutput.render(result, site: site, as: .table) == """
            Title                           Founded  Members  Allied with
            ------------------------  -------------  -------  ---------------
            Freedom of Russia Legion     March 2022     1500  Volunteer Corps
            Volunteer Corps           1 August 2022      300

            """)
        #expect(QueryOutput.render(result, site: site, as: .csv) == "Title,Founded,Members,Allied with\r\nFreedom of Russia Legion,March 2022,1500,Volunteer Corps\r\nVolunteer Corps,1 August 2022,300,\r\n")
        #expect(QueryOutput.render(result, site: site, as: .json) == """
            [
              {"id": "groups/legion", "Title": "Freedom of Russia Legion", "Founded": "March 2022", "Members": "1500", "Allied with": "Volunteer Corps"},
              {"id": "groups/corps", "Title": "Volunteer Corps", "Founded": "1 August 2022", "Members": "300", "Allied with": []}
            ]

            """)
    }
}
