import AlmanacCore
import AlmanacSearch

/// A deterministic stand-in for a large wiki: Zipf-distributed English-like
/// prose (real function words and common words at the top ranks, then tens
/// of thousands of invented ones), invented names for titles, some aliases
/// in Cyrillic.
struct SyntheticWiki {
    typealias Generator = SplitMix64

    static let common = """
        the of and to in a is that for it as was with be by on not he i this are or his from at which but have an they \
        you were her she there been one all we their has would when if more no out so said what up its about into than \
        them can only other new some could time these two may then do first any my now such like our over man me even \
        most made after also did many before must through back years where much your way well down should because each \
        just those people how too little state good very make world still own see men work long get here between both \
        life being under never day same another know while last might us great old year off come since against go came \
        right used take three himself few house use during without again place american around however home small found \
        thought went say part once general high upon school every don does got united left number course war until \
        always away something fact though water less public put think almost hand enough far took head yet government \
        system better set told nothing night end why called didn eyes find going look asked later knew point next city \
        give group toward young let room president side social given present several order national possible rather \
        second face per among form important often things looked early white case john become large big need four \
        within felt along children saw best church ever least power development light thing seemed family interest \
        want members mind country area others done turned although open god service certain kind problem began different \
        door thus help sense means whole matter perhaps itself york times law human line above name example action \
        company hands local show whether five history gave today either act feet across taken past quite anything \
        seen having death experience body word half really week field am car words already information tell together \
        college shall money period held keep sure probably free seems political real cannot behind miss question air \
        office making brought whose special major heard problems federal became study ago moment available known result \
        street economic boy reason change position south board individual job society areas west close turn love \
        community true court force full seem am front wife military border raid legion forces attack region village \
        battalion volunteers territory ukraine russia russian ukrainian kremlin oblast fighters armed operation units
        """.split(separator: " ").map(String.init)

    let documents: [SearchDocument]

    init(count: Int, bodyWords: Int = 300, seed: UInt64 = 2024) {
        var random = Generator(state: seed)
        let invented = Self.inventedWords(40_000, random: &random)
        let vocabulary = Self.common + invented
        // Zipf with exponent 1: the cumulative weights of ranks 1...n.
        var cumulative: [Double] = []
        var sum = 0.0
        for rank in 1...vocabulary.count {
            sum += 1 / Double(rank)
            cumulative.append(sum)
        }
        func word(_ random: inout Generator) -> String {
            let target = Double.random(in: 0..<sum, using: &random)
            var low = 0, high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
            }
            return vocabulary[low]
        }
        func prose(_ count: Int, _ random: inout Generator) -> String {
            (0..<count).map { index in
                let next = word(&random)
                return index % 14 == 13 ? next + "." : next
            }.joined(separator: " ")
        }
        let types = ["Group", "Event", "Person", "Place", "Organization", "Document", "Source"]
        var documents: [SearchDocument] = []
        for number in 0..<count {
            let nameWords = Int.random(in: 1...4, using: &random)
            let title = (0..<nameWords).map { _ in invented[Int.random(in: 0..<invented.count, using: &random)].capitalized }
                .joined(separator: " ")
            var aliases: [String] = []
            if number % 3 == 0 { aliases.append(invented[Int.random(in: 0..<invented.count, using: &random)].capitalized) }
            if number % 5 == 0 { aliases.append(Self.cyrillic(title)) }
            let type = types[number % types.count]
            let slug = title.lowercased().replacingOccurrences(of: " ", with: "-") + "-\(number)"
            documents.append(SearchDocument(
                id: "\(type.lowercased())s/\(slug)", url: "\(type.lowercased())s/\(slug)/index.html", title: title,
                aliases: aliases, typeLabel: type,
                summary: prose(Int.random(in: 15...45, using: &random), &random),
                text: prose(bodyWords - 30 + Int.random(in: 0...60, using: &random), &random)))
        }
        self.documents = documents
    }

    /// Pronounceable words from English-like syllables, distinct.
    static func inventedWords(_ count: Int, random: inout Generator) -> [String] {
        let onsets = ["b", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gr", "h", "j", "k", "l", "m",
                      "n", "p", "pl", "pr", "r", "s", "sh", "sl", "sp", "st", "str", "t", "th", "tr", "v", "w", "y", "z", ""]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "ee", "oa"]
        let codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "ck", "rt", "v", "sk"]
        var seen = Set<String>()
        var words: [String] = []
        while words.count < count {
            let syllables = Int.random(in: 1...4, using: &random)
            let word = (0..<syllables).map { _ in
                onsets.randomElement(using: &random)! + vowels.randomElement(using: &random)! + codas.randomElement(using: &random)!
            }.joined()
            if word.count >= 3, seen.insert(word).inserted { words.append(word) }
        }
        return words
    }

    /// A Cyrillic spelling of a Latin name, letter by letter, as an alias.
    static func cyrillic(_ latin: String) -> String {
        let letters: [Character: String] = [
            "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ж", "k": "к",
            "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в",
            "w": "в", "x": "кс", "y": "й", "z": "з",
        ]
        return String(latin.flatMap { character -> String in
            guard let mapped = letters[Character(character.lowercased())] else { return String(character) }
            return character.isUppercase ? mapped.uppercased() : mapped
        })
    }
}
