/// Why a fetch produced no response. HTTP error statuses are not errors: they come back as
/// a ``FetchResponse`` so the caller can act on 410, 429 and 503.
public struct FetchError: Error, CustomStringConvertible {
    public var code: Code
    /// The URL the caller asked for.
    public var url: String
    /// One sentence naming the URL and what went wrong.
    public var message: String

    public init(code: Code, url: String, message: String) {
        self.code = code
        self.url = url
        self.message = message
    }

    public var description: String { message }

    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String {
            case timedOut, tooSlow, bodyTooLarge, redirectRefused, tooManyRedirects, connectionFailed
            case hostNotFound, tlsFailed, fileUnreadable, cancelled, other
        }

        private let value: Value

        private init(_ value: Value) { self.value = value }

        public var description: String { value.rawValue }

        /// The total time limit, or the connect time limit, ran out.
        public static let timedOut = Code(.timedOut)
        /// The server sent less than the low-speed limit for a whole window.
        public static let tooSlow = Code(.tooSlow)
        /// The decoded body passed the configured cap.
        public static let bodyTooLarge = Code(.bodyTooLarge)
        /// A redirect pointed to a scheme other than http or https.
        public static let redirectRefused = Code(.redirectRefused)
        public static let tooManyRedirects = Code(.tooManyRedirects)
        /// Refused, reset or closed before a complete response.
        public static let connectionFailed = Code(.connectionFailed)
        public static let hostNotFound = Code(.hostNotFound)
        public static let tlsFailed = Code(.tlsFailed)
        public static let fileUnreadable = Code(.fileUnreadable)
        /// The awaiting task was cancelled, or the fetcher shut down.
        public static let cancelled = Code(.cancelled)
        public static let other = Code(.other)
    }
}
