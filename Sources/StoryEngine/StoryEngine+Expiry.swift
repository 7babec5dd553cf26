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
        let previousStories = stories
        stories = survivingStories
        documents = DocumentTable()
        postings = PostingLists()
        seedSlots = []
        scratch.resetDocuments()
        var newSlots: [Int: Int] = [:]
        for slot in 0..<previous.count {
            if let storyIndex = newStoryIndices[previous.storyIndex(at: slot)] {
                newSlots[slot] = insert(previous.document(at: slot), into: storyIndex)
            }
        }
        items.renumber { oldSlot in
            if let newSlot = newSlots[oldSlot] {
                return .indexed(slot: newSlot)
            }
            let story = previousStories[previous.storyIndex(at: oldSlot)]
            return .expired(itemID: previous.itemID(at: oldSlot), storyID: StoryEngine.storyID(of: story, in: previous))
        }
        storyDirectory = KeylessIndex()
        for storyIndex in stories.indices {
            storyDirectory.insert(Int32(storyIndex), for: storyID(of: storyIndex))
        }
    }
}
