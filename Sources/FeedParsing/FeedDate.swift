public import Timestamps

/// The dates feeds really carry: W3C-DTF / RFC 3339 and their ISO 8601 relatives,
/// RFC 822 and its deformations, asctime, and the localised forms feedparser
/// learnt from Greek, Hungarian and Korean feeds. Every form is tried in turn;
/// each is strict about its own shape so that junk is rejected, not guessed.
public enum FeedDate {
    public static func parse(_ text: String) -> Timestamp? {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return nil }
        let bytes = Array(trimmed.utf8)
        if let first = bytes.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            if let date = parseW3CDTF(bytes) ?? parseTruncatedISO8601(bytes) { return date }
        }
        if let date = Timestamp(rfc822: trimmed) { return date }
        return parseLocalized(trimmed)
    }
}
