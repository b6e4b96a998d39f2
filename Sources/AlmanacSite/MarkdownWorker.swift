import AlmanacMarkdown
import Foundation

/// The loop a worker process runs: framed batches of bodies in on stdin,
/// framed `RenderedBody` bytes out on stdout, until stdin closes.
public enum MarkdownWorker {
    public static func run(allowRawHTML: Bool) {
        let renderer = MarkdownRenderer(allowRawHTML: allowRawHTML)
        let input = FileHandle.standardInput
        let output = FileHandle.standardOutput
        while let header = readExactly(input, 4) {
            let length = Int(UInt32(header[0]) | UInt32(header[1]) << 8 | UInt32(header[2]) << 16 | UInt32(header[3]) << 24)
            guard let request = readExactly(input, length) else { return }
            // A request is a batch: its count, then each body's first line and text.
            var reader = RenderedBodyCoder.Reader(bytes: request)
            guard let count = reader.int() else { return }
            var reply: [UInt8] = []
            for _ in 0..<count {
                guard let firstLine = reader.int(), let body = reader.string() else { return }
                var encoded: [UInt8] = []
                RenderedBodyCoder.encode(renderer.render(body, firstLine: firstLine), into: &encoded)
                RenderedBodyCoder.int(encoded.count, &reply)
                reply += encoded
            }
            var framed: [UInt8] = []
            RenderedBodyCoder.int(reply.count, &framed)
            framed += reply
            output.write(Data(framed))
        }
    }

    static func readExactly(_ handle: FileHandle, _ count: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            guard let chunk = try? handle.read(upToCount: count - bytes.count), !chunk.isEmpty else { return count == 0 ? [] : nil }
            bytes += chunk
        }
        return bytes
    }
}
