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
    private var table = WordTable()
    private var documentFrequencies: [Int32] = []
    private(set) var documentCount = 0
    /// Documents assumed to exist before the first one, none of them using any
    /// term: with a handful of documents every word would otherwise look common.
    let priorDocumentCount: Int

    init(priorDocumentCount: Int) {
        self.priorDocumentCount = priorDocumentCount
    }

    var count: Int { table.count }

    /// The identifier of the term spelled by the folded UTF-8 `bytes`; a new term gets the next one.
    mutating func identifier(for bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { identifier(for: $0) }
    }

    mutating func identifier(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (identifier, isNew) = table.identifier(for: bytes)
        if isNew {
            documentFrequencies.append(0)
        }
        return identifier
    }

    func term(_ identifier: Int32) -> String {
        table.word(identifier)
    }

    /// The FNV-1a hash of the term's bytes, what shingles are made of.
    func wordHash(of identifier: Int32) -> UInt64 {
        table.hash(of: identifier)
    }

    mutating func countDocument(withTerms termIDs: some Sequence<Int32>) {
        documentCount += 1
        for term in termIDs {
            documentFrequencies[Int(term)] += 1
        }
    }

    /// Smoothed inverse document frequency: 1 for a term in every document, growing as the term gets rarer.
    func inverseDocumentFrequency(of term: Int32) -> Float {
        let documents = Float(documentCount + priorDocumentCount + 1)
        return logf(documents / Float(documentFrequencies[Int(term)] + 1)) + 1
    }
}
