/// Every item the engine has seen, found by its id or by its canonical URL:
/// where its document sits while its story is in the index, and which story
/// it joined once that story expired, so an old entry fetched again is
/// recognised instead of coming back as a new story.
///
/// Item ids are not copied here: the document table holds those of indexed
/// items, and only expired items keep theirs as strings.
struct ItemDirectory {
    enum Location: Equatable {
        case indexed(slot: Int)
        case expired(itemID: String, storyID: String)
    }

    /// A slot, or `-1 - n` for the n-th of `expiredItems`.
    private var codesByID = KeylessIndex()
    /// The first item that carried each canonical URL, by the URL's hash. The
    /// URL's text would be a second copy of every link; its hash is seeded
    /// per process, so a collision (odds near n²/2⁶⁵) is no more likely for a
    /// URL a feed made up on purpose.
    private var codesByURL: [Int: Int32] = [:]
    private var expiredItems: [(itemID: String, storyID: String)] = []

    func location(ofItem id: String, in documents: DocumentTable) -> Location? {
        let code = codesByID.value(for: id) { code in
            code >= 0 ? documents.itemID(at: Int(code), equals: id) : expiredItems[expiredIndex(code)].itemID == id
        }
        return code.map(location)
    }

    func location(ofURL hash: Int) -> Location? {
        codesByURL[hash].map(location)
    }

    /// Records a new item; `urlHash` is kept only if no earlier item carried that URL.
    mutating func add(item id: String, urlHash: Int?, at location: Location) {
        let code = Self.code(for: location, expiredItems: &expiredItems)
        codesByID.insert(code, for: id)
        if let urlHash, codesByURL[urlHash] == nil {
            codesByURL[urlHash] = code
        }
    }

    /// Follows a rebuilt document table: `relocate` says where the document
    /// in an old slot went, and is asked once per slot.
    mutating func renumber(_ relocate: (_ oldSlot: Int) -> Location) {
        var expired = expiredItems
        var renumberedSlots: [Int32: Int32] = [:]
        func renumbered(_ code: Int32) -> Int32 {
            guard code >= 0 else { return code }
            if let known = renumberedSlots[code] {
                return known
            }
            let new = Self.code(for: relocate(Int(code)), expiredItems: &expired)
            renumberedSlots[code] = new
            return new
        }
        codesByID.remapValues(renumbered)
        codesByURL = codesByURL.mapValues(renumbered)
        expiredItems = expired
    }

    private static func code(for location: Location, expiredItems: inout [(itemID: String, storyID: String)]) -> Int32 {
        switch location {
        case .indexed(let slot):
            return Int32(slot)
        case .expired(let itemID, let storyID):
            expiredItems.append((itemID, storyID))
            return -Int32(expiredItems.count)
        }
    }

    private func location(_ code: Int32) -> Location {
        guard code < 0 else { return .indexed(slot: Int(code)) }
        let item = expiredItems[expiredIndex(code)]
        return .expired(itemID: item.itemID, storyID: item.storyID)
    }

    private func expiredIndex(_ code: Int32) -> Int { Int(-code) - 1 }
}
