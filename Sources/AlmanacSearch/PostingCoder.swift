/// The compact text form of a posting list, read by `search.js`.
///
/// Each posting becomes one number, `(gap - 1) * 4 + field`, where `gap` is
/// the distance from the previous document number (the first counts from
/// -1). The number is written in base 32, most significant digit first,
/// every digit but the last from `continuation` and the last from `final`,
/// so no separators are needed. A term found in most documents costs about
/// one byte per document; a rare one two or three.
enum PostingCoder {
    /// Digits that end a number.
    static let final = Array("abcdefghijklmnopqrstuvwxyz012345".unicodeScalars)
    /// Digits that a number continues after.
    static let continuation = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ6789-_".unicodeScalars)

    /// Encodes postings sorted by ascending, distinct document number.
    static func encode(_ postings: [Posting]) -> String {
        var bytes: [UInt8] = []
        append(postings, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `encode`, written straight into a file's bytes.
    static func append(_ postings: [Posting], to out: inout [UInt8]) {
        let final = finalBytes, continuation = continuationBytes
        var previous = -1
        for posting in postings {
            let value = (posting.doc - previous - 1) * 4 + posting.field.rawValue
            previous = posting.doc
            var shift = 5 * (digits(value) - 1)
            while shift > 0 {
                out.append(continuation[(value >> shift) & 31])
                shift -= 5
            }
            out.append(final[value & 31])
        }
    }

    /// How many bytes `encode` writes, without writing them.
    static func length(of postings: [Posting]) -> Int {
        var length = 0
        var previous = -1
        for posting in postings {
            length += digits((posting.doc - previous - 1) * 4 + posting.field.rawValue)
            previous = posting.doc
        }
        return length
    }

    private static func digits(_ value: Int) -> Int {
        var count = 1
        var rest = value >> 5
        while rest > 0 {
            count += 1
            rest >>= 5
        }
        return count
    }

    private static let finalBytes = final.map { UInt8($0.value) }
    private static let continuationBytes = continuation.map { UInt8($0.value) }

    /// Reads back what `encode` wrote; `nil` for text it could not have written.
    static func decode(_ text: String) -> [Posting]? {
        var postings: [Posting] = []
        var accumulator = 0
        var unfinished = false
        var previous = -1
        for scalar in text.unicodeScalars {
            if let digit = continuation.firstIndex(of: scalar) {
                accumulator = accumulator * 32 + digit
                unfinished = true
            } else if let digit = final.firstIndex(of: scalar) {
                let value = accumulator * 32 + digit
                previous += value / 4 + 1
                postings.append(Posting(doc: previous, field: SearchField(rawValue: value % 4)!))
                accumulator = 0
                unfinished = false
            } else {
                return nil
            }
        }
        return unfinished ? nil : postings
    }
}
