import Timestamps

extension StoryEngine {
    func document(for item: StoryItem) -> IndexedDocument {
        document(
            forID: item.id, source: item.source, title: item.title, text: item.text,
            published: item.published, isSeed: false
        )
    }

    /// Builds the document's vector and counts it into the document frequencies.
    func document(
        forID id: String, source: String, title: String, text: String, published: Timestamp?, isSeed: Bool
    ) -> IndexedDocument {
        let title = tokenizer.words(in: title)
        let body = tokenizer.words(in: text, limit: isSeed ? configuration.seedLeadWords : configuration.leadWords)
        let leadCount = min(body.terms.count, configuration.leadWords)
        let words = title.terms + body.terms.prefix(leadCount)
        var frequencies: [Int32: Float] = [:]
        for (position, word) in words.enumerated() {
            let weight = position < title.terms.count ? configuration.headlineWeight : 1
            frequencies[vocabulary.identifier(for: word), default: 0] += weight
        }
        vocabulary.countDocument(withTerms: Array(frequencies.keys))
        let names = (title.names(among: title.terms.count) + body.names(among: leadCount))
            .map { vocabulary.identifier(for: $0) }
        var seedVocabulary: [Int32]?
        if isSeed {
            let salient = title.terms + body.terms.prefix(configuration.seedLeadWords)
            seedVocabulary = Set(salient.map { vocabulary.identifier(for: $0) }).sorted()
        }
        if let published, newestTime.map({ published > $0 }) ?? true {
            newestTime = published
        }
        return IndexedDocument(
            itemID: id,
            source: source,
            storyIndex: -1,
            published: published,
            lastSeen: published ?? newestTime,
            vector: TermVector(frequencies: frequencies, vocabulary: vocabulary),
            // Near-copy detection ignores short documents, so they need no sketch.
            sketch: words.count >= configuration.nearCopyMinimumWords
                ? ShingleSketch(words: words, shingleLength: configuration.shingleWords, size: configuration.sketchSize)
                : .empty,
            wordCount: words.count,
            names: Set(names),
            seedVocabulary: seedVocabulary
        )
    }

    func createStory(id: String, isKnown: Bool) -> Int {
        stories.append(StoryRecord(id: id, isKnown: isKnown))
        storyIndices[id] = stories.count - 1
        return stories.count - 1
    }

    func insert(_ document: IndexedDocument, into storyIndex: Int) {
        var document = document
        document.storyIndex = storyIndex
        let slot = documents.count
        documents.append(document)
        documentTimes.append(document.published?.secondsSince1970 ?? StoryEngine.undated)
        documentSources.append(internedSource(document.source))
        if document.isSeed {
            seedSlots.append(slot)
        }
        index(document.vector, at: slot)
        let firstMember = stories[storyIndex].members.first.map { documents[$0].vector }
        stories[storyIndex].add(member: slot, vector: document.vector, firstMemberVector: firstMember, seenAt: document.lastSeen)
    }

    /// A small number per source name, or -1 for none (an unnamed source is never "the same" as another).
    func sourceID(_ source: String) -> Int32 {
        source.isEmpty ? -1 : sourceIDs[source] ?? -2
    }

    private func internedSource(_ source: String) -> Int32 {
        guard !source.isEmpty else { return -1 }
        if let known = sourceIDs[source] {
            return known
        }
        let identifier = Int32(sourceIDs.count)
        sourceIDs[source] = identifier
        return identifier
    }

    private func index(_ vector: TermVector, at slot: Int) {
        if postings.count < vocabulary.count {
            postings.append(contentsOf: repeatElement([], count: vocabulary.count - postings.count))
        }
        for index in vector.terms.indices {
            postings[Int(vector.terms[index])].append(Posting(slot: Int32(slot), weight: vector.weights[index]))
        }
    }
}
