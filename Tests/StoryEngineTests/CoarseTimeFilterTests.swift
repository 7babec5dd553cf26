import Testing
@testable import StoryEngine

@Suite struct CoarseTimeFilterTests {
    let query: Int64 = 1_716_000_000
    let window: Int64 = 2 * 86_400

    @Test func neverTurnsAwayATimeInsideTheWindow() {
        let filter = CoarseTimeFilter(around: query, window: window)
        for time in stride(from: query - window - 20_000, through: query + window + 20_000, by: 37) {
            if filter.excludes(CoarseTimeFilter.code(for: time)) {
                #expect(abs(query - time) > window, "time \(time)")
            }
        }
        #expect(!filter.excludes(CoarseTimeFilter.code(for: query - window)))
        #expect(!filter.excludes(CoarseTimeFilter.code(for: query + window)))
    }

    @Test func turnsAwayTimesWellOutsideTheWindow() {
        let filter = CoarseTimeFilter(around: query, window: window)
        #expect(filter.excludes(CoarseTimeFilter.code(for: query - window - 10_000)))
        #expect(filter.excludes(CoarseTimeFilter.code(for: query + 30 * 86_400)))
    }

    @Test func leavesUndatedAndWrappedTimesToTheFullCheck() {
        let filter = CoarseTimeFilter(around: query, window: window)
        #expect(!filter.excludes(CoarseTimeFilter.code(for: nil)))
        // 2^16 units later the code wraps around to the query's own.
        #expect(!filter.excludes(CoarseTimeFilter.code(for: query + 65_536 * 4_096)))
    }
}
