import Testing
import Timestamps
@testable import StoryEngine

/// Two reports that share only a few words (a place, "dockers"): published
/// together, time makes up the rest; hours apart, the words must do it alone.
@Suite struct TimeProximityTests {
    let first = StoryItem.report(
        "first", source: "Wire", title: "Crane collapses at Rotterdam port, injuring two dockers",
        text: "A container crane toppled onto a moored ship at the Maasvlakte terminal early on Tuesday.", hour: 6
    )

    func looselyWordedReport(day: Int = 18, hour: Int) -> StoryItem {
        .report(
            "second", source: "Paper", title: "Dockers hurt in Maasvlakte accident",
            text: "Emergency services said the cause of the accident was being investigated by the harbour authority.",
            may: day, hour: hour
        )
    }

    func assignAfterFirst(_ item: StoryItem) -> StoryAssignment {
        let engine = StoryEngine()
        _ = engine.assign(first)
        return engine.assign(item)
    }

    @Test func aLooselyWordedReportWithinTheHourJoins() {
        let assignment = assignAfterFirst(looselyWordedReport(hour: 7))
        #expect(assignment.storyID == "first")
        #expect(assignment.reason?.sharedTerms.contains("maasvlakte") == true)
    }

    @Test func theSameReportHoursLaterStandsOnItsWordsAndStaysApart() {
        #expect(assignAfterFirst(looselyWordedReport(hour: 10)).isNewStory)
        #expect(assignAfterFirst(looselyWordedReport(day: 19, hour: 2)).isNewStory)
    }

    @Test func theBonusHalvesEveryHalfLife() {
        let configuration = StoryEngineConfiguration()
        var withoutTime = configuration
        withoutTime.timeProximityBonus = 0
        withoutTime.joinThreshold = 0
        withoutTime.centroidGate = 0
        var withTime = withoutTime
        withTime.timeProximityBonus = configuration.timeProximityBonus
        var report = looselyWordedReport(hour: 6)
        report.published = first.published?.adding(seconds: 2 * Int64(configuration.timeProximityHalfLifeSeconds))
        let engine = StoryEngine(configuration: withTime)
        _ = engine.assign(first)
        let plain = StoryEngine(configuration: withoutTime)
        _ = plain.assign(first)
        let bonus = (engine.assign(report).reason?.score ?? 0) - (plain.assign(report).reason?.score ?? 0)
        #expect(abs(bonus - Double(configuration.timeProximityBonus) / 4) < 0.001)
    }
}
