import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client on a loopback socket, so a test can send any
/// Host header and read a server-sent event stream as it arrives.
// Each probe is used by one thread at a time.
final class HTTPProbe: @unchecked Sendable {
    let fd: Int32
    private var buffer = [UInt8]()

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw CocoaError(.fileReadUnknown) }
    }

    deinit { close(fd) }

    func send(_ path: String, host: String, extra: String = "") {
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host)\r\n\(extra)Connection: close\r\n\r\n"
        _ = request.withCString { Glibc.send(fd, $0, strlen($0), 0) }
    }

    /// Reads until `marker` has arrived (or the socket times out); returns all read.
    func read(until marker: String) -> String {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: buffer, as: UTF8.self).contains(marker) {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { break }
            buffer += chunk[0..<n]
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// One whole request on a new connection.
    static func get(_ path: String, port: Int, host: String? = nil) throws -> String {
        let probe = try HTTPProbe(port: port)
        probe.send(path, host: host ?? "127.0.0.1:\(port)")
        return probe.read(until: "\u{0}never")
    }
}

/// Runs blocking socket work on a GCD thread: on the cooperative pool (two
/// threads here) it would starve the server's own handlers.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}

/// Runs `body`, then cancels `server` and waits until it has stopped, whether
/// `body` returned or threw: a test's `defer` that removes the site folder
/// then runs only once the server (and its rebuilds) are done with it.
func withServer(_ server: Task<Void, Error>, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        server.cancel()
        _ = await server.result
        throw error
    }
    server.cancel()
    _ = await server.result
}
