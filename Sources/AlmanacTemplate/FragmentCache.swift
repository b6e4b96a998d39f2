import Synchronization

/// The bytes of sections over `shared` values, by section and key, for one
/// pass over a site's pages (a build or one update of `serve`): what the
/// values depend on may change between passes, so each pass has its own.
public final class FragmentCache: Sendable {
    private struct Key: Hashable {
        var section: Int
        var key: Int
    }

    private let made = Mutex<[Key: [UInt8]]>([:])

    public init() {}

    func bytes(section: Int, key: Int) -> [UInt8]? {
        made.withLock { $0[Key(section: section, key: key)] }
    }

    /// Kept once: two threads that make the same fragment make the same bytes.
    func store(_ bytes: [UInt8], section: Int, key: Int) {
        made.withLock { if $0[Key(section: section, key: key)] == nil { $0[Key(section: section, key: key)] = bytes } }
    }

    /// How many fragments were made (for tests).
    public var count: Int { made.withLock { $0.count } }
}
