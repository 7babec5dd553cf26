/// A map from packed names to values, looked up with one multiplication and
/// usually one comparison: it is consulted for every tag and attribute of every
/// fragment, where hashing a `String` key dominated the sanitiser's own cost.
struct HTMLNameTable<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private let shift: UInt64

    init(_ entries: [(HTMLName, Value)]) {
        var bits: UInt64 = 4
        // At most a quarter full, so a miss ends at an empty slot almost at once.
        while (1 << bits) < entries.count * 4 { bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: 0, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        for (name, value) in entries {
            precondition(name.isPacked, "a table's names must be short enough to pack")
            var slot = slot(of: name)
            while keys[slot] != 0 && keys[slot] != name.packed { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = name.packed
            values[slot] = value
        }
    }

    subscript(name: HTMLName) -> Value? {
        var slot = slot(of: name)
        while true {
            let key = keys[slot]
            if key == 0 { return nil }
            if key == name.packed { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    private func slot(of name: HTMLName) -> Int {
        Int(truncatingIfNeeded: (name.packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

extension HTMLNameTable: Sendable where Value: Sendable {}
