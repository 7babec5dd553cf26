/// `[serve] listen`, as `HOST:PORT`; an IPv6 host goes in brackets, `[::1]:8080`.
struct ListenAddress: Sendable, Equatable {
    var host: String
    var port: Int

    init(_ text: String) throws(ServeError) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65_535).contains(port) else {
            throw ServeError(
                code: .listenAddress, message: "[serve] listen must be HOST:PORT with a port from 1 to 65535", context: "listen = \"\(text)\""
            )
        }
        var host = text[..<colon]
        if host.hasPrefix("["), host.hasSuffix("]") {
            host = host.dropFirst().dropLast()
        }
        guard !host.isEmpty else {
            throw ServeError(code: .listenAddress, message: "[serve] listen names no host", context: "listen = \"\(text)\"")
        }
        self.host = String(host)
        self.port = port
    }
}
