@testable import AlmanacCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Text set aside in the spill file reads back byte for byte, from any
/// thread; a file that cannot be made or written leaves the text in memory.
@Suite struct SpillFileTests {
    func spill(_ file: SpillFile, _ text: String) -> StoredText? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { file.append($0) }.map { StoredText(spilled: file, offset: $0, count: bytes.count) }
    }

    @Test func textReadsBackAsWritten() throws {
        let file = try #require(SpillFile())
        let texts = ["", "plain", "Кинзя «Kapustin» 🇷🇺 e\u{301}", String(repeating: "<p>x</p>\n", count: 20_000)]
        let stored = try texts.map { try #require(spill(file, $0)) }
        #expect(stored.map(\.string) == texts)
        #expect(stored.map(\.utf8Count) == texts.map(\.utf8.count))
        #expect(stored.dropFirst().allSatisfy { $0.isSpilled })
        // Empty text needs no file.
        #expect(!stored[0].isSpilled)
        #expect(stored[1] == StoredText("plain"))
        #expect(stored[1].isSameSpill(as: stored[1]))
        #expect(!stored[1].isSameSpill(as: StoredText("plain")))
    }

    @Test func appendsFromManyThreadsDoNotOverlap() throws {
        let file = try #require(SpillFile())
        let count = 2_000
        let slots = Slots<StoredText>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots[i] = spill(file, "text \(i) " + String(repeating: "é", count: i % 97))
        }
        for (i, text) in slots.all.enumerated() {
            #expect(text.string == "text \(i) " + String(repeating: "é", count: i % 97))
        }
    }

    /// /dev/full refuses every write (ENOSPC), as a full disk does.
    @Test func aFileThatCannotBeWrittenKeepsNothing() throws {
        let fd = open("/dev/full", O_RDWR)
        try #require(fd >= 0)
        let file = SpillFile(descriptor: fd)
        #expect(spill(file, "lost?") == nil)
        #expect(SpillFile(directory: "/nonexistent-almanac-folder") == nil)
    }

    /// The file is unlinked at once: a build that is killed leaves nothing.
    /// It is close-on-exec, so no worker process holds it open.
    @Test func theFileLeavesNothingBehind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(SpillFile(directory: folder.path))
        #expect(spill(file, "kept")?.string == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // Nor do the worker processes started after it inherit it.
        #expect(fcntl(file.descriptor, F_GETFD) & FD_CLOEXEC != 0)
    }
}
