import Glibc

/// A failed system call: which one, and the `errno` it left. Its description
/// is the C library's own wording for the code, which callers put after
/// the file or socket they were working on.
public struct SystemError: Error, CustomStringConvertible, Sendable {
    /// The call that failed, such as "open" or "flock".
    public let call: String
    public let code: Int32

    public init(call: String, code: Int32) {
        self.call = call
        self.code = code
    }

    /// Captures `errno` right after `call` failed, before anything else can overwrite it.
    static func last(_ call: String) -> SystemError {
        SystemError(call: call, code: errno)
    }

    /// strerror(3)'s text, such as "No such file or directory".
    public var reason: String {
        String(cString: strerror(code))
    }

    public var description: String {
        "\(call): \(reason)"
    }

    /// A folder on the path does not exist (ENOENT).
    public var isMissingFolder: Bool { code == ENOENT }

    /// The name is taken (EEXIST).
    public var isExistingFile: Bool { code == EEXIST }
}
