// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "aggregator",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "aggregator", targets: ["aggregator"]),
        // The pipeline's parts, for the benchmark package under Benchmarks/.
        .library(name: "FeedParsing", targets: ["FeedParsing"]),
        .library(name: "StoryEngine", targets: ["StoryEngine"]),
        .library(name: "Publishing", targets: ["Publishing"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Timestamps", targets: ["Timestamps"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // C libraries, reached only through the wrapper targets below.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),

        // Pure parts: no network, no disk, no SQL.
        .target(name: "Timestamps", swiftSettings: swiftSettings),
        .target(name: "Scheduling", dependencies: ["Timestamps"], swiftSettings: swiftSettings),
        .target(name: "StableHashing", swiftSettings: swiftSettings),
        .target(name: "StoryEngine", dependencies: ["StableHashing", "Timestamps"], swiftSettings: swiftSettings),

        // Wrappers around the C libraries; their public API speaks Swift.
        // The two libxml2 users never import Foundation (DESIGN.md, pitfall 1).
        .target(name: "FeedParsing", dependencies: ["CLibXML2", "StableHashing", "Timestamps"], swiftSettings: swiftSettings),
        .target(name: "Publishing", dependencies: ["CLibXML2", "StableHashing", "Timestamps"], swiftSettings: swiftSettings),
        .target(name: "HTTPCompression", dependencies: ["CZlib"], swiftSettings: swiftSettings),
        // The system calls the daemon makes itself: files, a lock, a socket, the allocator.
        .target(name: "SystemInterface", dependencies: ["CMalloc"], swiftSettings: swiftSettings),
        .target(
            name: "FeedFetching",
            dependencies: ["CCurl", "Timestamps", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Store",
            dependencies: ["Timestamps", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Aggregator",
            dependencies: [
                "FeedParsing", "FeedFetching", "Scheduling", "StoryEngine", "Publishing", "Store", "StableHashing",
                "SystemInterface", "Timestamps", "HTTPCompression",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "aggregator",
            dependencies: [
                "Aggregator", "SystemInterface",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            // Pages the loader reads at start stay resident: lld packs the ~110k relative relocations of the
            // position-independent binary into 22 KB (DT_RELR, glibc 2.36) where gold writes 2.7 MB, and the
            // 2.6 MB dynamic symbol table that `--static-swift-stdlib`'s `-export-dynamic` fills with the
            // package's own symbols goes (the runtime's own lookups never found them: `--exclude-libs ALL`).
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                    .when(platforms: [.linux])
                ),
            ]
        ),

        // Runs xmllint, feedparser, newsboat and Chromium over our output for the tests.
        .target(name: "ExternalTool", path: "Tests/Support/ExternalTool", swiftSettings: swiftSettings),
        // The local feed server the fetcher's and the end-to-end tests share.
        .target(
            name: "FeedTestServer",
            path: "Tests/Support/FeedTestServer",
            exclude: ["feed_test_server.py"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TimestampsTests", dependencies: ["Timestamps"], swiftSettings: swiftSettings),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling", "Timestamps"], swiftSettings: swiftSettings),
        .testTarget(
            name: "StoryEngineTests",
            dependencies: ["StableHashing", "StoryEngine", "Timestamps"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FeedParsingTests",
            dependencies: ["FeedParsing", "Timestamps"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PublishingTests",
            dependencies: ["Publishing", "CLibXML2", "ExternalTool", "Timestamps"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FeedFetchingTests",
            dependencies: ["FeedFetching", "FeedTestServer", .product(name: "Logging", package: "swift-log")],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "StoreTests", dependencies: ["ExternalTool", "Store", "Timestamps"], swiftSettings: swiftSettings),
        .testTarget(name: "SystemInterfaceTests", dependencies: ["SystemInterface"], swiftSettings: swiftSettings),
        .testTarget(name: "StableHashingTests", dependencies: ["StableHashing"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AggregatorTests",
            dependencies: [
                "Aggregator", "ExternalTool", "FeedParsing", "FeedTestServer", "HTTPCompression", "Store", "SystemInterface",
                "Timestamps", .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
    ]
)
