extension Timestamp {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The IMF-fixdate of RFC 9110 (`Last-Modified`, `Date`): `Sun, 06 Nov 1994 08:49:37 GMT`.
    public var httpDate: String {
        let civil = CivilDate(self)
        // 1970-01-01, day zero, was a Thursday.
        let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
        let weekday = Self.weekdays[Int(((days % 7) + 7) % 7)]
        return "\(weekday), \(Self.twoDigits(civil.day)) \(Self.months[civil.month - 1]) \(civil.year) "
            + "\(Self.twoDigits(civil.hour)):\(Self.twoDigits(civil.minute)):\(Self.twoDigits(civil.second)) GMT"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
