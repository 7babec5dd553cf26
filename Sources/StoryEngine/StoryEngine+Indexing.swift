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
        let titleWords = tokenizer.words(in: title)
        let textWords = tokenizer.words(in: text)
        let lead = textWords.prefix(configuration.leadWords)
        var frequencies: [Int32: Float] = [:]
        for word in titleWords {
            frequencies[vocabulary.identifier(for: word), default: 0] += configuration.headlineWeight
        }
        for word in lead {
            frequencies[vocabulary.identifier(for: word), default: 0] += 1
        }
        vocabulary.countDocument(withTerms: Array(frequencies.keys))
        var seedVocabulary: [Int32]?
        if isSeed {
            let salient = titleWords + textWords.prefix(configuration.seedLeadWords)
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
            simHash: SimHash(words: titleWords + lead, shingleLength: configuration.shingleWords),
            wordCount: titleWords.count + lead.count,
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
