import Testing
import Timestamps
@testable import StoryEngine

/// Different events that share names, places and vocabulary, next to reworded
/// reports of one of them: the reworded ones join, the other event stays apart.
/// Items are undated where the hard part should not be decided by the calendar.
@Suite struct DifferentEventsTests {
    @Test func twoUndatedEarthquakesStayApartWhileReportsOfOneJoin() {
        let engine = StoryEngine()
        let qeshm = engine.assign(.report(
            "qeshm-1", source: "Wire",
            title: "Magnitude 6.1 earthquake destroys villages on Iran's Qeshm island",
            text: "A strong earthquake struck Qeshm island in the Persian Gulf, killing at least ten people and "
                + "flattening houses in three villages, Iranian state television said.",
            may: nil
        ))
        let sumatra = engine.assign(.report(
            "sumatra", source: "Agency",
            title: "Magnitude 6.3 earthquake shakes Indonesia's Sumatra island",
            text: "A strong earthquake struck off Sumatra island, damaging houses in Padang and killing at least "
                + "four people, Indonesian officials said.",
            may: nil
        ))
        let qeshmAgain = engine.assign(.report(
            "qeshm-2", source: "Paper",
            title: "Ten killed as quake flattens villages on Qeshm",
            text: "Ten people died when a 6.1 magnitude quake hit Qeshm island off Iran's southern coast, state "
                + "television reported.",
            may: nil
        ))
        #expect(qeshm.isNewStory)
        #expect(sumatra.isNewStory)
        #expect(qeshmAgain.storyID == "qeshm-1")
        #expect(qeshmAgain.reason?.sharedTerms.contains("qeshm") == true)
    }

    @Test(arguments: [2, 0])
    func twoMonthsJobsReportsStayApartByTheirFigures(figuresForConflict: Int) {
        var configuration = StoryEngineConfiguration()
        configuration.figuresForConflict = figuresForConflict
        let engine = StoryEngine(configuration: configuration)
        let october = engine.assign(.report(
            "october-1", source: "Wire",
            title: "US employers added 128,000 jobs in October despite the GM strike",
            text: "The economy added 128,000 jobs last month and the unemployment rate rose to 3.6 percent, "
                + "the Labor Department said on Friday.",
            may: nil
        ))
        let september = engine.assign(.report(
            "september", source: "Agency",
            title: "US employers added 136,000 jobs in September as unemployment fell",
            text: "The economy added 136,000 jobs last month and the unemployment rate fell to 3.5 percent, "
                + "the Labor Department said on Friday.",
            may: nil
        ))
        let octoberAgain = engine.assign(.report(
            "october-2", source: "Paper",
            title: "October payrolls rose by 128,000 even with the GM strike",
            text: "Nonfarm payrolls grew by 128,000 in October while unemployment edged up to 3.6 percent, "
                + "government data showed.",
            may: nil
        ))
        #expect(october.isNewStory)
        #expect(octoberAgain.storyID == "october-1")
        // Without the figures the two months read as one report: the check is what parts them.
        #expect(september.isNewStory == (figuresForConflict > 0))
    }

    @Test func theJanuaryAndMayTalksInOmanStayApartWhenUndated() {
        let engine = StoryEngine()
        let january = engine.assign(.report(
            "january", source: "Wire",
            title: "US and Iran held secret indirect talks in Oman in January over Red Sea attacks",
            text: "Brett McGurk and Abram Paley met Omani mediators in Muscat in January to warn Tehran about "
                + "Houthi attacks on Red Sea shipping and strikes on US troops in Iraq and Syria.",
            may: nil
        ))
        let may = engine.assign(.report(
            "may-1", source: "Axios",
            title: "Biden aides held indirect talks with Iran in Oman this week",
            text: "Brett McGurk and Abram Paley held indirect talks with Iranian officials in Oman this week on how "
                + "to avoid an escalation after Iran's missile assault on Israel, the first round since January.",
            may: nil
        ))
        let mayAgain = engine.assign(.report(
            "may-2", source: "TASS",
            title: "US, Iran engage in indirect talks on Middle East security after assault on Israel",
            text: "The US and Iran held indirect talks in Oman this week on preventing an escalation of tensions "
                + "in the Middle East after the missile assault on Israel, Axios reported; McGurk and Paley took part.",
            may: nil
        ))
        #expect(january.isNewStory)
        #expect(mayAgain.storyID == may.storyID)
        withKnownIssue("Undated, the shared negotiators, place and wording outweigh what tells the rounds apart") {
            #expect(may.isNewStory)
        }
    }

    @Test func theAprilAttackOnIsraelAndTheMayTalksStayApart() {
        let engine = StoryEngine()
        let attack = engine.assign(.report(
            "attack-1", source: "Wire",
            title: "Iran launches hundreds of drones and missiles at Israel",
            text: "Iran fired more than 300 drones and missiles at Israel overnight in its first direct attack, "
                + "most of them shot down by Israeli air defences with help from the US, Britain and Jordan.",
            on: CivilDate(year: 2024, month: 4, day: 14, hour: 2)
        ))
        let attackAgain = engine.assign(.report(
            "attack-2", source: "Paper",
            title: "Israel intercepts most of 300 Iranian drones and missiles in first direct attack",
            text: "Israeli air defences, helped by US and British jets, shot down most of the more than 300 drones "
                + "and missiles Iran launched overnight, the military said.",
            on: CivilDate(year: 2024, month: 4, day: 14, hour: 5)
        ))
        let talks = engine.assign(.report(
            "talks", source: "Axios",
            title: "US and Iran held indirect talks in Oman after the attack on Israel",
            text: "Brett McGurk and Abram Paley held indirect talks with Iranian officials in Oman on avoiding "
                + "escalation, a month after Iran's drone and missile attack on Israel.",
            on: CivilDate(year: 2024, month: 5, day: 17, hour: 9)
        ))
        #expect(attack.isNewStory)
        #expect(attackAgain.storyID == "attack-1")
        #expect(talks.isNewStory)
    }

    @Test func theAttackAndTheTalksStayApartWhenUndated() {
        let engine = StoryEngine()
        _ = engine.assign(.report(
            "attack", source: "Wire",
            title: "Iran launches hundreds of drones and missiles at Israel",
            text: "Iran fired more than 300 drones and missiles at Israel overnight in its first direct attack, "
                + "most of them shot down by Israeli air defences with help from the US, Britain and Jordan.",
            may: nil
        ))
        let talks = engine.assign(.report(
            "talks", source: "Axios",
            title: "US and Iran held indirect talks in Oman after the attack on Israel",
            text: "Brett McGurk and Abram Paley held indirect talks with Iranian officials in Oman on avoiding "
                + "escalation, a month after Iran's drone and missile attack on Israel.",
            may: nil
        ))
        withKnownIssue("Undated, a report of the talks that recalls the attack shares its rare words (drones, missiles)") {
            #expect(talks.isNewStory)
        }
    }
}
