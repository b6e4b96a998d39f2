import Foundation

/// The words of one query line: names, quoted text, `[[links]]`, numbers,
/// dates and operators, each with its column.
struct Lexeme: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A bare word: a keyword, name, number or date (`2023-05`).
        case word
        /// `"text"` or `'text'`, without the quotes.
        case quoted
        /// `[[Name]]`, without the brackets.
        case link
        /// `=`, `!=`, `<`, `<=`, `>`, `>=`, `(`, `)`, `,`, `.`.
        case symbol
    }

    var kind: Kind
    var text: String
    var position: QueryPosition

    var name: Name { Name(text: text, position: position) }
    /// A word, compared ignoring case.
    func isWord(_ word: String) -> Bool { kind == .word && text.lowercased() == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}

enum QueryLexer {
    /// The tokens of `line` (line number `lineNumber`), or the first error.
    static func tokens(_ line: Substring, lineNumber: Int) throws(QueryError) -> [Lexeme] {
        var tokens: [Lexeme] = []
        let characters = Array(line)
        var i = 0
        func position(_ k: Int) -> QueryPosition { QueryPosition(line: lineNumber, column: k + 1) }
        while i < characters.count {
            let c = characters[i]
            if c == " " || c == "\t" || c == "\r" {
                i += 1
                continue
            }
            if c == "#" { break }  // a comment runs to the end of the line
            let start = i
            if c == "\"" || c == "'" {
                i += 1
                var text = ""
                while i < characters.count, characters[i] != c {
                    text.append(characters[i])
                    i += 1
                }
                guard i < characters.count else { throw QueryError(position(start), "the text \(c)\(text.prefix(20))… is never closed (no \(c))") }
                i += 1
                tokens.append(Lexeme(kind: .quoted, text: text, position: position(start)))
            } else if c == "[", i + 1 < characters.count, characters[i + 1] == "[" {
                i += 2
                var text = ""
                while i < characters.count, !(characters[i] == "]" && i + 1 < characters.count && characters[i + 1] == "]") {
                    text.append(characters[i])
                    i += 1
                }
                guard i + 1 < characters.count else { throw QueryError(position(start), "the link [[\(text.prefix(20))… is never closed (no ]])") }
                i += 2
                let name = text.split(separator: "|", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                guard !name.isEmpty else { throw QueryError(position(start), "the link [[]] names no entry") }
                tokens.append(Lexeme(kind: .link, text: name, position: position(start)))
            } else if "=<>!".contains(c) {
                if i + 1 < characters.count, characters[i + 1] == "=" {
                    tokens.append(Lexeme(kind: .symbol, text: String([c, "="]), position: position(start)))
                    i += 2
                } else if c == "!" {
                    throw QueryError(position(start), "‘!’ on its own means nothing; write != or not")
                } else {
                    tokens.append(Lexeme(kind: .symbol, text: String(c), position: position(start)))
                    i += 1
                }
            } else if "(),.".contains(c) {
                tokens.append(Lexeme(kind: .symbol, text: String(c), position: position(start)))
                i += 1
            } else {
                var text = ""
                while i < characters.count {
                    let d = characters[i]
                    if d == " " || d == "\t" || d == "\r" || d == "#" || "=<>!(),\"'[".contains(d) { break }
                    // A dot ends a word unless it sits inside a number (1.5).
                    if d == ".", !(text.allSatisfy { $0.isNumber || $0 == "-" } && !text.isEmpty && i + 1 < characters.count && characters[i + 1].isNumber) { break }
                    text.append(d)
                    i += 1
                }
                tokens.append(Lexeme(kind: .word, text: text, position: position(start)))
            }
        }
        return tokens
    }
}
