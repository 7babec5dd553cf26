/// A map from strings to small integers that keeps no copy of the strings.
///
/// Its owner holds every key already (an item's id in the document table, a
/// story's id in its record), so the index stores a seeded hash of each key
/// and asks the owner, through `matches`, whether a value found under that
/// hash belongs to the key looked up. A key whose hash is taken moves on to
/// the next hash, as in linear probing; nothing is ever removed, so no probe
/// sequence is broken.
struct KeylessIndex {
    private var values: [Int: Int32] = [:]
    private let hash: (String) -> Int

    /// - Parameter hash: `hashValue` by default; tests pass one that collides.
    init(hash: @escaping (String) -> Int = { $0.hashValue }) {
        self.hash = hash
    }

    var count: Int { values.count }

    func value(for key: String, matches: (Int32) -> Bool) -> Int32? {
        var probe = hash(key)
        while let value = values[probe] {
            if matches(value) {
                return value
            }
            probe &+= 1
        }
        return nil
    }

    /// Adds `value` under `key`, which the index must not hold yet.
    mutating func insert(_ value: Int32, for key: String) {
        var probe = hash(key)
        while values[probe] != nil {
            probe &+= 1
        }
        values[probe] = value
    }
}
