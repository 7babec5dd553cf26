public import Timestamps

/// A deterministic stream of news reports from many outlets, in publication
/// order. About a third of the reports stand alone (a blog post, a local
/// item); the rest report events that several outlets cover within hours, and
/// a few big events are covered by dozens. Some outlets re-publish a wire copy
/// or link the same article. Any report can be produced on its own, so a
/// benchmark draws exactly the slice it needs.
public struct NewsStream: Sendable {
    public let seed: UInt64
    public let feedCount: Int
    /// When report 0 is published.
    public let start: Timestamp
    /// Seconds between consecutive reports: 26 s is 100,000 reports a month,
    /// a thousand feeds' worth.
    public let spacingSeconds: Int64

    public init(seed: UInt64 = 42, feedCount: Int = 1_000, start: Timestamp = Timestamp(secondsSince1970: 1_748_736_000), spacingSeconds: Int64 = 26) {
        self.seed = seed
        self.feedCount = feedCount
        self.start = start
        self.spacingSeconds = spacingSeconds
    }

    public func reports(_ positions: Range<Int>) -> [SyntheticReport] {
        positions.map(report)
    }

    public func report(_ position: Int) -> SyntheticReport {
        var random = SplitMix64(seed: seed, stream: position)
        let (eventIndex, isWireCopy) = Self.event(of: position, using: &random)
        let event = NewsEvent(seed: seed, index: eventIndex)
        let feedIndex = Int.random(in: 0..<feedCount, using: &random)
        let host = "outlet\(feedIndex).example.com"
        let title = Self.headline(for: event, using: &random)
        let lead: String
        if isWireCopy {
            // The wire text every copy shares, word for word.
            var wire = SplitMix64(seed: seed ^ 0x3172E, stream: eventIndex)
            lead = Self.lead(for: event, using: &wire)
        } else {
            lead = Self.lead(for: event, using: &random)
        }
        let slug = title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(6).joined(separator: "-")
        let published = start.adding(seconds: Int64(position) * spacingSeconds + Int64.random(in: -1_800...1_800, using: &random))
        return SyntheticReport(
            id: "tag:\(host),2025:\(position)",
            feedIndex: feedIndex,
            eventIndex: eventIndex,
            title: title,
            lead: lead,
            bodyHTML: ReportBody.html(lead: lead, host: host, length: random.logUniform(200, 6_000), using: &random),
            link: Self.link(host: host, slug: slug, position: position, eventIndex: eventIndex, using: &random),
            author: random.pick(Self.authors),
            categories: (0..<Int.random(in: 0...3, using: &random)).map { _ in random.pick(event.topicWords) },
            published: published
        )
    }

    /// The event a report covers, and whether it is a wire copy of it.
    private static func event(of position: Int, using random: inout SplitMix64) -> (index: Int, isWireCopy: Bool) {
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < 0.35 {
            // Its own event: indices above any shared event's.
            return ((1 << 40) + position, false)
        }
        if roll < 0.45 {
            // A big event: about 50 reports spread over three and a half hours.
            return ((1 << 32) + position / 500, random.chance(0.1))
        }
        // An ordinary event: a few reports within an hour or so of each other.
        return (max(0, position / 4 - Int.random(in: 0..<40, using: &random)), random.chance(0.05))
    }

    private static func headline(for event: NewsEvent, using random: inout SplitMix64) -> String {
        var words = event.headlineTerms(using: &random)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            words.insert(random.pick(Lexicon.fillers), at: Int.random(in: 0...words.count, using: &random))
        }
        let headline = words.joined(separator: " ").capitalizedFirst
        // Feeds put markup and entities into titles too.
        return random.chance(0.05) ? headline + " & more" : headline
    }

    private static func lead(for event: NewsEvent, using random: inout SplitMix64) -> String {
        var sentences: [String] = []
        for _ in 0..<Int.random(in: 2...3, using: &random) {
            var words = (0..<Int.random(in: 8...18, using: &random)).map { _ in
                random.chance(0.3) ? random.pick(Lexicon.topics) : random.pick(Lexicon.fillers)
            }
            for term in event.headlineTerms(using: &random).prefix(3) {
                words.insert(term, at: Int.random(in: 0...words.count, using: &random))
            }
            sentences.append(words.joined(separator: " ").capitalizedFirst + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// Usually the outlet's own page; sometimes the wire's article (the same
    /// URL in many feeds) or a link with tracking parameters.
    private static func link(host: String, slug: String, position: Int, eventIndex: Int, using random: inout SplitMix64) -> String {
        if random.chance(0.03) {
            return "https://wire.example.org/story/\(eventIndex)"
        }
        let page = "https://\(host)/2025/\(slug)-\(position)"
        return random.chance(0.1) ? page + "?utm_source=rss&utm_medium=feed" : page
    }

    private static let authors = ["Jane Doe", "John Smith", "Zoë Ångström", "李雷", "O’Brien & Sons", "Ana Núñez"]
}
