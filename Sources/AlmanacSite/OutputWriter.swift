import AlmanacCore
import AlmanacRender
import CAtomicSwap
import Foundation

/// Writes a build into its output folder all at once: files go to a
/// temporary sibling folder, which then takes the output's place in one
/// rename, so the folder is always either the old site or the new one.
public enum OutputWriter {
    /// The file that marks a folder as made by Almanac (safe to replace).
    public static let marker = ".almanac-output"

    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Refuses outputs that would destroy something: `/`, the home folder,
    /// the site folder or anything holding it, `content/`, `templates/`,
    /// and non-empty folders Almanac did not make.
    public static func check(output: URL, siteRoot: URL) -> Refusal? {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let site = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if out == "/" { return Refusal(description: "refusing to write the site into / (pass --output DIR)") }
        if out == home { return Refusal(description: "refusing to replace your home folder \(out) with the site (pass --output DIR)") }
        if out == site || site.hasPrefix(out + "/") { return Refusal(description: "refusing to replace \(out): it holds the site itself") }
        for protected in ["content", "templates"] {
            let p = site + "/" + protected
            if out == p || out.hasPrefix(p + "/") { return Refusal(description: "refusing to write the site into \(protected)/ (\(out))") }
        }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDir) {
            guard isDir.boolValue else { return Refusal(description: "\(out) is a file, not a folder") }
            let names = (try? fm.contentsOfDirectory(atPath: out)) ?? []
            if !names.isEmpty && !names.contains(marker) {
                return Refusal(description: "refusing to replace \(out): it is not empty and was not made by Almanac (no \(marker) file)")
            }
        }
        return nil
    }

    /// Writes `files` as the new content of `output`.
    public static func write(_ files: [OutputFile], to output: URL, progress: ProgressHandler? = nil) throws {
        let staging = try OutputStaging(output: output)
        for (n, file) in files.enumerated() {
            staging.write(file)
            if n % 512 == 0 { progress?(.writing, n, files.count) }
        }
        try staging.commit()
    }

    static let markerText = "This folder is built by Almanac and replaced whole by each build.\n"

    /// Applies an update to a folder in place, each file replaced by one
    /// rename so a reader never sees half a file (`serve`'s folder).
    public static func apply(changed: [OutputFile], removed: [String], to folder: URL) throws {
        let fm = FileManager.default
        for file in changed {
            let target = folder.appendingPathComponent(file.path)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())")
            try writeFile(temporary.path, file.bytes)
            guard rename(temporary.path, target.path) == 0 else {
                throw Refusal(description: "cannot write \(target.path): \(String(cString: strerror(errno)))")
            }
        }
        for path in removed {
            let target = folder.appendingPathComponent(path)
            try? fm.removeItem(at: target)
            // An entry's page is alone in its folder; take the folder too.
            if path.hasSuffix("/index.html") { try? fm.removeItem(at: target.deletingLastPathComponent()) }
        }
    }

    /// Staging folders of builds that were killed (their process is gone).
    static func removeStaleStaging(in parent: URL, for name: String) {
        let prefix = ".\(name).tmp-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Refusal(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
    }

    /// Writes all of `bytes` to an open file; `path` names it in the error.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Refusal(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// Puts `staging` where `output` is. With an existing output the two are
    /// exchanged atomically, then the old one (now at `staging`) is removed.
    static func swap(_ staging: URL, into output: URL) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: output.path) {
            guard rename(staging.path, output.path) == 0 else {
                throw Refusal(description: "cannot move the new site into \(output.path): \(String(cString: strerror(errno)))")
            }
            return
        }
        if almanac_exchange_paths(staging.path, output.path) != 0 {
            // No atomic exchange on this file system: two renames, a moment apart.
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            guard rename(output.path, old.path) == 0, rename(staging.path, output.path) == 0 else {
                throw Refusal(description: "cannot replace \(output.path): \(String(cString: strerror(errno)))")
            }
            try? fm.removeItem(at: old)
            return
        }
        try? fm.removeItem(at: staging)
    }
}

#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
#endif
