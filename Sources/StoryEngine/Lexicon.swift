/// What each distinct folded word comes to: nothing for a stop word or a
/// single letter, else its stem's term and whether it names a weekday or
/// month. Worked out once per word, so the stop-word sets and the stemmer see
/// a word only the first time it occurs.
struct Lexicon {
    struct Entry {
        var term: Int32
        var isCalendar: Bool
    }

    private var words = WordTable()
    private var entries: [Entry?] = []

    mutating func entry(for word: UnsafeBufferPointer<UInt8>, vocabulary: inout Vocabulary) -> Entry? {
        let (identifier, isNew) = words.identifier(for: word)
        if isNew {
            entries.append(Lexicon.makeEntry(for: word, vocabulary: &vocabulary))
        }
        return entries[Int(identifier)]
    }

    private static func makeEntry(for word: UnsafeBufferPointer<UInt8>, vocabulary: inout Vocabulary) -> Entry? {
        guard word.count > 1 else { return nil }
        let text = String(decoding: word, as: UTF8.self)
        guard word.count > StopWords.longestWord || !StopWords.english.contains(text) else { return nil }
        var stem = Array(word)
        LightStemmer.stem(&stem)
        return Entry(term: vocabulary.identifier(for: stem), isCalendar: StopWords.calendar.contains(text))
    }
}
