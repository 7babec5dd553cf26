import Foundation
public import Timestamps

extension Timestamp {
    /// The wall clock, read here only: everything below takes time as a
    /// parameter so it can be tested without waiting.
    public static var now: Timestamp {
        Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
