#if os(Linux)
import Foundation
import Glibc

/// Linux watcher on inotify: one watch per folder under `content/` and
/// `templates/` (added as folders appear) and one on the site folder for
/// `almanac.yml`. Events are read on a thread of their own and coalesced.
public final class InotifyWatcher: FileWatcher, @unchecked Sendable {
    // Mutable state is touched only by the reading thread after init.
    private let fd: Int32
    private let siteRoot: URL
    private var folders: [Int32: String] = [:]
    private let coalescer = Coalescer()

    public init?(siteRoot: URL) {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.siteRoot = siteRoot
        add(folder: "")
        for folder in WatchedPaths.folders { addTree(folder) }
    }

    deinit { close(fd) }

    static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MODIFY | IN_ATTRIB)

    private func add(folder relative: String) {
        let path = relative.isEmpty ? siteRoot.path : siteRoot.appendingPathComponent(relative).path
        let wd = inotify_add_watch(fd, path, InotifyWatcher.mask)
        if wd >= 0 { folders[wd] = relative }
    }

    private func addTree(_ relative: String) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: siteRoot.appendingPathComponent(relative).path, isDirectory: &isDir), isDir.boolValue else { return }
        add(folder: relative)
        for name in (try? fm.contentsOfDirectory(atPath: siteRoot.appendingPathComponent(relative).path)) ?? [] where !name.hasPrefix(".") {
            addTree(relative + "/" + name)
        }
    }

    /// Blocks until the descriptor is readable or `timeoutMS` passes.
    private func wait(_ timeoutMS: Int32) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, timeoutMS) > 0
    }

    private func readEvents(into changed: inout Set<String>) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        var offset = 0
        while offset + MemoryLayout<inotify_event>.size <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameStart = offset + MemoryLayout<inotify_event>.size
            let nameBytes = buffer[nameStart..<min(nameStart + length, count)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset = nameStart + length
            guard let folder = folders[wd], !name.isEmpty else { continue }
            let relative = folder.isEmpty ? name : folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0 {
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, WatchedPaths.folders.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) {
                    addTree(relative)
                    // Files moved in with the folder produce no events of their own.
                    if let walker = FileManager.default.enumerator(atPath: siteRoot.appendingPathComponent(relative).path) {
                        for case let inner as String in walker where WatchedPaths.isRelevant(relative + "/" + inner) { changed.insert(relative + "/" + inner) }
                    }
                }
                continue
            }
            if WatchedPaths.isRelevant(relative) { changed.insert(relative) }
        }
    }

    public func changes() -> AsyncStream<Set<String>> {
        AsyncStream { continuation in
            let stop = StopFlag()
            let thread = Thread { [self] in
                let quietMS = Int32(coalescer.quiet.components.attoseconds / 1_000_000_000_000_000)
                let longest = coalescer.longest
                while !stop.isSet {
                    guard wait(250) else { continue }
                    var changed = Set<String>()
                    readEvents(into: &changed)
                    let started = ContinuousClock.now
                    while ContinuousClock.now - started < longest, wait(quietMS) { readEvents(into: &changed) }
                    if !changed.isEmpty { continuation.yield(changed) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in stop.set() }
            thread.start()
        }
    }
}
/// Tells the reading thread to stop.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
#endif
