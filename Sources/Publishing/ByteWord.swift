/// Tests on eight bytes at once, loaded as one `UInt64` (the bit tricks of "Bit
/// Twiddling Hacks"): scans over text let a word of ordinary bytes pass with one
/// test instead of eight.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` of `base`, at any alignment.
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether a byte of `word` is below `limit` (at most 0x80).
    static func containsByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    static func containsByte(_ byte: UInt8, in word: UInt64) -> Bool {
        containsByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }
}
