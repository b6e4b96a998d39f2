import AlmanacRender
import Foundation
import Synchronization

/// A build's output folder in the making: pages are written into a
/// temporary sibling folder as they are rendered (so a build never holds
/// every page in memory), which then takes the output's place in one rename
/// — or is thrown away when the build fails.
///
/// A file whose bytes are those of the same path in the output being
/// replaced is hard-linked from it instead of written: an unchanged page
/// keeps its inode and modification time, so rsync and other deploys that
/// go by time and size send only what changed, and nothing is written for it.
public final class OutputStaging: Sendable {
    let output: URL
    let folder: URL
    /// `folder` as a path, for the writes.
    private let root: String
    /// `output` as a path, where unchanged files are linked from; nil when
    /// there is no output yet or it is on another file system than `folder`.
    private let previous: String?
    /// Folders made so far; paths written so far, in lower case (a second
    /// page at one path, or at one differing only in case, which macOS and
    /// Windows take for the same, would replace the first, whichever came
    /// last, so it fails the build instead); the first write error.
    private let state = Mutex<(made: Set<String>, written: Set<String>, error: String?, count: Int)>(([""], [], nil, 0))

    /// Makes the staging folder beside `output` (after removing any that killed builds left).
    public init(output: URL) throws {
        let fm = FileManager.default
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        OutputWriter.removeStaleStaging(in: parent, for: self.output.lastPathComponent)
        folder = parent.appendingPathComponent(".\(self.output.lastPathComponent).tmp-\(getpid())")
        try? fm.removeItem(at: folder)
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        root = folder.path
        var outputInfo = stat(), folderInfo = stat()
        let linkable = stat(self.output.path, &outputInfo) == 0 && stat(root, &folderInfo) == 0 && outputInfo.st_dev == folderInfo.st_dev
        previous = linkable ? self.output.path : nil
    }

    /// Files written so far.
    public var count: Int { state.withLock { $0.count } }

    /// Writes one file; safe from any thread. A failure is kept for `commit()`.
    public func write(_ file: OutputFile) {
        let parent = Self.parentPath(of: file.path)
        // Plain string paths: every page is written here, and URL path
        // handling cost more than the write.
        do {
            guard state.withLock({ $0.written.insert(file.path.lowercased()).inserted }) else {
                throw OutputWriter.Refusal(description: "two pages would be written at \(file.path); one would replace the other (please report this)")
            }
            if !state.withLock({ $0.made.contains(parent) }) {
                let grandparent = Self.parentPath(of: parent)
                if state.withLock({ $0.made.contains(grandparent) }) {
                    // The usual case, a page's own folder: one mkdir. One
                    // that exists is not an error, so racing threads are fine.
                    if mkdir(root + "/" + parent, 0o755) != 0 && errno != EEXIST {
                        throw OutputWriter.Refusal(description: "cannot create \(root)/\(parent): \(String(cString: strerror(errno)))")
                    }
                } else {
                    try FileManager.default.createDirectory(atPath: root + "/" + parent, withIntermediateDirectories: true)
                }
                state.withLock { s in
                    var f = parent
                    while !f.isEmpty, s.made.insert(f).inserted { f = Self.parentPath(of: f) }
                }
            }
            if !linkUnchanged(file) { try Self.create(root + "/" + file.path, file.bytes) }
            state.withLock { $0.count += 1 }
        } catch {
            state.withLock { s in if s.error == nil { s.error = "\(error)" } }
        }
    }

    /// The folder part of a relative path ("" for a top-level name). Not
    /// NSString's `deletingLastPathComponent`: this Foundation stops the
    /// process with an illegal instruction on a one-character path ("x"),
    /// which a type folder named `x` would hand it.
    static func parentPath(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Links the output's file at `file.path` into the staging folder when
    /// it is a regular file (not followed if a link) with exactly these
    /// bytes; false, and nothing made, otherwise — including on a file
    /// system without hard links, where the file is then written.
    private func linkUnchanged(_ file: OutputFile) -> Bool {
        guard let previous else { return false }
        let old = previous + "/" + file.path
        var info = stat()
        guard lstat(old, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == file.bytes.count else { return false }
        let fd = open(old, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var existing = [UInt8](repeating: 0, count: file.bytes.count + 1)
        var filled = 0
        while filled < existing.count {
            let n = existing.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(filled)) }
            guard n > 0 else { break }
            filled += n
        }
        // One byte more than expected was asked for: a file that grew since the stat is not the same.
        guard filled == file.bytes.count, Self.sameBytes(existing, file.bytes, count: filled) else { return false }
        let new = root + "/" + file.path
        guard link(old, new) == 0 else { return false }
        // The link goes by path: if the old file was replaced after it was
        // read (another build swapping the folder in), take the link back.
        var linked = stat()
        guard fstat(fd, &info) == 0, lstat(new, &linked) == 0, linked.st_dev == info.st_dev, linked.st_ino == info.st_ino else {
            unlink(new)
            return false
        }
        return true
    }

    /// memcmp: the generic `elementsEqual` walked byte by byte (3% of a 10k build's CPU).
    static func sameBytes(_ a: [UInt8], _ b: [UInt8], count: Int) -> Bool {
        a.withUnsafeBytes { a in b.withUnsafeBytes { b in count == 0 || memcmp(a.baseAddress!, b.baseAddress!, count) == 0 } }
    }

    /// Makes a new file at `path` in the staging folder. Never opens one that
    /// is there already: it may be a link to the live output's file, and
    /// writing into it would change the live site.
    static func create(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputWriter.Refusal(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try OutputWriter.writeAll(fd, bytes, path: path)
    }

    /// Puts the staged site in the output's place, or throws the first write error.
    public func commit() throws {
        if let error = state.withLock({ $0.error }) {
            discard()
            throw OutputWriter.Refusal(description: error)
        }
        let marker = OutputFile(path: OutputWriter.marker, bytes: Array(OutputWriter.markerText.utf8))
        if !linkUnchanged(marker) { try Self.create(root + "/" + marker.path, marker.bytes) }
        try OutputWriter.swap(folder, into: output)
    }

    /// Removes the staged files; the output stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
