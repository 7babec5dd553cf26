#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Term identities and the online document frequencies behind every weight.
///
/// Frequencies follow the documents the index holds (seeds included, expired
/// items taken out again), so a restart that restores the store sees the same
/// weights as the process that wrote it.
struct Vocabulary {
    private var identifiers: [String: Int32] = [:]
    private(set) var terms: [String] = []
    private var documentFrequencies: [Int32] = []
    private(set) var documentCount = 0
    /// Documents assumed to exist before the first one, none of them using any
    /// term: with a handful of documents every word would otherwise look common.
    let priorDocumentCount: Int

    init(priorDocumentCount: Int) {
        self.priorDocumentCount = priorDocumentCount
    }

    var count: Int { terms.count }

    mutating func identifier(for term: String) -> Int32 {
        if let known = identifiers[term] {
            return known
        }
        let identifier = Int32(terms.count)
        identifiers[term] = identifier
        terms.append(term)
        documentFrequencies.append(0)
        return identifier
    }

    mutating func countDocument(withTerms termIDs: [Int32]) {
        documentCount += 1
        for term in termIDs {
            documentFrequencies[Int(term)] += 1
        }
    }

    mutating func forgetDocument(withTerms termIDs: [Int32]) {
        documentCount -= 1
        for term in termIDs {
            documentFrequencies[Int(term)] -= 1
        }
    }

    /// Smoothed inverse document frequency: 1 for a term in every document, growing as the term gets rarer.
    func inverseDocumentFrequency(of term: Int32) -> Float {
        let documents = Float(documentCount + priorDocumentCount + 1)
        return logf(documents / Float(documentFrequencies[Int(term)] + 1)) + 1
    }
}
