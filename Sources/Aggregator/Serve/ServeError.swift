/// Something that keeps the daemon from serving its output over HTTP.
public struct ServeError: Error, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: Hashable, Sendable {
            case listenAddress
            case cannotListen
        }

        private let value: Value

        private init(_ value: Value) {
            self.value = value
        }

        /// `[serve] listen` is not `HOST:PORT` with a port from 1 to 65535.
        public static let listenAddress = Code(.listenAddress)
        /// The address is well formed, but the server cannot listen on it (in use, not local, not allowed).
        public static let cannotListen = Code(.cannotListen)

        public var description: String {
            switch value {
            case .listenAddress: "listen address"
            case .cannotListen: "cannot listen"
            }
        }
    }

    public var code: Code
    public var message: String
    /// The configuration value involved.
    public var context: String

    public init(code: Code, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    public var description: String {
        "\(message) (\(context))"
    }
}
