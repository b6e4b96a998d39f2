/// One problem found in content, schema or templates, printed like a
/// compiler's: `path:line:col: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.severity, a.message) < (b.location, b.severity, b.message)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these is an error (warnings alone do not fail a build).
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Counts for the one-line summary.
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
