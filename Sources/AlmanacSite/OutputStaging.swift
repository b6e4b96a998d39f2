import AlmanacRender
import Foundation
import Synchronization

/// A build's output folder in the making: pages are written into a
/// temporary sibling folder as they are rendered (so a build never holds
/// every page in memory), which then takes the output's place in one rename
/// — or is thrown away when the build fails.
public final class OutputStaging: Sendable {
    let output: URL
    let folder: URL
    /// `folder` as a path, for the writes.
    private let root: String
    /// Folders made so far, and the first write error.
    private let state = Mutex<(made: Set<String>, error: String?, count: Int)>(([""], nil, 0))

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
    }

    /// Files written so far.
    public var count: Int { state.withLock { $0.count } }

    /// Writes one file; safe from any thread. A failure is kept for `commit()`.
    public func write(_ file: OutputFile) {
        let parent = (file.path as NSString).deletingLastPathComponent
        // Plain string paths: every page is written here, and URL path
        // handling cost more than the write.
        do {
            if !state.withLock({ $0.made.contains(parent) }) {
                let grandparent = (parent as NSString).deletingLastPathComponent
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
                    while !f.isEmpty, s.made.insert(f).inserted { f = (f as NSString).deletingLastPathComponent }
                }
            }
            try OutputWriter.writeFile(root + "/" + file.path, file.bytes)
            state.withLock { $0.count += 1 }
        } catch {
            state.withLock { s in if s.error == nil { s.error = "\(error)" } }
        }
    }

    /// Puts the staged site in the output's place, or throws the first write error.
    public func commit() throws {
        if let error = state.withLock({ $0.error }) {
            discard()
            throw OutputWriter.Refusal(description: error)
        }
        try OutputWriter.writeFile(folder.appendingPathComponent(OutputWriter.marker).path, Array(OutputWriter.markerText.utf8))
        try OutputWriter.swap(folder, into: output)
    }

    /// Removes the staged files; the output stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
