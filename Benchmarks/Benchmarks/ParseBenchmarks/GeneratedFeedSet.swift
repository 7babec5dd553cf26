#if canImport(Glibc)
import Glibc
#endif

/// The feed set that `../shared/bench/peers.sh` serves, as written by
/// `gen_feeds.py OUTDIR`: `OUTDIR/feeds/feed-0000.xml` and on. Read from
/// `$AGGREGATOR_BENCH_FEEDS`, else from `../shared/bench-generated` beside the
/// repository; absent, the benchmark over it is skipped.
enum GeneratedFeedSet {
    static var folder: String {
        if let chosen = getenv("AGGREGATOR_BENCH_FEEDS") {
            return String(cString: chosen)
        }
        // #filePath is <repository>/Benchmarks/Benchmarks/ParseBenchmarks/GeneratedFeedSet.swift.
        let repository = String(#filePath).split(separator: "/", omittingEmptySubsequences: false).dropLast(4)
        return (repository + ["..", "shared", "bench-generated"]).joined(separator: "/")
    }

    /// Every file in order, until the first number that is missing; empty when there is none.
    static func load(from folder: String = folder) -> [[UInt8]] {
        var files: [[UInt8]] = []
        while let bytes = read(folder + "/feeds/" + name(files.count)) {
            files.append(bytes)
        }
        return files
    }

    private static func name(_ index: Int) -> String {
        let digits = String(index)
        return "feed-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".xml"
    }

    private static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return bytes
    }
}
