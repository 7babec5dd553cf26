import Testing
@testable import StoryEngine

@Suite struct KeylessIndexTests {
    /// Every key under one hash, so each lookup has to walk past the others.
    private let keys = ["alpha", "beta", "gamma", "delta"]

    private func collidingIndex() -> KeylessIndex {
        var index = KeylessIndex(hash: { _ in 7 })
        for (value, key) in keys.enumerated() {
            index.insert(Int32(value), for: key)
        }
        return index
    }

    @Test func keysWhoseHashesCollideKeepTheirOwnValues() {
        let index = collidingIndex()
        for (value, key) in keys.enumerated() {
            #expect(index.value(for: key) { keys[Int($0)] == key } == Int32(value))
        }
        #expect(index.value(for: "epsilon") { _ in false } == nil)
        #expect(index.count == keys.count)
    }
}
