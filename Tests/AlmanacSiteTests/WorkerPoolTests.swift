import AlmanacCore
import Foundation
import Testing

@testable import AlmanacSite
import AlmanacMarkdown

/// The worker pool's wall: a worker that hangs or dies is reported against
/// the entry it was on, and the other entries still come back.
@Suite struct WorkerPoolTests {
    func script(_ body: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-fake-worker-\(UUID().uuidString).sh")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    let jobs = [MarkdownJob(body: "a", firstLine: 4, path: "content/groups/a.md"), MarkdownJob(body: "b", firstLine: 5, path: "content/groups/b.md")]

    @Test func aHangingWorkerIsStoppedAndNamed() throws {
        let pool = WorkerPool(executable: try script("exec sleep 30"), allowRawHTML: false, count: 1, timeout: 0.5)
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
        let pool = WorkerPool(executable: try script("kill -ABRT $$"), allowRawHTML: false, count: 1, timeout: 5)
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

    @Test func theCoderRoundTrips() {
        let body = AlmanacMarkdown.MarkdownRenderer().render("# Title\n\nSee [[Foo|the foo]] and [[Bar#Aims]].\n\nNo citation here.\n", firstLine: 3)
        var bytes: [UInt8] = []
        RenderedBodyCoder.encode(body, into: &bytes)
        #expect(RenderedBodyCoder.decode(bytes) == body)
        #expect(RenderedBodyCoder.decode(Array(bytes.dropLast())) == nil)
    }
}
