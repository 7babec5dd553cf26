import Glibc
internal import FoundationEssentials

/// An outside program the tests hand our output to (xmllint, feedparser's
/// python3, newsboat, sqlite3, Chromium), run to completion with standard
/// output and error captured together and standard input empty.
///
/// It spawns with posix_spawn rather than Foundation's `Process`: test targets
/// that import libxml2 cannot share a module with full Foundation (DESIGN.md, pitfall 1).
public struct ExternalTool: Sendable {
    public let path: String

    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// The first executable of that name on `PATH`, or the given absolute path if executable.
    public static func find(_ name: String) -> ExternalTool? {
        if name.hasPrefix("/") { return access(name, X_OK) == 0 ? ExternalTool(path: name) : nil }
        let searchPath = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return ExternalTool(path: candidate) }
        }
        return nil
    }

    /// Debian's python3-feedparser belongs to /usr/bin/python3, which need not be
    /// the first python3 on PATH; takes whichever can import it.
    public static func pythonWithFeedparser() throws -> ExternalTool? {
        for candidate in ["/usr/bin/python3", "python3"] {
            if let python = find(candidate), try python.run(["-c", "import feedparser"]).status == 0 {
                return python
            }
        }
        return nil
    }

    /// - Parameter environment: the child's whole environment; nil passes this process's on.
    public func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        let capture = FileManager.default.temporaryDirectory.appending(path: "external-tool-\(UUID().uuidString).txt").path
        defer { unlink(capture) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let variables = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { (argv + (variables ?? [])).forEach { free($0) } }

        var pid = pid_t()
        let spawned = variables.map { posix_spawn(&pid, path, &actions, nil, argv, $0) }
            ?? posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(tool: path, code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7f == 0
        let output = FileManager.default.contents(atPath: capture).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Result(status: exited ? (status >> 8) & 0xff : -1, output: output)
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public var tool: String
        public var code: Int32
        public var description: String { "Could not start \(tool) (posix_spawn error \(code))." }
    }
}
