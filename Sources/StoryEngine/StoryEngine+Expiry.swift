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
        for document in documents where expired.contains(document.storyIndex) {
            vocabulary.forgetDocument(withTerms: document.vector.terms)
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
        let survivingDocuments = documents.filter { !expired.contains($0.storyIndex) }
        stories = survivingStories
        storyIndices = Dictionary(uniqueKeysWithValues: stories.enumerated().map { ($0.element.id, $0.offset) })
        documents = []
        postings = []
        origins = []
        coarseTimes = []
        seedSlots = []
        scratch.resetDocuments()
        for var document in survivingDocuments {
            let storyIndex = newStoryIndices[document.storyIndex] ?? document.storyIndex
            document.storyIndex = -1
            insert(document, into: storyIndex)
        }
    }
}
