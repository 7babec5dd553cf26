/// Every item in the index, found by its id or by its canonical URL: the slot
/// of its document.
///
/// Item ids are not copied here: the document table holds them.
struct ItemDirectory {
    private var slotsByID = KeylessIndex()
    /// The first item that carried each canonical URL, by the URL's hash. The
    /// URL's text would be a second copy of every link; its hash is seeded
    /// per process, so a collision (odds near n²/2⁶⁵) is no more likely for a
    /// URL a feed made up on purpose.
    private var slotsByURL: [Int: Int32] = [:]

    func slot(ofItem id: String, in documents: DocumentTable) -> Int? {
        slotsByID.value(for: id) { documents.itemID(at: Int($0), equals: id) }.map(Int.init)
    }

    func slot(ofURL hash: Int) -> Int? {
        slotsByURL[hash].map(Int.init)
    }

    /// Records a new item; `urlHash` is kept only if no earlier item carried that URL.
    mutating func add(item id: String, urlHash: Int?, at slot: Int) {
        slotsByID.insert(Int32(slot), for: id)
        if let urlHash, slotsByURL[urlHash] == nil {
            slotsByURL[urlHash] = Int32(slot)
        }
    }
}
