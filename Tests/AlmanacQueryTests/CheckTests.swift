import AlmanacQuery
import Foundation
import Testing

/// Every problem is found before anything runs, at its line and column, with a suggestion where one fits.
@Suite struct CheckTests {
    @Test func unknownNamesAreSuggested() {
        #expect(QueryWiki.problems("from evnt") == ["1:6: no type ‘evnt’ in almanac.yml; did you mean ‘event’?"])
        #expect(QueryWiki.problems("from event\nwhere particpants has [[Volunteer Corps]]") == [
            "2:7: no field ‘particpants’ on the entries this query selects; did you mean ‘participants’?",
        ])
        #expect(QueryWiki.problems("from event\nsort dat") == ["2:6: no field ‘dat’ on the entries this query selects; did you mean ‘date’?"])
        #expect(QueryWiki.problems("where status = disputd") == [
            "1:16: no status ‘disputd’; the statuses are confirmed, claimed, alleged, disputed; did you mean ‘disputed’?",
        ])
        #expect(QueryWiki.problems("where in [[Irpin Declaraton]].signatories") == ["1:10: no entry named [[Irpin Declaraton]]; did you mean [[Irpin Declaration]]?"])
        #expect(QueryWiki.problems("where in this.signatorys", this: "Irpin Declaration") == [
            "1:15: no relation ‘signatorys’ in almanac.yml; did you mean ‘signatories’?",
        ])
        #expect(QueryWiki.problems("wher title = x") == ["1:1: a line of a query starts with from, where, sort, limit, show or columns, not ‘wher’; did you mean ‘where’?"])
        #expect(QueryWiki.problems("show tabel") == ["1:6: show takes table, list or count, not ‘tabel’; did you mean ‘table’?"])
    }

    @Test func comparisonsMustFitTheirField() {
        #expect(QueryWiki.problems("where title < 2020") == ["1:7: ‘<’ compares dates and numbers; ‘title’ is text: use = , != or contains"])
        #expect(QueryWiki.problems("where date > yesterday") == ["1:14: ‘yesterday’ is not a date; write 2023, 2023-05 or 2023-05-21"])
        #expect(QueryWiki.problems("from group\nwhere members >= many") == ["2:18: ‘many’ is not a number, and ‘members’ is a number"])
        #expect(QueryWiki.problems("from event\nwhere participants = [[Volunteer Corps]]") == [
            "2:22: ‘participants = …’ compares values; for a relation write ‘participants has [[Volunteer Corps]]’",
        ])
        #expect(QueryWiki.problems("from group\nwhere founded has this", this: "Jane Roe") == ["2:7: ‘founded’ is a date, not a relation"])
        #expect(QueryWiki.problems("from group\ncolumns count(members)") == ["2:15: ‘members’ is a number, not a relation"])
        #expect(QueryWiki.problems("from group\nwhere members contains 3") == ["2:7: contains looks inside text; ‘members’ is a number"])
    }

    @Test func thisNeedsAPage() {
        #expect(QueryWiki.problems("where participants has this") == ["1:24: ‘this’ names the entry whose page holds the query; here there is none"])
        #expect(QueryWiki.problems("where participants has this", this: "Volunteer Corps") == [])
    }

    @Test func everyProblemIsReportedInOrder() {
        #expect(QueryWiki.problems("from event\nwhere titel = x and dat > 2020\nsort nme") == [
            "2:7: no field ‘titel’ on the entries this query selects; did you mean ‘title’?",
            "2:21: no field ‘dat’ on the entries this query selects; did you mean ‘date’?",
            "3:6: no field ‘nme’ on the entries this query selects",
        ])
    }

    @Test func brokenSyntaxIsPlacedAndBounded() {
        #expect(QueryWiki.problems("where title = \"open") == ["1:15: the text \"open… is never closed (no \")"])
        #expect(QueryWiki.problems("where participants has [[Volunteer") == ["1:24: the link [[Volunteer… is never closed (no ]])"])
        #expect(QueryWiki.problems("where (tag = raid") == ["1:18: expected ‘)’ here, at the end of the line"])
        #expect(QueryWiki.problems("where title = x y") == ["1:17: unexpected ‘y’; the clause is complete before it"])
        #expect(QueryWiki.problems("limit 0") == ["1:7: limit takes a whole number from 1 to 100000, not ‘0’"])
        #expect(QueryWiki.problems("from event\nfrom group") == ["2:1: ‘from’ is given twice"])
        #expect(QueryWiki.problems("where title ! x") == ["1:13: ‘!’ on its own means nothing; write != or not"])
        // Tags are matched, not ordered.
        #expect(QueryWiki.problems("where tag < raid") == ["1:11: tags are matched with =, != or has, not ordered with ‘<’"])
    }

    @Test func hostileQueriesEndQuicklyWithAnError() {
        let start = Date()
        // Deep nesting stops at the bound instead of recursing on.
        let deep = "where " + String(repeating: "(", count: 50_000) + "tag = x" + String(repeating: ")", count: 50_000)
        #expect(QueryWiki.problems(deep).first?.hasSuffix("the query is 100013 bytes long; at most 16384 are read") == true)
        let nested = "where " + String(repeating: "not (", count: 40) + "tag = x" + String(repeating: ")", count: 40)
        #expect(QueryWiki.problems(nested).first?.contains("nested more than 32 deep") == true)
        let wide = "where " + Array(repeating: "tag = x", count: 2_000).joined(separator: " or ")
        #expect(QueryWiki.problems(String(wide.prefix(16_000))).first?.contains("more than 1000 words") == true)
        #expect(QueryWiki.problems(String(repeating: "\n", count: 10_000) + "from").first == "10001:5: expected a type here, at the end of the line")
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
