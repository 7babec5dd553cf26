import Glibc

/// An unconnected AF_UNIX datagram socket that sends to one named peer.
public final class UnixDatagramSocket: Sendable {
    private let descriptor: Int32
    /// The peer's name as `sun_path` holds it.
    private let peerName: [UInt8]

    /// The longest name `sun_path` holds, counting an abstract name's leading NUL.
    public static let longestName = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

    /// - Parameter peerName: a file path, or an abstract name whose first byte is 0;
    ///   at most ``longestName`` bytes.
    public init(peerName: [UInt8]) throws(SystemError) {
        precondition(!peerName.isEmpty && peerName.count <= Self.longestName, "a socket name must fit sun_path")
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .last("socket") }
        self.peerName = peerName
    }

    deinit {
        close(descriptor)
    }

    /// Sends `text` as one datagram; returns whether all of it was sent.
    public func send(_ text: String) -> Bool {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: peerName) }
        // An abstract name is exactly as long as given; a path also counts its NUL.
        let nameLength = peerName[0] == 0 ? peerName.count : peerName.count + 1
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + nameLength)
        let payload = Array(text.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(descriptor, payload, payload.count, Int32(MSG_NOSIGNAL), socketAddress, length)
            }
        }
        return sent == payload.count
    }
}
