/// The 64-bit FNV-1a hash: stable across runs and processes, unlike Swift's
/// seeded `Hasher`, so shingle sketches built from it compare across restarts.
enum FNV1a {
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
