import Foundation

// Writes the built-in theme (the package's top-level templates/ folder) as a
// Swift file, so the almanac binary carries it and works when copied alone.
// Run by the EmbedTheme build-tool plugin:
//   EmbedThemeTool TEMPLATES-FOLDER OUTPUT.swift [PATH...]
// where the PATHs, relative to the folder, are what the plugin declared as inputs.
// templates/NAME.mustache becomes DefaultTheme.templates["NAME"] and
// templates/assets/PATH becomes DefaultTheme.assets["PATH"], byte for byte.
// Hidden files are skipped, as the site's own templates/assets/ skips them.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

/// The file as text, refused unless it is UTF-8 that round-trips exactly:
/// the theme is `[String: String]`, and a replaced byte would change output.
func text(of url: URL, shownAs name: String) -> String {
    guard let data = FileManager.default.contents(atPath: url.path) else { fail("\(name): cannot be read") }
    let text = String(decoding: data, as: UTF8.self)
    guard text.utf8.elementsEqual(data) else { fail("\(name): not valid UTF-8") }
    return text
}

/// A one-line Swift string literal; everything but printable ASCII is an
/// escape, so the generated file is plain ASCII and no character in a
/// template can end or alter the literal.
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case " "..."~": out.unicodeScalars.append(scalar)
        default: out += "\\u{\(String(scalar.value, radix: 16))}"
        }
    }
    return out + "\""
}

func dictionary(_ entries: [(String, String)]) -> String {
    if entries.isEmpty { return "[:]" }
    return "[\n" + entries.map { "        \(literal($0.0)): \(literal($0.1)),\n" }.joined() + "    ]"
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: EmbedThemeTool TEMPLATES-FOLDER OUTPUT.swift [PATH...]") }
let folder = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])
let declared = Set(arguments.dropFirst(3))
var undeclared: [String] = []
let fm = FileManager.default

func isDirectory(_ url: URL) -> Bool {
    var isDir: ObjCBool = false
    return fm.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
}

guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { fail("\(folder.path): no such folder") }
var templates: [(String, String)] = []
var assets: [(String, String)] = []
for name in names.sorted() where !name.hasPrefix(".") {
    let url = folder.appendingPathComponent(name)
    if name == "assets", isDirectory(url) {
        for case let relative as String in fm.enumerator(atPath: url.path) ?? FileManager.DirectoryEnumerator() {
            let file = url.appendingPathComponent(relative)
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }), !isDirectory(file) else { continue }
            assets.append((relative, text(of: file, shownAs: "templates/assets/\(relative)")))
            if !declared.contains("assets/\(relative)") { undeclared.append("templates/assets/\(relative)") }
        }
    } else if name.hasSuffix(".mustache"), !isDirectory(url) {
        templates.append((String(name.dropLast(".mustache".count)), text(of: url, shownAs: "templates/\(name)")))
        if !declared.contains(name) { undeclared.append("templates/\(name)") }
    } else {
        // Anything else would be silently left out of the binary.
        fail("templates/\(name): neither a NAME.mustache template nor the assets/ folder")
    }
}
assets.sort { $0.0 < $1.0 }
// SwiftPM asks the plugin for its inputs only when it re-plans the build
// (Package.swift or a target folder changed), so a file added since is
// embedded now, through its folder's change, but later edits to it are not.
for name in undeclared {
    FileHandle.standardError.write(Data("warning: \(name) was added after the build was planned: embedded now, but later edits to it are not until it is re-planned (touch Package.swift)\n".utf8))
}

let source = """
// Generated at build time by EmbedThemeTool from the package's templates/
// folder; edit those files, not this one.
enum EmbeddedTheme {
    static let templates: [String: String] = \(dictionary(templates))

    static let assets: [String: String] = \(dictionary(assets))
}

"""
// Left alone when unchanged, so an unrelated rebuild does not recompile the module.
if fm.contents(atPath: output.path) != Data(source.utf8) {
    do { try Data(source.utf8).write(to: output, options: .atomic) } catch { fail("\(output.path): \(error)") }
}
