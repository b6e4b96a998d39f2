import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An unlinked temporary file that a build sets text aside in. Each body's
/// HTML and plain text are read once, when its page or its search terms are
/// made; held in memory until then, they were half of a large build's peak.
/// In the file they are in the page cache, which the kernel can write out
/// and drop; the file has no name, so nothing is left behind, even if the
/// build is killed.
public final class SpillFile: Sendable {
    let descriptor: Int32
    private let end = Atomic<Int>(0)

    /// A new file in `directory` (the temporary folder), or nil when none
    /// can be made there — callers then keep their text in memory.
    public init?(directory: String = NSTemporaryDirectory()) {
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
        template.append(contentsOf: Array("almanac-spill-XXXXXX".utf8CString))
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        // Close-on-exec, so that the Markdown workers do not hold it open. (A
        // build makes it before the Markdown stage starts any; mkostemp,
        // which would do both at once, is not in Swift's Glibc module.)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
    }

    /// Over an open descriptor the file takes ownership of (tests give one
    /// whose writes fail).
    init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Writes `bytes` at the end and returns where they start, or nil when
    /// they could not all be written (a full disk): the caller keeps them.
    public func append(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let offset = end.add(bytes.count, ordering: .relaxed).oldValue
        var done = 0
        while done < bytes.count {
            let n = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return offset
    }

    /// The text written at `offset`. Reading back what this process wrote a
    /// moment ago fails only on a broken disk; there is then no text to go
    /// on with, and the build stops (its output folder is left as it was).
    func read(offset: Int, count: Int) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            var done = 0
            while done < count {
                let n = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { fatalError("almanac: cannot read back its temporary file (\(String(cString: strerror(errno))))") }
                done += n
            }
            return count
        }
    }
}

/// A text held in memory or set aside in a `SpillFile`; it reads the same.
public struct StoredText: Sendable, Hashable {
    private enum Storage: Sendable {
        case inline(String)
        case spilled(SpillFile, offset: Int, count: Int)
    }

    private let storage: Storage

    public init(_ string: String) { storage = .inline(string) }

    /// Text already written to `file` at `offset`, `count` UTF-8 bytes long
    /// (valid UTF-8: the caller wrote a `String`'s bytes).
    public init(spilled file: SpillFile, offset: Int, count: Int) {
        storage = count == 0 ? .inline("") : .spilled(file, offset: offset, count: count)
    }

    /// The text, read from the file if it was set aside.
    public var string: String {
        switch storage {
        case .inline(let s): s
        case .spilled(let file, let offset, let count): file.read(offset: offset, count: count)
        }
    }

    /// Its length in UTF-8 bytes, without reading it.
    public var utf8Count: Int {
        switch storage {
        case .inline(let s): s.utf8.count
        case .spilled(_, _, let count): count
        }
    }

    /// Whether the text was set aside.
    public var isSpilled: Bool {
        if case .spilled = storage { true } else { false }
    }

    /// Whether both are the same bytes at the same place of one spill file:
    /// then they are the same text, known without reading either.
    public func isSameSpill(as other: StoredText) -> Bool {
        guard case .spilled(let f, let o, let c) = storage, case .spilled(let g, let p, let d) = other.storage else { return false }
        return f === g && o == p && c == d
    }

    /// As `String`'s equality (canonical equivalence).
    public static func == (a: StoredText, b: StoredText) -> Bool {
        a.isSameSpill(as: b) || a.string == b.string
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(string) }
}
