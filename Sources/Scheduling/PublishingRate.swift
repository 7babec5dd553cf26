import Timestamps

/// How often a feed really publishes, from the times of its newest items.
enum PublishingRate {
    /// The mean gap between the `newest` most recent distinct item times, or half the silence
    /// since the newest item when that is longer: a feed that went quiet is polled less and
    /// less, and one that comes back is found again within half its silence. Future-dated
    /// items are ignored. Nil with fewer than two distinct past times.
    static func estimatedIntervalSeconds(itemTimes: [Timestamp], newest: Int, now: Timestamp) -> Int64? {
        let past = Set(itemTimes.filter { $0 <= now }).sorted(by: >).prefix(max(2, newest))
        guard past.count >= 2, let latest = past.first, let oldest = past.last else { return nil }
        let meanGap = (latest.secondsSince1970 - oldest.secondsSince1970) / Int64(past.count - 1)
        let silence = now.secondsSince1970 - latest.secondsSince1970
        return max(meanGap, silence / 2)
    }
}
