/// Reads the one Cache-Control directive the schedule uses.
public enum CacheControl {
    /// The `max-age` of a Cache-Control header (quoted values accepted, as RFC 9111 asks
    /// of recipients); nil when absent or not a number.
    public static func maxAgeSeconds(in header: String) -> Int64? {
        for directive in header.split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimming([" ", "\t"]).lowercased() == "max-age" else { continue }
            return Int64(parts[1].trimming([" ", "\t", "\""])).map { max(0, $0) }
        }
        return nil
    }
}
