/// JSON-compatible JavaScript literals in plain ASCII. Index files are
/// loaded by `<script>` tags, whose encoding a `file://` page cannot set, so
/// every other character is escaped and the files read the same under any
/// encoding the browser guesses.
enum JavaScriptLiteral {
    static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `string(text)`, written straight into a file's bytes.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for unit in text.utf16 {
            switch unit {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x20...0x7E: out.append(UInt8(unit))
            default:
                out.append(contentsOf: [0x5C, 0x75])
                for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int(unit >> UInt16(shift)) & 15]) }
            }
        }
        out.append(0x22)
    }

    /// How many bytes `string(text)` has, without writing them.
    static func length(of text: String) -> Int {
        text.utf16.reduce(2) { length, unit in
            switch unit {
            case 0x22, 0x5C, 0x0A: length + 2
            case 0x20...0x7E: length + 1
            default: length + 6
            }
        }
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    /// An object literal from pairs already in the order to write them.
    static func object(_ pairs: [(key: String, value: String)]) -> String {
        "{" + pairs.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
