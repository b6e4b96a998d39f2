/// Finds `[[target#fragment|label]]` in a run of text.
enum WikiLinkScanner {
    struct Match {
        /// Character offsets in the text of `[[` and just after `]]`.
        var start: Int
        var end: Int
        var target: String
        var fragment: String?
        var label: String?
    }

    static func scan(_ text: String) -> [Match] {
        guard text.contains("[[") else { return [] }
        let chars = Array(text)
        var matches: [Match] = []
        var i = 0
        while i + 1 < chars.count {
            guard chars[i] == "[", chars[i + 1] == "[" else { i += 1; continue }
            var j = i + 2
            // A third `[` starts the link one later: `[[[x]]` links `[x`? No: take the innermost.
            while j < chars.count, chars[j] == "[" { i += 1; j += 1 }
            var closed = false
            while j + 1 < chars.count {
                let c = chars[j]
                if c == "[" || c == "\n" { break }
                if c == "]" {
                    if chars[j + 1] == "]" { closed = true }
                    break
                }
                j += 1
            }
            guard closed else { i += 2; continue }
            let inner = String(chars[(i + 2)..<j])
            if let match = parse(inner, start: i, end: j + 2) { matches.append(match) }
            i = j + 2
        }
        return matches
    }

    static func parse(_ inner: String, start: Int, end: Int) -> Match? {
        var targetPart = inner
        var label: String?
        if let bar = inner.firstIndex(of: "|") {
            targetPart = String(inner[..<bar])
            let l = inner[inner.index(after: bar)...].trimmingSpaces
            label = l.isEmpty ? nil : l
        }
        var fragment: String?
        if let hash = targetPart.firstIndex(of: "#") {
            let f = targetPart[targetPart.index(after: hash)...].trimmingSpaces
            fragment = f.isEmpty ? nil : f
            targetPart = String(targetPart[..<hash])
        }
        let target = targetPart.trimmingSpaces
        if target.isEmpty && fragment == nil { return nil }
        return Match(start: start, end: end, target: target, fragment: fragment, label: label)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
