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
        let titleText = tokenizer.words(in: title)
        let bodyText = tokenizer.words(in: text)
        let leadCount = min(bodyText.terms.count, configuration.leadWords)
        var frequencies: [Int32: Float] = [:]
        for (index, word) in titleText.terms.enumerated() {
            let nameFactor = titleText.isName(at: index) ? configuration.nameWeight : 1
            frequencies[vocabulary.identifier(for: word), default: 0] += configuration.headlineWeight * nameFactor
        }
        for (index, word) in bodyText.terms.prefix(leadCount).enumerated() {
            frequencies[vocabulary.identifier(for: word), default: 0] += bodyText.isName(at: index) ? configuration.nameWeight : 1
        }
        vocabulary.countDocument(withTerms: Array(frequencies.keys))
        var seedVocabulary: [Int32]?
        if isSeed {
            let salient = titleText.terms + bodyText.terms.prefix(configuration.seedLeadWords)
            seedVocabulary = Set(salient.map { vocabulary.identifier(for: $0) }).sorted()
        }
        let words = titleText.terms + bodyText.terms.prefix(leadCount)
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
            simHash: SimHash(words: words, shingleLength: configuration.shingleWords),
            wordCount: words.count,
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
        index(document.vector, at: slot)
        stories[storyIndex].add(member: slot, vector: document.vector, seenAt: document.lastSeen)
    }

    func index(_ vector: TermVector, at slot: Int) {
        if postings.count < vocabulary.count {
            postings.append(contentsOf: repeatElement([], count: vocabulary.count - postings.count))
        }
        for term in vector.terms {
            postings[Int(term)].append(Int32(slot))
        }
    }
}
