/// A proleptic Gregorian calendar date and time of day in UTC.
///
/// The conversions use Howard Hinnant's days-from-civil arithmetic, which is
/// exact for every year a feed can carry and needs no calendar tables.
public struct CivilDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public init(_ timestamp: Timestamp) {
        let seconds = timestamp.secondsSince1970
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(
            year: Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0),
            month: Int(month),
            day: Int(day),
            hour: secondOfDay / 3_600,
            minute: secondOfDay % 3_600 / 60,
            second: secondOfDay % 60
        )
    }

    /// Whether the fields name a real day and time (leap days included) in years
    /// 1 to 9999, the range of RFC 3339; a larger year would overflow ``timestamp``.
    public var isValid: Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, (0...23).contains(hour), (0...59).contains(minute),
              (0...60).contains(second)
        else { return false }
        return day <= CivilDate.daysInMonth(year: year, month: month)
    }

    /// The moment these fields name; a leap second folds into the next minute.
    public var timestamp: Timestamp {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Timestamp(secondsSince1970: days * 86_400 + Int64(hour * 3_600 + minute * 60 + second))
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
