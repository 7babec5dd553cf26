/// Turns away, without reading their full publication time, the documents
/// surely outside a query's time window.
///
/// Each slot's time is kept a second time, cut to 16 bits (units of 4,096 s,
/// wrapping every 8.5 years): small enough to stay in cache while candidate
/// generation walks postings in random slot order. Wrapping only makes far
/// times look near, and near ones are checked in full, so nothing the full
/// check would keep is lost.
struct CoarseTimeFilter {
    /// The code of an undated document, and of dated ones that happen to share it: always checked in full.
    static let checkInFull: UInt16 = 0x8000

    static func code(for time: Int64?) -> UInt16 {
        guard let time else { return checkInFull }
        return UInt16(truncatingIfNeeded: time >> unitShift)
    }

    private static let unitShift: Int64 = 12

    private let queryCode: UInt16
    /// Codes further apart than this are more than the window apart in time.
    private let unitsInWindow: Int

    init(around queryTime: Int64, window: Int64) {
        queryCode = CoarseTimeFilter.code(for: queryTime)
        // Two times `units` codes apart are at least (units - 1) * 4,096 + 1 seconds apart.
        unitsInWindow = window >= 0 ? Int(window >> CoarseTimeFilter.unitShift) + 1 : .max
    }

    func excludes(_ code: UInt16) -> Bool {
        code != CoarseTimeFilter.checkInFull
            && abs(Int(Int16(truncatingIfNeeded: queryCode &- code))) > unitsInWindow
    }
}
