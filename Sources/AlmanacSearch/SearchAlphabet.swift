/// The character data that search normalisation runs on. It lives in one
/// place and is written into `search.js` verbatim, so the Swift index and the
/// browser client cannot disagree about a letter.
enum SearchAlphabet {
    /// Letters replaced before diacritics are stripped: Russian, Ukrainian
    /// and Belarusian Cyrillic to Latin as English texts spell Russian names
    /// (BGN/PCGN-like: `Пономарёв` → `ponomarev`, `Ірпінь` → `irpin`), plus
    /// the few Latin and Greek letters that Unicode decomposition leaves
    /// alone. Lower case only: text is lower-cased first. `й`, `ё`, `ї` are
    /// here because stripping their marks first would lose them.
    static let letters: [(Unicode.Scalar, String)] = [
        ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"),
        ("ё", "e"), ("ж", "zh"), ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"),
        ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"),
        ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"),
        ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""),
        ("э", "e"), ("ю", "yu"), ("я", "ya"),
        ("є", "ye"), ("і", "i"), ("ї", "yi"), ("ґ", "g"), ("ў", "u"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ø", "o"), ("đ", "d"), ("ł", "l"),
        ("ħ", "h"), ("ı", "i"), ("þ", "th"), ("ð", "d"), ("ς", "σ"),
    ]

    /// How Ukrainian names are spelled in Latin (the national system, in its
    /// forms inside a word): `Київ` → `kyiv`, `Луганськ` → `luhansk`. Text
    /// with any of these letters is indexed in both spellings, since the
    /// language of a word cannot be told from its letters.
    static let ukrainian: [(Unicode.Scalar, String)] = [
        ("г", "h"), ("и", "y"), ("й", "i"), ("ї", "i"), ("є", "ie"), ("ю", "iu"), ("я", "ia"),
    ]

    /// Combining marks dropped after compatibility decomposition: this is
    /// what "diacritics stripped" means (`é` → `e`).
    static let marks: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
    ]

    /// Characters that separate words: ASCII and Latin-1 punctuation and
    /// symbols, general and supplemental punctuation, symbols, arrows, CJK
    /// punctuation and emoji. Listed rather than taken from Unicode categories
    /// so that Swift and every browser split a text the same way.
    static let separators: [ClosedRange<UInt32>] = [
        0x0000...0x002F, 0x003A...0x0040, 0x005B...0x0060, 0x007B...0x00BF,
        0x00D7...0x00D7, 0x00F7...0x00F7, 0x02B9...0x02FF, 0x2000...0x2BFF,
        0x2E00...0x2E7F, 0x3000...0x303F, 0xFE10...0xFE1F, 0xFE30...0xFE6F,
        0xFF00...0xFF0F, 0xFFF0...0xFFFF, 0x1F000...0x1FAFF,
    ]

    /// The tables as lookups, built once.
    static let letterMap: [Unicode.Scalar: String] = Dictionary(uniqueKeysWithValues: letters)
    static let ukrainianMap: [Unicode.Scalar: String] = Dictionary(uniqueKeysWithValues: ukrainian)
}
