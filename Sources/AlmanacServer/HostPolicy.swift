import Foundation

/// Which `Host` and `Origin` values the preview server answers: its own
/// address only, so a page on another site cannot reach it through DNS
/// rebinding. Set once the port is known.
public final class HostPolicy: @unchecked Sendable {
    private let lock = NSLock()
    private var hosts: Set<String> = []
    /// Whether plain files are held to the same rule (true on loopback).
    public let guardFiles: Bool
    private let boundHost: String

    public init(host: String, guardFiles: Bool) {
        self.boundHost = host
        self.guardFiles = guardFiles
    }

    public func setPort(_ port: Int) {
        var names: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]
        names.insert(boundHost.contains(":") && !boundHost.hasPrefix("[") ? "[\(boundHost)]:\(port)" : "\(boundHost):\(port)")
        // On the default port browsers leave the port out.
        if port == 80 { names.formUnion(names.map { String($0.dropLast(3)) }) }
        lock.withLock { hosts = names }
    }

    /// A request with no Host (HTTP/1.0 tools) is allowed; a browser always sends one.
    public func allows(host: String?, origin: String?) -> Bool {
        let allowed = lock.withLock { hosts }
        if let host, !allowed.contains(host.lowercased()) { return false }
        if let origin {
            guard origin.hasPrefix("http://") else { return false }
            return allowed.contains(String(origin.dropFirst("http://".count)).lowercased())
        }
        return true
    }
}
