// swift-tools-version:6.1
import PackageDescription

// Part benchmarks for the aggregator (issue 8), kept out of the main build:
// `cd Benchmarks && swift package benchmark`. See BENCHMARKS.md.

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// One executable per part, so each part's peak memory is its own process's.
func partBenchmark(_ name: String, parts: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["BenchmarkSupport", .product(name: "Benchmark", package: "benchmark")]
            + parts.map { .product(name: $0, package: "aggregator") },
        path: "Benchmarks/\(name)",
        swiftSettings: swiftSettings,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "aggregator-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "aggregator", path: ".."),
        // The runtime interposer (a default trait) is not available offline; malloc counts are.
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The synthetic news every part benchmark draws from, and the shared metrics.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Timestamps", package: "aggregator"),
            ],
            swiftSettings: swiftSettings
        ),
        partBenchmark("ParseBenchmarks", parts: ["FeedParsing"]),
        partBenchmark("MatchBenchmarks", parts: ["StoryEngine", "Publishing"]),
        partBenchmark("PublishBenchmarks", parts: ["Publishing"]),
        partBenchmark("StoreBenchmarks", parts: ["Store"]),
    ]
)
