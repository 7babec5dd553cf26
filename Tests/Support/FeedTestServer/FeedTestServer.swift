public import Foundation

/// `feed_test_server.py` (beside this file) as a child process on 127.0.0.1,
/// shared by the fetcher's tests and the end-to-end test.
///
/// Its stdin is a pipe this process holds open: when the test process ends,
/// however it ends, the pipe closes and the server exits with it.
public final class FeedTestServer: @unchecked Sendable {
    /// One request as the server logged it.
    public struct Request: Decodable, Sendable {
        public var method: String
        public var path: String
        public var ifNoneMatch: String?
        public var ifModifiedSince: String?
        public var status: Int

        public var isConditional: Bool { ifNoneMatch != nil || ifModifiedSince != nil }

        enum CodingKeys: String, CodingKey {
            case method, path, status
            case ifNoneMatch = "if_none_match"
            case ifModifiedSince = "if_modified_since"
        }
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("feed_test_server.py")

    public static let python3: String? = ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"]
        .split(separator: ":")
        .map { "\($0)/python3" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    public static var isAvailable: Bool { python3 != nil }

    public let port: Int
    public let logFile: URL
    private let process = Process()
    private let stdin = Pipe()

    /// Starts serving the files under `root`.
    public init(root: String) throws {
        guard let python3 = Self.python3 else { throw CocoaError(.fileNoSuchFile) }
        logFile = FileManager.default.temporaryDirectory.appendingPathComponent("feed-test-server-\(UUID().uuidString).jsonl")
        let stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: python3)
        process.arguments = [Self.script.path, "--root", root, "--log", logFile.path]
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        var firstLine = Data()
        while !firstLine.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
            firstLine.append(chunk)
        }
        let words = String(decoding: firstLine, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, words[0] == "PORT", let port = Int(words[1]) else { throw CocoaError(.fileReadCorruptFile) }
        self.port = port
    }

    deinit {
        stop()
    }

    public func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// Every request served so far, in order.
    public func requests() throws -> [Request] {
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        // The server may be writing its next line as this reads: only lines it ended count.
        let ended = log.lastIndex(of: "\n").map { log[...$0] } ?? ""
        return try ended.split(separator: "\n").map { try JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }

    /// Waits until the server has logged `count` requests whose path contains `fragment`: the
    /// way to know transfers are in flight before cancelling them. It polls for that event;
    /// no result depends on how long it takes.
    public func waitForRequests(containing fragment: String, count: Int = 1) async throws -> Bool {
        for _ in 0..<500 {
            let seen = try requests().filter { $0.path.contains(fragment) }.count
            if seen >= count { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    public func stop() {
        guard process.isRunning else { return }
        try? stdin.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: logFile)
    }
}
