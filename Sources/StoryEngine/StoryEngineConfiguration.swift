/// How the engine weighs words and decides that two reports tell the same event.
///
/// The defaults are the one setting used for every kind of input (headlines
/// alone, a lead paragraph, whole articles; dated or not): they were chosen on
/// the development halves of all four evaluation sets together, not per set.
public struct StoryEngineConfiguration: Sendable {
    /// How much more a headline word counts than a word of the text.
    public var headlineWeight: Float = 3
    /// Words of the text read after the headline; the lead says what happened,
    /// later paragraphs drift into background shared with other events.
    public var leadWords = 80
    /// Words of an item's text that hold its lead, stop words included: five
    /// for every lead word, where news prose needs at most 2.2 (the labelled
    /// sets) and text made mostly of stop words 3.4. Callers need not extract
    /// more of a long body than this.
    public var leadTextWords: Int { 5 * leadWords }
    /// Seeds are long articles matched against short items: this many of their
    /// first words form the vocabulary a short item must be covered by.
    public var seedLeadWords = 150
    /// Imagined earlier documents that use none of the words, so that the first
    /// few documents do not make every word look common.
    public var priorDocumentCount = 500

    /// Two dated reports further apart than this are never the same event.
    public var timeWindowSeconds: Int64 = 2 * 86_400
    /// Added to the similarity of two dated reports published together, and
    /// halved for every `timeProximityHalfLifeSeconds` between them: closeness
    /// in time is evidence too.
    public var timeProximityBonus: Float = 0.2
    /// Outlets cover an event within hours of each other, so the bonus fades
    /// over hours; a report a day later has to match on its words alone (the
    /// window still bounds how far apart two reports may be at all).
    public var timeProximityHalfLifeSeconds: Float = 5_400
    /// The similarity (after the time bonus) a story needs for an item to join it.
    public var joinThreshold: Float = 0.30
    /// A story is judged by its nearest member and by the mean of its best
    /// `supportingMembers` members (members that did not come up count as
    /// zero), so a small story must resemble the item as a whole. At most 4.
    public var supportingMembers = 4
    /// The share of the nearest member in that judgement; the rest is the mean.
    public var nearestMemberShare: Float = 0.5
    /// The item must also resemble the story's centroid (plus the time bonus)
    /// this much: a stray member of a big story cannot pull in a new topic.
    public var centroidGate: Float = 0.25

    /// A shared word is rare when its IDF reaches this.
    public var rareTermIDF: Float = 3
    /// Rare shared words needed to merge, unless one of them is very rare.
    public var rareTermsRequired = 2
    /// One shared word this rare (a name, a number) is enough for the guard.
    public var veryRareTermIDF: Float = 5

    /// Two documents naming at least this many names each, none of them
    /// mentioned by the other, are different events (0 turns the check off).
    public var namesForConflict = 3
    /// Two documents giving at least this many figures each (numbers of two
    /// digits or more: tolls, amounts, scores), none of them found in the
    /// other, are different events: two months' jobs reports, two quakes'
    /// tolls (0 turns the check off).
    public var figuresForConflict = 2

    /// How a short item's coverage by a seed's vocabulary (0...1) converts to a similarity.
    public var seedCoverageScale: Float = 0.5

    /// Words per shingle for near-copy detection.
    public var shingleWords = 3
    /// Shingle hashes kept per document (bottom-k MinHash).
    public var sketchSize = 16
    /// Estimated Jaccard resemblance of the shingle sets from which two documents are near-copies.
    public var nearCopyResemblance: Float = 0.7
    /// Near-copy detection needs this many words on both sides; headlines alone collide.
    public var nearCopyMinimumWords = 12

    /// Rare query terms (the heaviest first) whose postings are read to find candidates.
    public var candidateTerms = 12
    /// Postings longer than documents / this divisor (and than the floor) are
    /// too common to find candidates by: they would cost more than they find.
    public var candidatePostingsDivisor = 200
    /// Posting lengths below this are always read, however small the index.
    public var candidatePostingsFloor = 256
    /// Weight on rare shared terms a document needs to be scored in full.
    public var candidateFloor: Float = 0.05
    /// Candidates scored in full, the best by that partial weight first.
    public var candidateLimit = 16

    /// Shared words listed in a merge reason.
    public var reasonTermCount = 8

    public init() {}
}
