import AlmanacCore
import AlmanacSite
import Foundation
import Testing

/// The whole HTML of one entry page, compared byte for byte with a file in
/// Golden/. Re-record with `ALMANAC_RECORD_GOLDEN=1 swift test`.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func assertGolden(_ actual: String, _ name: String) throws {
        let url = GoldenTests.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: GoldenTests.folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "missing golden file \(name): record it with ALMANAC_RECORD_GOLDEN=1")
        #expect(actual == expected, "\(name) differs from the golden file; if the change is intended, re-record with ALMANAC_RECORD_GOLDEN=1")
    }

    @Test func entryPage() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        try assertGolden(Fixtures.read(root, "public/groups/legion/index.html"), "groups-legion.html")
    }

    @Test func wantedPage() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        try assertGolden(Fixtures.read(root, "public/wanted/index.html"), "wanted.html")
    }
}
