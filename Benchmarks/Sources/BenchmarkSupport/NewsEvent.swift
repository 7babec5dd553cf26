/// Something that happened: who, where, a figure, what kind of thing. Every
/// report of it words its headline and lead from these, differently per outlet.
struct NewsEvent {
    var people: [String]
    var place: String
    var figure: String?
    var topicWords: [String]

    /// The `index`-th event of the corpus. Names and places are drawn with a
    /// skew, so some recur across many unrelated events, as in real news.
    init(seed: UInt64, index: Int) {
        var random = SplitMix64(seed: seed ^ 0xE7E7, stream: index)
        people = (0..<Int.random(in: 1...2, using: &random)).map { _ in
            Lexicon.name(random.skewedIndex(below: 20_000))
        }
        place = random.chance(0.05)
            ? random.pick(Lexicon.international)
            : Lexicon.name(Lexicon.nameCount - 1 - random.skewedIndex(below: 3_000))
        figure = random.chance(0.4) ? Self.figure(using: &random) : nil
        topicWords = (0..<Int.random(in: 3...5, using: &random)).map { _ in random.pick(Lexicon.topics) }
    }

    private static func figure(using random: inout SplitMix64) -> String {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: "\(Int.random(in: 2...999, using: &random))"
        case 1: "\(Int.random(in: 1...99, using: &random)),\(Int.random(in: 100...999, using: &random))"
        default: "\(Int.random(in: 1...9, using: &random)).\(Int.random(in: 0...9, using: &random))"
        }
    }

    /// The terms one outlet puts in its headline: a subset, in its own order.
    func headlineTerms(using random: inout SplitMix64) -> [String] {
        var terms = Array(people.shuffled(using: &random).prefix(Int.random(in: 1...people.count, using: &random)))
        if random.chance(0.7) { terms.append(place) }
        if let figure, random.chance(0.6) { terms.append(figure) }
        terms += topicWords.shuffled(using: &random).prefix(Int.random(in: 2...topicWords.count, using: &random))
        return terms.shuffled(using: &random)
    }
}
