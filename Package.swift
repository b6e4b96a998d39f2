// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The C library, found through pkg-config; no code of ours.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // One C function: an atomic exchange of two folders (renameat2).
        .target(name: "CAtomicSwap"),
        .target(name: "AlmanacCore"),
        .target(name: "AlmanacContent", dependencies: ["AlmanacCore", .product(name: "Yams", package: "Yams")]),
        .target(name: "AlmanacMarkdown", dependencies: ["AlmanacCore", "CCmarkGFM"]),
        .target(name: "AlmanacSearch", dependencies: ["AlmanacCore"]),
        .target(name: "AlmanacViz", dependencies: ["AlmanacCore"]),
        .target(name: "AlmanacGraph", dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacMarkdown"]),
        .target(
            name: "AlmanacRender",
            dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacGraph", "AlmanacViz", "AlmanacSearch", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "AlmanacSite",
            dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacMarkdown", "AlmanacGraph", "AlmanacRender", "CAtomicSwap"]
        ),
        .target(
            name: "AlmanacServer",
            dependencies: [
                "AlmanacCore", "AlmanacContent", "AlmanacSite", "AlmanacRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "almanac",
            dependencies: ["AlmanacSite", "AlmanacServer", "AlmanacGraph", "AlmanacContent", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "AlmanacCoreTests", dependencies: ["AlmanacCore"]),
        .testTarget(name: "AlmanacContentTests", dependencies: ["AlmanacContent"]),
        .testTarget(name: "AlmanacMarkdownTests", dependencies: ["AlmanacMarkdown"]),
        .testTarget(name: "AlmanacSiteTests", dependencies: ["AlmanacSite", "AlmanacContent", "AlmanacMarkdown", "AlmanacGraph"], exclude: ["Golden"]),
        .testTarget(name: "AlmanacSearchTests", dependencies: ["AlmanacSearch", "AlmanacCore"]),
        .testTarget(name: "AlmanacVizTests", dependencies: ["AlmanacViz"]),
        .testTarget(name: "AlmanacCLITests", dependencies: ["almanac", "AlmanacCore"]),
        .testTarget(
            name: "AlmanacServerTests",
            dependencies: ["AlmanacServer", "AlmanacCore", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
