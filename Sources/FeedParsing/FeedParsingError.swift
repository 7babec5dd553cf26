/// Why bytes could not be read as a feed or a subscription list.
public struct FeedParsingError: Error, CustomStringConvertible, Equatable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: Hashable, Sendable {
            case notAFeed, emptyInput, invalidJSON, invalidOPML
        }

        private let value: Value

        private init(_ value: Value) { self.value = value }

        /// Well-formed enough, but no RSS, Atom or JSON Feed root (an HTML page, say).
        public static let notAFeed = Code(.notAFeed)
        public static let emptyInput = Code(.emptyInput)
        /// Looked like JSON but did not decode as JSON Feed.
        public static let invalidJSON = Code(.invalidJSON)
        /// An OPML subscription list that cannot be used as one.
        public static let invalidOPML = Code(.invalidOPML)

        public var description: String { String(describing: value) }
    }

    public var code: Code
    /// One sentence naming what was wrong and where.
    public var message: String
    /// The line of the document the problem was found on, when known.
    public var line: Int?

    public init(code: Code, message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
