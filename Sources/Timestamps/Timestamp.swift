/// A moment in UTC, to the second.
///
/// Feeds, stories and the store all speak in whole seconds: feed dates carry no
/// finer precision worth keeping, and a plain integer keeps the pure targets
/// free of Foundation (whose `Date` cannot sit next to libxml2, see DESIGN.md).
public struct Timestamp: Sendable, Hashable, Comparable, Codable {
    public var secondsSince1970: Int64

    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    public func adding(seconds: Int64) -> Timestamp {
        Timestamp(secondsSince1970: secondsSince1970 + seconds)
    }
}
