/// FNV-1a, 64 bits: the same value on every run and machine, unlike `Hasher`,
/// which is seeded per process. For file names, ids and noticing an unchanged
/// feed body; not for anything an attacker could exploit (a collision only
/// shares a name or skips one fetch).
public enum StableHash {
    public static func hex(of bytes: some Sequence<UInt8>, digits: Int = 16) -> String {
        // Feed bodies arrive as Data: hashing through its buffer rather than
        // its generic iterator is what keeps this off a cold cycle's profile.
        let hash = bytes.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(bytes)
        let full = String(hash, radix: 16)
        let padded = String(repeating: "0", count: 16 - full.count) + full
        return String(padded.prefix(digits))
    }

    public static func hex(of text: String, digits: Int = 16) -> String {
        hex(of: text.utf8, digits: digits)
    }

    private static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
