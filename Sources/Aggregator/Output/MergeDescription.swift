import Store

/// Merge reasons in words, shared by the article pages and `aggregator stories`.
enum MergeDescription {
    static func sentence(for merge: MergeRecord, outlet: String) -> String {
        let score = (merge.score * 100).rounded() / 100
        let terms = merge.sharedTerms.prefix(8).joined(separator: ", ")
        let how: String
        switch merge.method {
        case "sameItem": how = "is the same entry"
        case "sameURL": how = "links to the same article"
        case "nearCopy": how = "is a near copy of another report"
        case "seed": how = "matches a known story"
        default: how = "reports the same event"
        }
        return "\(outlet) \(how) (score \(score)\(terms.isEmpty ? "" : "; shared terms: \(terms)"))."
    }
}
