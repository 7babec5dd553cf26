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
        let title = tokenizer.words(in: title, vocabulary: &vocabulary)
        let body = tokenizer.words(
            in: text, limit: isSeed ? configuration.seedLeadWords : configuration.leadWords, vocabulary: &vocabulary
        )
        let leadCount = min(body.terms.count, configuration.leadWords)
        let words = title.terms + body.terms.prefix(leadCount)
        for (position, word) in words.enumerated() {
            termCounter.add(word, weight: position < title.terms.count ? configuration.headlineWeight : 1)
        }
        let (terms, frequencies) = termCounter.drain()
        vocabulary.countDocument(withTerms: terms)
        let names = StoryEngine.distinct(title.names(among: title.terms.count) + body.names(among: leadCount))
        let figures = StoryEngine.distinct(title.figures(among: title.terms.count) + body.figures(among: leadCount))
        let seedVocabulary = isSeed
            ? StoryEngine.distinct(title.terms + body.terms.prefix(configuration.seedLeadWords))
            : nil
        return IndexedDocument(
            itemID: id,
            source: internedSource(source),
            published: published,
            vector: TermVector(terms: terms, frequencies: frequencies, vocabulary: vocabulary),
            // Near-copy detection ignores short documents, so they need no sketch.
            sketch: words.count >= configuration.nearCopyMinimumWords
                ? ShingleSketch(
                    wordHashes: words.map(vocabulary.wordHash), shingleLength: configuration.shingleWords,
                    size: configuration.sketchSize
                )
                : .empty,
            wordCount: words.count,
            names: names[...],
            figures: figures[...],
            seedVocabulary: seedVocabulary
        )
    }

    /// Starts a story whose first member will be the item `firstMemberID`.
    func createStory(id: String, isKnown: Bool, firstMemberID: String) -> Int {
        let storyIndex = stories.count
        stories.append(StoryRecord(explicitID: id == firstMemberID ? nil : id, isKnown: isKnown))
        storyDirectory.insert(Int32(storyIndex), for: id)
        return storyIndex
    }

    /// Adds `document` to the index as a member of the story; returns its slot.
    @discardableResult
    func insert(_ document: IndexedDocument, into storyIndex: Int) -> Int {
        let slot = documents.count
        documents.append(document, storyIndex: storyIndex)
        if document.seedVocabulary != nil {
            seedSlots.append(slot)
        }
        index(document.vector, at: slot)
        if stories[storyIndex].memberCount > 0 {
            documents.chain(slot, after: stories[storyIndex].lastMember)
        }
        stories[storyIndex].add(member: slot)
        return slot
    }

    /// `terms` ascending, each once.
    private static func distinct(_ terms: [Int32]) -> [Int32] {
        var sorted = terms.sorted()
        var kept = 0
        for term in sorted where kept == 0 || sorted[kept - 1] != term {
            sorted[kept] = term
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// A small number per source name, or -1 for none.
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
        let limit = retiredPostingLimit
        for index in vector.terms.indices {
            postings.append(
                Posting(slot: Int32(slot), weight: vector.weights[index]), to: vector.terms[index], retiringBeyond: limit
            )
        }
    }
}
