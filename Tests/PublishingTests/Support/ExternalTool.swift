import Glibc
internal import FoundationEssentials

/// Runs a command-line tool (xmllint, python3) and captures what it prints.
///
/// Foundation's `Process` is out of reach: this test target imports libxml2, which
/// cannot share a module with full Foundation (DESIGN.md, pitfall 1); so posix_spawn.
struct ExternalTool {
    let path: String

    struct Result {
        var status: Int32
        var output: String
    }

    /// The first executable of that name on `PATH`, or the given absolute path if executable.
    static func find(_ name: String) -> ExternalTool? {
        if name.hasPrefix("/") { return access(name, X_OK) == 0 ? ExternalTool(path: name) : nil }
        let searchPath = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return ExternalTool(path: candidate) }
        }
        return nil
    }

    /// Runs to completion with stdout and stderr captured together.
    func run(_ arguments: [String]) throws -> Result {
        let capture = try TestPaths.temporaryFile(named: "output.txt", contents: "")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_TRUNC, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([path] + arguments).map(Self.duplicate) + [nil]
        let environment = ["PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8"].map(Self.duplicate) + [nil]
        defer { (argv + environment).forEach { free($0) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environment)
        guard spawned == 0 else { throw SpawnError(tool: path, code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return Result(status: exited ? (status >> 8) & 0xff : -1, output: TestPaths.read(capture) ?? "")
    }

    private static func duplicate(_ text: String) -> UnsafeMutablePointer<CChar>? {
        strdup(text)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var tool: String
        var code: Int32
        var description: String { "Could not start \(tool) (posix_spawn error \(code))." }
    }
}
