import AlmanacCore
import Foundation

/// What `content/` holds: the entry files and the optional home page.
public struct ContentFolder: Sendable {
    public var files: [SourceFile]
    /// `content/index.md`, the home page, when present.
    public var home: SourceFile?
    public var diagnostics: [Diagnostic]
}

/// Finds and reads every `content/**/*.md`, in a stable order.
public enum ContentLoader {
    public static func load(siteRoot: URL) -> ContentFolder {
        let content = siteRoot.appendingPathComponent("content")
        var result = ContentFolder(files: [], home: nil, diagnostics: [])
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: content.path, isDirectory: &isDir), isDir.boolValue else {
            result.diagnostics.append(.error(SourceLocation(path: "content"), "no content/ folder here: run 'almanac init' or pass --site"))
            return result
        }
        let contentReal = content.resolvingSymlinksInPath().path
        var relativePaths: [String] = []
        collect(folder: content.path, relative: "", into: &relativePaths, contentReal: contentReal, diagnostics: &result.diagnostics)
        relativePaths.sort()
        var byFolded: [String: String] = [:]
        var collisions: [Int: Diagnostic] = [:]
        for (k, relative) in relativePaths.enumerated() {
            let folded = relative.lowercased()
            if let other = byFolded[folded] {
                let path = "content/" + relative
                collisions[k] = .error(SourceLocation(path: path), "'\(path)' and 'content/\(other)' differ only in case: they would be one page on macOS and Windows; rename one")
                continue
            }
            byFolded[folded] = relative
        }
        // Read and checked on all cores: one file after another was most of loading.
        let (paths, refused, folder) = (relativePaths, collisions, content.path)
        let read = Slots<Result<SourceFile, Diagnostic>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { k in
            read[k] = refused[k].map { .failure($0) } ?? readFile(paths[k], in: folder)
        }
        for (relative, outcome) in zip(relativePaths, read.all) {
            switch outcome {
            case .success(let file): if relative == "index.md" { result.home = file } else { result.files.append(file) }
            case .failure(let d): result.diagnostics.append(d)
            }
        }
        return result
    }

    /// `content/<relative>` as a source file, or why it cannot be one.
    private static func readFile(_ relative: String, in content: String) -> Result<SourceFile, Diagnostic> {
        let path = "content/" + relative
        guard let data = FileManager.default.contents(atPath: content + "/" + relative) else {
            return .failure(.error(SourceLocation(path: path), "cannot read this file"))
        }
        let components = relative.split(separator: "/")
        return decode(data, path: path).map {
            SourceFile(path: path, folder: components.dropLast().joined(separator: "/"), stem: String(components.last!.dropLast(3)), text: $0)
        }
    }

    /// Reads one file of `content/` again (for rebuilds); nil when it is
    /// gone or is not a Markdown file of content/.
    public static func loadFile(siteRoot: URL, path: String) -> Result<SourceFile, Diagnostic>? {
        guard path.hasPrefix("content/"), path.hasSuffix(".md"), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return nil }
        let url = siteRoot.appendingPathComponent(path)
        let contentReal = siteRoot.appendingPathComponent("content").resolvingSymlinksInPath().path
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(contentReal + "/") else {
            return .failure(.error(SourceLocation(path: path), "symbolic link points outside content/ (to \(real)); refused"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let relative = String(path.dropFirst("content/".count))
        let components = relative.split(separator: "/")
        return decode(data, path: path).map {
            SourceFile(path: path, folder: components.dropLast().joined(separator: "/"), stem: String(components.last!.dropLast(3)), text: $0)
        }
    }

    static func collect(folder: String, relative: String, into paths: inout [String], contentReal: String, diagnostics: inout [Diagnostic]) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            // lstat, then stat for a link: FileManager's attributes built a
            // dictionary of objects per file, a tenth of loading 10,000 entries.
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                if !(target == contentReal || target.hasPrefix(contentReal + "/")) {
                    diagnostics.append(.error(SourceLocation(path: "content/" + rel), "symbolic link points outside content/ (to \(target)); refused"))
                    continue
                }
                // Followed, as a link to a folder or file inside content/ is that folder or file.
                guard stat(full, &info) == 0 else { continue }
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                collect(folder: full, relative: rel, into: &paths, contentReal: contentReal, diagnostics: &diagnostics)
            } else if name.hasSuffix(".md") {
                paths.append(rel)
            }
        }
    }

    /// UTF-8 only; an invalid byte or a NUL is reported where it stands.
    static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        if let text = String(validating: data, as: UTF8.self) {
            if let nul = text.utf8.firstIndex(of: 0) {
                let prefix = text.utf8[..<nul]
                return .failure(.error(position(of: prefix.count, in: data, path: path), "NUL byte in the file"))
            }
            return .success(text)
        }
        // Find the first byte that breaks UTF-8 to say where it is.
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let b = bytes[offset]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length == 0 || offset + length > bytes.count || String(validating: bytes[offset..<offset + length], as: UTF8.self) == nil {
                break
            }
            offset += length
        }
        return .failure(.error(position(of: offset, in: data, path: path), "the file is not valid UTF-8 (byte 0x\(String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)))"))
    }

    static func position(of byteOffset: Int, in data: Data, path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for (i, b) in data.prefix(byteOffset).enumerated() where b == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: data[lineStart..<byteOffset], as: UTF8.self).count + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
