import AlmanacCore
import AlmanacSite
import Foundation

/// Terminal output: diagnostics and summaries on stderr; a one-line
/// progress display only when stderr is a terminal and not in CI.
struct Console: Sendable {
    let interactive: Bool

    init() {
        interactive = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    func print(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { err(d.description + "\n") }
    }

    func summary(_ line: String) { err(line + "\n") }
    func fail(_ line: String) { err(line + "\n") }

    var progressHandler: ProgressHandler? {
        guard interactive else { return nil }
        return { stage, done, total in
            let text = total > 1 ? "\(stage.rawValue) \(done)/\(total)" : stage.rawValue + "…"
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
        }
    }

    func clearProgress() {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    private func err(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
