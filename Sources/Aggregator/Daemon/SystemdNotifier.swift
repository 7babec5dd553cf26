import SystemInterface

/// The systemd notify protocol without libsystemd: each message is one
/// datagram of `KEY=value` lines sent to the AF_UNIX socket named by
/// `$NOTIFY_SOCKET` (a path, or an abstract name when it starts with '@').
/// Without that variable every message is dropped, so the daemon runs the
/// same with or without systemd.
public final class SystemdNotifier: Sendable {
    private let socket: UnixDatagramSocket

    /// - Returns: nil when `$NOTIFY_SOCKET` is unset or empty.
    /// - Throws: a ``DaemonError`` when the variable names no usable socket.
    public init?(environment: [String: String]) throws(DaemonError) {
        guard let name = environment["NOTIFY_SOCKET"], !name.isEmpty else { return nil }
        var bytes = Array(name.utf8)
        guard bytes.first == UInt8(ascii: "/") || bytes.first == UInt8(ascii: "@") else {
            throw DaemonError(code: .notifySocket, message: "NOTIFY_SOCKET=\(name) is neither an absolute path nor an abstract name starting with '@'")
        }
        guard bytes.count <= UnixDatagramSocket.longestName else {
            throw DaemonError(code: .notifySocket, message: "NOTIFY_SOCKET=\(name) is longer than a socket name may be")
        }
        // An abstract name is written with a leading NUL.
        if bytes[0] == UInt8(ascii: "@") { bytes[0] = 0 }
        do {
            socket = try UnixDatagramSocket(peerName: bytes)
        } catch {
            throw DaemonError(code: .notifySocket, message: "cannot create a socket for NOTIFY_SOCKET=\(name): \(error.reason)")
        }
    }

    /// Sends `message` as one datagram; returns whether the whole of it was sent.
    @discardableResult
    public func send(_ message: NotifyMessage) -> Bool {
        socket.send(message.text)
    }
}
