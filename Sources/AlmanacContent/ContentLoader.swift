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
        for relative in relativePaths {
            let path = "content/" + relative
            let folded = relative.lowercased()
            if let other = byFolded[folded] {
                result.diagnostics.append(.error(SourceLocation(path: path), "'\(path)' and 'content/\(other)' differ only in case: they would be one page on macOS and Windows; rename one"))
                continue
            }
            byFolded[folded] = relative
            guard let data = fm.contents(atPath: content.path + "/" + relative) else {
                result.diagnostics.append(.error(SourceLocation(path: path), "cannot read this file"))
                continue
            }
            let text: String
            switch decode(data, path: path) {
            case .success(let t): text = t
            case .failure(let d): result.diagnostics.append(d); continue
            }
            let components = relative.split(separator: "/")
            let stem = String(components.last!.dropLast(3))
            let folder = components.dropLast().joined(separator: "/")
            let file = SourceFile(path: path, folder: folder, stem: stem, text: text)
            if relative == "index.md" { result.home = file } else { result.files.append(file) }
        }
        return result
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
            if let attributes = try? fm.attributesOfItem(atPath: full), attributes[.type] as? FileAttributeType == .typeSymbolicLink {
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                if !(target == contentReal || target.hasPrefix(contentReal + "/")) {
                    diagnostics.append(.error(SourceLocation(path: "content/" + rel), "symbolic link points outside content/ (to \(target)); refused"))
                    continue
                }
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
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
