/// Words too common in English news to say anything about which event a text reports.
///
/// Contraction stems (`don`, `isn`) are listed because the tokenizer cuts a
/// word at its apostrophe; datelines' weekday names stay in, since "Tuesday"
/// narrows an event down as much as a number does.
enum StopWords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although", "always", "am",
        "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing",
        "down", "during", "each", "either", "else", "ever", "every", "few", "for", "from", "further", "get", "gets",
        "getting", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "made", "make",
        "makes", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out",
        "over", "own", "per", "put", "said", "same", "say", "says", "see", "seen", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "use", "used", "very", "via",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "new", "news",
        "mr", "mrs", "ms", "dr", "re", "ve", "ll",
        "aren", "couldn", "didn", "doesn", "don", "hadn", "hasn", "haven", "isn", "shouldn", "wasn", "weren",
        "won", "wouldn", "ain",
    ]

    /// No stop word is longer, so longer words skip the lookup.
    static let longestWord = english.map(\.utf8.count).max() ?? 0

    /// Capitalised, but no names: every event happens on some weekday of some month.
    static let calendar: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ]
}
