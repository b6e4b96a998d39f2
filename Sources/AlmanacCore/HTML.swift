/// Escaping for the few places that build HTML outside templates.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var text = text
        // Most values (titles, URLs, numbers) need no escaping: return them
        // as they are after one pass over contiguous UTF-8.
        let needs = text.withUTF8 { bytes in bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 } }
        guard needs else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` escaped onto the end of `out`: the same five escapes, for
    /// writers that build their output as bytes. Runs without an escape are
    /// copied whole.
    public static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// UTF-8 `bytes` escaped onto the end of `out`.
    public static func appendEscaped(_ bytes: [UInt8], to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { appendEscaped($0, to: &out) }
    }

    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
            var run = 0
            for i in 0..<bytes.count {
                let entity: StaticString
                switch bytes[i] {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                run = i + 1
            }
            if run < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
    }
}
