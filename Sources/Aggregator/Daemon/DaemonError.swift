/// Something that keeps the daemon from starting or from talking to systemd.
public struct DaemonError: Error, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: Hashable, Sendable {
            case notifySocket
            case watchdog
        }

        private let value: Value

        private init(_ value: Value) {
            self.value = value
        }

        /// `$NOTIFY_SOCKET` names no socket we can send to.
        public static let notifySocket = Code(.notifySocket)
        /// `$WATCHDOG_USEC` is not a positive number of microseconds.
        public static let watchdog = Code(.watchdog)

        public var description: String {
            switch value {
            case .notifySocket: "notify socket"
            case .watchdog: "watchdog"
            }
        }
    }

    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
