import Foundation

/// The systemd notify protocol without libsystemd: each message is one
/// datagram of `KEY=value` lines sent to the AF_UNIX socket named by
/// `$NOTIFY_SOCKET` (a path, or an abstract name when it starts with '@').
/// Without that variable every message is dropped, so the daemon runs the
/// same with or without systemd.
public final class SystemdNotifier: Sendable {
    private let descriptor: Int32
    /// The socket's name as `sun_path` holds it: an abstract name starts with a NUL.
    private let socketName: [UInt8]

    /// - Returns: nil when `$NOTIFY_SOCKET` is unset or empty.
    /// - Throws: a ``DaemonError`` when the variable names no usable socket.
    public init?(environment: [String: String]) throws(DaemonError) {
        guard let name = environment["NOTIFY_SOCKET"], !name.isEmpty else { return nil }
        var bytes = Array(name.utf8)
        guard bytes.first == UInt8(ascii: "/") || bytes.first == UInt8(ascii: "@") else {
            throw DaemonError(code: .notifySocket, message: "NOTIFY_SOCKET=\(name) is neither an absolute path nor an abstract name starting with '@'")
        }
        guard bytes.count < MemoryLayout.size(ofValue: sockaddr_un().sun_path) else {
            throw DaemonError(code: .notifySocket, message: "NOTIFY_SOCKET=\(name) is longer than a socket name may be")
        }
        if bytes[0] == UInt8(ascii: "@") { bytes[0] = 0 }
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else {
            throw DaemonError(code: .notifySocket, message: "cannot create a socket for NOTIFY_SOCKET=\(name): \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        socketName = bytes
    }

    deinit {
        close(descriptor)
    }

    /// Sends `message` as one datagram; returns whether the whole of it was sent.
    @discardableResult
    public func send(_ message: NotifyMessage) -> Bool {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: socketName) }
        // An abstract name is exactly as long as given; a path also counts its NUL.
        let nameLength = socketName[0] == 0 ? socketName.count : socketName.count + 1
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + nameLength)
        let payload = Array(message.text.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(descriptor, payload, payload.count, Int32(MSG_NOSIGNAL), socketAddress, length)
            }
        }
        return sent == payload.count
    }
}
