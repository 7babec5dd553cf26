/// FNV-1a, 64 bits: the same value on every run and machine, unlike `Hasher`,
/// which is seeded per process. For file names, ids, entry keys, shingle
/// sketches and noticing an unchanged feed body; not for anything an attacker
/// could exploit (a collision only shares a name or skips one fetch).
///
/// Inlinable: the story engine hashes every word it reads, and a call across
/// modules would otherwise go through the generic entry point byte by byte.
public enum StableHash {
    @inlinable
    public static func value(of bytes: some Sequence<UInt8>) -> UInt64 {
        // Feed bodies arrive as Data: hashing through its buffer rather than
        // its generic iterator is what keeps this off a cold cycle's profile.
        bytes.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(bytes)
    }

    /// The value as `digits` lowercase hex digits (at most 16), zero-padded from the left.
    @inlinable
    public static func hex(of bytes: some Sequence<UInt8>, digits: Int = 16) -> String {
        let full = String(value(of: bytes), radix: 16)
        let padded = String(repeating: "0", count: 16 - full.count) + full
        return String(padded.prefix(digits))
    }

    @inlinable
    public static func hex(of text: String, digits: Int = 16) -> String {
        hex(of: text.utf8, digits: digits)
    }

    @inlinable
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
