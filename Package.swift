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
        // Mustache compiled once into render plans over a closed value type.
        .target(name: "AlmanacTemplate", dependencies: ["AlmanacCore"]),
        .target(name: "AlmanacGraph", dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacMarkdown"]),
        // The query language of ```query blocks and `almanac query`: parsed, checked, run on indexes.
        .target(name: "AlmanacQuery", dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacGraph", "AlmanacMarkdown"]),
        .target(
            name: "AlmanacRender",
            dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacGraph", "AlmanacMarkdown", "AlmanacQuery", "AlmanacViz", "AlmanacSearch", "AlmanacTemplate"],
            plugins: ["EmbedTheme"]
        ),
        // The built-in theme is the top-level templates/ folder, written into
        // AlmanacRender as Swift source at build time (no resource bundle, so
        // the binary works alone).
        .executableTarget(name: "EmbedThemeTool"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["EmbedThemeTool"]),
        .target(
            name: "AlmanacSite",
            dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacMarkdown", "AlmanacGraph", "AlmanacQuery", "AlmanacRender", "AlmanacSearch", "AlmanacTemplate", "CAtomicSwap"]
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
        // The render micro-benchmark (bench/render_bench.py); swift-mustache
        // is only its reference, rendering the same templates in the same run.
        .executableTarget(
            name: "almanac-render-bench",
            dependencies: ["AlmanacCore", "AlmanacSite", "AlmanacRender", "AlmanacTemplate", "AlmanacViz", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "almanac",
            dependencies: ["AlmanacCore", "AlmanacContent", "AlmanacMarkdown", "AlmanacGraph", "AlmanacQuery", "AlmanacRender", "AlmanacSite", "AlmanacServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "AlmanacCoreTests", dependencies: ["AlmanacCore"]),
        .testTarget(name: "AlmanacQueryTests", dependencies: ["AlmanacQuery", "AlmanacSite", "AlmanacRender", "AlmanacCore", "AlmanacGraph", "AlmanacContent", "AlmanacMarkdown"]),
        .testTarget(name: "AlmanacContentTests", dependencies: ["AlmanacContent", "AlmanacCore"]),
        .testTarget(name: "AlmanacGraphTests", dependencies: ["AlmanacGraph", "AlmanacContent", "AlmanacCore", "AlmanacMarkdown"]),
        .testTarget(name: "AlmanacMarkdownTests", dependencies: ["AlmanacMarkdown"]),
        .testTarget(name: "AlmanacSiteTests", dependencies: ["AlmanacSite", "AlmanacCore", "AlmanacContent", "AlmanacMarkdown", "AlmanacGraph", "AlmanacRender", "AlmanacTemplate", "AlmanacViz"], exclude: ["Golden"]),
        .testTarget(name: "AlmanacRenderTests", dependencies: ["AlmanacRender", "AlmanacTemplate"]),
        .testTarget(name: "AlmanacSearchTests", dependencies: ["AlmanacSearch", "AlmanacCore"]),
        .testTarget(name: "AlmanacVizTests", dependencies: ["AlmanacViz"]),
        .testTarget(name: "AlmanacTemplateTests", dependencies: ["AlmanacTemplate"], exclude: ["spec"]),
        .testTarget(name: "AlmanacCLITests", dependencies: ["almanac", "AlmanacCore"]),
        .testTarget(
            name: "AlmanacServerTests",
            dependencies: ["AlmanacServer", "AlmanacSite", "AlmanacCore", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
