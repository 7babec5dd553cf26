extension StoryEngine {
    /// Loads the seed corpus: each seed joins the known story it reports, or
    /// founds one named "seed:<file name>"; seeds are taken in file-name order,
    /// so the first name of a group names its story.
    ///
    /// Call before restoring or assigning items; seeds never expire.
    public func addSeeds(_ seeds: [SeedArticle]) {
        for seed in seeds.sorted(by: { $0.fileName < $1.fileName }) {
            let document = document(
                forID: seed.fileName, source: "", title: seed.title, text: seed.text,
                published: seed.published, isSeed: true
            )
            let match = bestMatch(for: document, amongKnownStoriesOnly: true)
            let storyIndex = match?.storyIndex
                ?? createStory(id: StoryEngine.seedStoryPrefix + seed.fileName, isKnown: true, firstMemberID: seed.fileName)
            insert(document, into: storyIndex)
        }
    }
}
