import Foundation

/// The built `aggregator` binary, run as a child process the way systemd
/// would run it, with its standard error kept in a file.
final class DaemonProcess {
    /// The binary SwiftPM builds next to the test bundle (debug or release).
    static let executable: URL? = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let binary = bundle.deletingLastPathComponent().appendingPathComponent("aggregator")
        return FileManager.default.isExecutableFile(atPath: binary.path) ? binary : nil
    }()

    static var isAvailable: Bool { executable != nil }

    let stderrFile: URL
    private let process = Process()
    private let exits: AsyncStream<Int32>

    /// Starts `aggregator <arguments>` with only `environment` (plus PATH), so
    /// nothing of the test runner's own systemd or aggregator settings leaks in.
    init(_ arguments: [String], environment: [String: String] = [:], folder: URL) throws {
        guard let executable = Self.executable else { throw CocoaError(.fileNoSuchFile) }
        stderrFile = folder.appendingPathComponent("stderr-\(UUID().uuidString.prefix(8)).log")
        guard FileManager.default.createFile(atPath: stderrFile.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { own, _ in own }
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        process.standardOutput = FileHandle.nullDevice
        let (exits, continuation) = AsyncStream.makeStream(of: Int32.self)
        self.exits = exits
        process.terminationHandler = { process in
            continuation.yield(process.terminationStatus)
            continuation.finish()
        }
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// The exit status (the signal number, for a process a signal ended), or
    /// nil when the process is still running after `timeout`.
    func exitStatus(within timeout: Duration) async -> Int32? {
        let exits = self.exits
        return await withTaskGroup(of: Int32?.self) { group in
            group.addTask {
                for await status in exits { return status }
                return nil
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    var standardError: String {
        (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
    }
}
