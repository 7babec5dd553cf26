/// A failure of the state database, with the file it concerns.
public struct StoreError: Error, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case cannotOpen
            case queryFailed
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        public static let cannotOpen = Code(.cannotOpen)
        public static let queryFailed = Code(.queryFailed)

        public var description: String {
            switch base {
            case .cannotOpen: "cannot open"
            case .queryFailed: "query failed"
            }
        }
    }

    public var code: Code
    public var path: String
    public var message: String
    public var cause: (any Error)?

    public init(code: Code, path: String, message: String, cause: (any Error)? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.cause = cause
    }

    public var description: String {
        "state database \(path): \(message)"
    }
}
