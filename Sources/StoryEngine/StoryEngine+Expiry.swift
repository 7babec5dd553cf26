public import Timestamps

extension StoryEngine {
    /// Drops from the index every story whose newest member was published
    /// before `cutoff`; seed stories stay. Expired items stay known by id and
    /// URL, so fetching them again does not revive them as new stories.
    public func expire(before cutoff: Timestamp) {
        let expired = Set(stories.indices.filter { index in
            !stories[index].isKnown && stories[index].lastSeen.map { $0 < cutoff } ?? false
        })
        guard !expired.isEmpty else { return }
        for slot in 0..<documents.count where expired.contains(documents.storyIndex(at: slot)) {
            vocabulary.forgetDocument(withTerms: documents.vector(at: slot).terms)
        }
        rebuild(keepingStoriesOtherThan: expired)
    }

    /// Renumbers the surviving stories and documents and rebuilds the postings around them.
    private func rebuild(keepingStoriesOtherThan expired: Set<Int>) {
        var newStoryIndices: [Int: Int] = [:]
        var survivingStories: [StoryRecord] = []
        for (index, story) in stories.enumerated() where !expired.contains(index) {
            newStoryIndices[index] = survivingStories.count
            var emptied = story
            emptied.removeMembers()
            survivingStories.append(emptied)
        }
        let previous = documents
        stories = survivingStories
        storyIndices = Dictionary(uniqueKeysWithValues: stories.enumerated().map { ($0.element.id, $0.offset) })
        documents = DocumentTable()
        postings = PostingLists()
        seedSlots = []
        scratch.resetDocuments()
        for slot in 0..<previous.count {
            if let storyIndex = newStoryIndices[previous.storyIndex(at: slot)] {
                insert(previous.document(at: slot), into: storyIndex)
            }
        }
    }
}
