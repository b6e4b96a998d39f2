import Foundation
import Testing
@testable import AlmanacSearch

@Suite("Search normalisation")
struct SearchTextTests {
    @Test("Case, diacritics and punctuation", arguments: [
        ("Freedom of Russia Legion", [["freedom"], ["of"], ["russia"], ["legion"]]),
        ("Zürich, São Paulo — Kraków!", [["zurich"], ["sao"], ["paulo"], ["krakow"]]),
        ("Straße, Øresund, Łódź", [["strasse"], ["oresund"], ["lodz"]]),
        ("Russia's 2023-05-22 raid", [["russia"], ["s"], ["2023"], ["05"], ["22"], ["raid"]]),
        ("ＦＵＬＬ width", [["full"], ["width"]]),
        ("«Кавычки» и “quotes”…", [["kavychki", "kavychky"], ["i", "y"], ["quotes"]]),
        ("  ", []),
    ])
    func folding(text: String, words: [[String]]) {
        #expect(SearchText.words(text) == words)
    }

    @Test("Russian and Ukrainian names in Latin", arguments: [
        ("Илья Пономарёв", [["ilya", "ylia"], ["ponomarev"]]),
        ("ПОНОМАРЕВ", [["ponomarev"]]),
        ("РДК", [["rdk"]]),
        ("Козинка", [["kozinka", "kozynka"]]),
        ("Ірпінь", [["irpin"]]),
        ("Київ", [["kiyiv", "kyiv"]]),
        ("Луганськ", [["lugansk", "luhansk"]]),
        ("Харків", [["kharkiv"]]),
        ("Щёлково, Жуковский", [["shchelkovo"], ["zhukovskiy", "zhukovskyi"]]),
        ("Объединённая Россия", [["obedinennaya", "obedynennaia"], ["rossiya", "rossyia"]]),
        ("Єнакієве, Ґорґани", [["yenakiyeve", "ienakiieve"], ["gorgani", "gorgany"]]),
        ("Вячеслав Цюрупа", [["vyacheslav", "viacheslav"], ["tsyurupa", "tsiurupa"]]),
    ])
    func transliteration(text: String, words: [[String]]) {
        #expect(SearchText.words(text) == words)
    }

    @Test("Decomposed input folds like composed input")
    func decomposedInput() {
        #expect(SearchText.words("Пономаре\u{0308}в Андре\u{0438}\u{0306}") == SearchText.words("Пономарёв Андрей"))
        #expect(SearchText.words("Андрей") == [["andrey", "andrei"]])
        #expect(SearchText.words("Андрій") == [["andriy", "andrii"]])
    }

    @Test("Every table letter is a lower-case precomposed scalar")
    func tableIsPrecomposed() {
        for (letter, _) in SearchAlphabet.letters + SearchAlphabet.ukrainian {
            let text = String(Character(letter))
            #expect(text.lowercased() == text)
            #expect(text.precomposedStringWithCanonicalMapping == text)
        }
    }
}
