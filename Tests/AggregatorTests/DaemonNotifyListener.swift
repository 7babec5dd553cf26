import Foundation

/// Plays systemd's end of the notify protocol: a datagram socket the daemon
/// under test is pointed at with `$NOTIFY_SOCKET`.
final class DaemonNotifyListener: Sendable {
    let path: String
    private let descriptor: Int32

    /// - Parameter abstract: bind an abstract name (`$NOTIFY_SOCKET` then
    ///   starts with '@'), as systemd itself does, instead of a file.
    init(abstract: Bool = false) throws {
        let name = "aggregator-notify-\(UUID().uuidString.prefix(8))"
        path = abstract ? "@" + name : NSTemporaryDirectory() + "/" + name + ".sock"
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if abstract { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + bytes.count + (abstract ? 0 : 1))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    deinit {
        close(descriptor)
        if !path.hasPrefix("@") { unlink(path) }
    }

    /// The assignments of the next message, or nil if none came within `timeout`.
    func next(timeout: Duration) async -> [String]? {
        let milliseconds = Int32(timeout.components.seconds * 1_000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let descriptor = self.descriptor
        // poll(2) blocks, so it runs off the cooperative pool.
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&request, 1, milliseconds) == 1 else { return continuation.resume(returning: nil) }
                var buffer = [UInt8](repeating: 0, count: 4_096)
                let count = recv(descriptor, &buffer, buffer.count, 0)
                guard count > 0 else { return continuation.resume(returning: nil) }
                let text = String(decoding: buffer[..<count], as: UTF8.self)
                continuation.resume(returning: text.split(separator: "\n").map(String.init))
            }
        }
    }

    /// Reads messages until one holds `assignment` (e.g. "READY=1"); returns
    /// that one and those before it, or nil when `timeout` passes first.
    func messages(until assignment: String, timeout: Duration) async -> [[String]]? {
        await messages(until: { $0 == assignment }, timeout: timeout)
    }

    /// Reads messages until one has a line matching `match`; returns that one
    /// and those before it, or nil when `timeout` passes first.
    func messages(until match: (String) -> Bool, timeout: Duration) async -> [[String]]? {
        let deadline = ContinuousClock.now + timeout
        var seen: [[String]] = []
        while ContinuousClock.now < deadline {
            guard let message = await next(timeout: deadline - .now) else { return nil }
            seen.append(message)
            if message.contains(where: match) { return seen }
        }
        return nil
    }
}
