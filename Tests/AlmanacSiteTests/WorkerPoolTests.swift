@testable import AlmanacCore
import Foundation
import Testing

@testable import AlmanacSite
import AlmanacMarkdown

/// The worker pool's wall: a worker that hangs or dies is reported against
/// the entry it was on, and the other entries still come back.
@Suite struct WorkerPoolTests {
    /// A fake worker. Written through a close-on-exec descriptor: tests run
    /// side by side, and a process another test starts while the file is
    /// open for writing would inherit the descriptor, making the exec of
    /// this script fail with ETXTBSY ("cannot start a Markdown worker").
    func script(_ body: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-fake-worker-\(UUID().uuidString).sh")
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        try #require(fd >= 0)
        let text = Array("#!/bin/sh\n\(body)\n".utf8)
        let written = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try #require(written == text.count)
        return url
    }

    let jobs = [MarkdownJob(body: "a", firstLine: 4, path: "content/groups/a.md"), MarkdownJob(body: "b", firstLine: 5, path: "content/groups/b.md")]

    @Test func aHangingWorkerIsStoppedAndNamed() throws {
        let executable = try script("exec sleep 30")
        // Runs after the pool below is released, which stops and reaps its workers.
        defer { try? FileManager.default.removeItem(at: executable) }
        let pool = WorkerPool(executable: executable, allowRawHTML: false, count: 1, timeout: 0.5)
        let started = Date()
        let results = pool.render(jobs)
        #expect(Date().timeIntervalSince(started) < 10)
        let messages = results.map { result -> String in
            if case .failure(let d) = result { return d.description } else { return "ok" }
        }
        #expect(messages == [
            "content/groups/a.md:4:1: error: Markdown parsing took longer than 0 s and was stopped: the body probably hits one of cmark-gfm's slow inputs (CVE-2023-22484, -24824, -26485); simplify it",
            "content/groups/b.md:5:1: error: Markdown parsing took longer than 0 s and was stopped: the body probably hits one of cmark-gfm's slow inputs (CVE-2023-22484, -24824, -26485); simplify it",
        ])
    }

    @Test func aCrashingWorkerIsNamedAndReplaced() throws {
        let executable = try script("kill -ABRT $$")
        defer { try? FileManager.default.removeItem(at: executable) }
        let pool = WorkerPool(executable: executable, allowRawHTML: false, count: 1, timeout: 5)
        let results = pool.render(jobs)
        for (job, result) in zip(jobs, results) {
            guard case .failure(let d) = result else {
                Issue.record("\(job.path) did not fail")
                continue
            }
            #expect(d.location == SourceLocation(path: job.path, line: job.firstLine))
            #expect(d.message.hasPrefix("cmark-gfm crashed on this entry (") || d.message.hasPrefix("the Markdown worker stopped before this entry"), "\(d.message)")
        }
    }

    /// Batches cover every job once, in order, within the byte and count
    /// limits; a body larger than the limit goes alone.
    @Test func batchesCoverEveryJobInOrder() {
        let sizes = [10, 10, 10, 500, 10, 10, 10, 10, 10, 10, 10, 10, 1_000, 10]
        let jobs = sizes.enumerated().map { MarkdownJob(body: String(repeating: "x", count: $1), firstLine: 1, path: "content/\($0).md") }
        let batches = WorkerPool.batches(jobs, batchBytes: 100, maxJobs: 4)
        #expect(batches == [0..<3, 3..<4, 4..<8, 8..<12, 12..<13, 13..<14])
        #expect(WorkerPool.batches([], batchBytes: 100, maxJobs: 4).isEmpty)
    }

    /// A worker's reply to a batch of these bodies.
    static func reply(_ bodies: [String]) -> ([UInt8], AlmanacMarkdown.MarkdownRenderer) {
        var reply: [UInt8] = []
        let renderer = AlmanacMarkdown.MarkdownRenderer()
        for body in bodies {
            var encoded: [UInt8] = []
            RenderedBodyCoder.encode(renderer.render(body, firstLine: 1), into: &encoded)
            RenderedBodyCoder.int(encoded.count, &reply)
            reply += encoded
        }
        return (reply, renderer)
    }

    /// Several bodies in one request come back as several results, each its own.
    @Test func aBatchComesBackPerEntry() throws {
        let bodies = ["# One\n\n~~gone~~", "Two [[Foo]].", "| a |\n|---|\n| b |"]
        let (reply, renderer) = Self.reply(bodies)
        let decoded = try #require(RenderedBodyCoder.decodeBatch(reply, count: 3))
        #expect(decoded.map(\.html) == bodies.map { renderer.render($0, firstLine: 1).html })
        #expect(RenderedBodyCoder.decodeBatch(reply, count: 2) == nil)
        #expect(RenderedBodyCoder.decodeBatch(Array(reply.dropLast()), count: 3) == nil)
    }

    /// With a spill file, a batch's bodies read the same but wait in the
    /// file; when the file refuses the write they stay in memory, equal.
    @Test func aBatchCanWaitInTheSpillFile() throws {
        let bodies = ["# One\n\nSee [[Two]] — «ещё».", "Two.\n\n| a |\n|---|\n| b |", ""]
        let (reply, renderer) = Self.reply(bodies)
        let expected = bodies.map { renderer.render($0, firstLine: 1) }
        let spill = try #require(SpillFile())
        let spilled = try #require(RenderedBodyCoder.decodeBatch(reply, count: 3, spill: spill))
        #expect(spilled == expected)
        #expect(spilled.map(\.html) == expected.map(\.html))
        #expect(spilled.map(\.plainText) == expected.map(\.plainText))
        #expect(spilled[0].storedHTML.isSpilled && spilled[1].storedPlainText.isSpilled)
        let full = SpillFile(descriptor: open("/dev/full", O_RDWR))
        let kept = try #require(RenderedBodyCoder.decodeBatch(reply, count: 3, spill: full))
        #expect(kept == expected)
        #expect(!kept.contains { $0.storedHTML.isSpilled || $0.storedPlainText.isSpilled })
    }

    @Test func theCoderRoundTrips() {
        let body = AlmanacMarkdown.MarkdownRenderer().render("# Title\n\nSee [[Foo|the foo]] and [[Bar#Aims]].\n\nNo citation here.\n", firstLine: 3)
        var bytes: [UInt8] = []
        RenderedBodyCoder.encode(body, into: &bytes)
        #expect(RenderedBodyCoder.decode(bytes) == body)
        #expect(RenderedBodyCoder.decode(Array(bytes.dropLast())) == nil)
    }
}
