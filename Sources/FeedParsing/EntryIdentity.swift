import StableHashing
import Timestamps

/// Gives every entry of a feed its `key`: the guid/id, else the link, else a
/// hash of title and date. When a feed repeats an id (a CMS that gives every
/// item the same guid), ids cannot tell its entries apart, so the whole feed
/// falls back to links, and to hashes if links repeat too.
enum EntryIdentity {
    static func assignKeys(to entries: inout [ParsedEntry], sawBlankID: Bool) -> String? {
        var note: String?
        if sawBlankID { note = "some entries have a blank guid/id; they are identified by link or hash" }
        var strategy = Strategy.id
        let ids = entries.compactMap(\.id)
        if hasRepeats(ids) {
            strategy = hasRepeats(entries.compactMap(\.link)) ? .hash : .link
            note = strategy == .link
                ? "entries repeat the same guid/id; the feed's entries are identified by link"
                : "entries repeat the same guid/id and link; the feed's entries are identified by a hash of title and date"
        }
        if strategy == .id, ids.count == entries.count {
            // Every entry has an id and no two share one: the ids are the keys, already distinct.
            for index in entries.indices { entries[index].key = ids[index] }
            return note
        }
        var seen: [String: Int] = [:]
        for index in entries.indices {
            var key = strategy.key(for: entries[index])
            let count = seen[key, default: 0] + 1
            seen[key] = count
            // Identical entries in one document still need distinct keys.
            if count > 1 { key += "#\(count)" }
            entries[index].key = key
        }
        return note
    }

    private enum Strategy {
        case id, link, hash

        func key(for entry: ParsedEntry) -> String {
            switch self {
            case .id: return entry.id ?? entry.link ?? EntryIdentity.hashKey(entry)
            case .link: return entry.link ?? EntryIdentity.hashKey(entry)
            case .hash: return EntryIdentity.hashKey(entry)
            }
        }
    }

    private static func hasRepeats(_ values: [String]) -> Bool {
        Set(values).count != values.count
    }

    /// Stable across runs and machines, since stored items are found by their key.
    static func hashKey(_ entry: ParsedEntry) -> String {
        let date = (entry.published ?? entry.updated).map { String($0.secondsSince1970) } ?? ""
        let material = (entry.title ?? "") + "\u{1F}" + date + "\u{1F}" + (entry.title == nil ? entry.summary ?? "" : "")
        return "hash:" + StableHash.hex(of: material)
    }
}
