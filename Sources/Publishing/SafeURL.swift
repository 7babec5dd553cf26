// libxml2 exposes its deallocator `xmlFree` as a mutable global function pointer,
// which Swift 6 flags; it is set when the library loads and never reassigned here.
@preconcurrency internal import CLibXML2

/// Which URLs a sanitised fragment may keep: web links, and images inlined as
/// `data:` (never `javascript:`, `vbscript:`, other `data:` or local files).
enum SafeURL {
    enum Use {
        case link, media, image, citation
    }

    /// The URL to write, or nil when the attribute must go. Relative references are
    /// resolved against `base` when there is one (so they still work in a reader);
    /// an empty one stays empty (it names the page itself, which is harmless).
    static func resolve(_ raw: String, against base: String?, for use: Use) -> String? {
        let trimmed = URIText.trimmedControls(raw)
        guard !trimmed.isEmpty else { return "" }
        if let scheme = scheme(of: trimmed) {
            return isAllowed(scheme: scheme, url: trimmed, for: use) ? URIText.cleaned(trimmed) : nil
        }
        let relative = URIText.cleaned(trimmed)
        guard let base else { return relative }
        guard let absolute = build(relative, base: base), let scheme = scheme(of: absolute),
              isAllowed(scheme: scheme, url: absolute, for: use)
        else { return nil }
        return absolute
    }

    /// The lowercased scheme, when the text starts with one (RFC 3986: a letter,
    /// then letters, digits, `+`, `-`, `.`, then a colon).
    static func scheme(of url: String) -> String? {
        var url = url
        return url.withUTF8 { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
            let scheme = UnsafeBufferPointer(rebasing: bytes[..<colon])
            guard isLetter(scheme[0]), scheme.allSatisfy({ isLetter($0) || isOtherSchemeCharacter($0) }) else { return nil }
            let uppercase = UInt8(ascii: "A")...UInt8(ascii: "Z")
            // Written straight into the string: a scheme is short enough to need no allocation.
            return String(unsafeUninitializedCapacity: scheme.count) { lowercased in
                for (offset, byte) in scheme.enumerated() { lowercased[offset] = uppercase.contains(byte) ? byte | 0x20 : byte }
                return scheme.count
            }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isOtherSchemeCharacter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    private static let inlineImageTypes = ["image/png", "image/gif", "image/jpeg", "image/jpg", "image/webp", "image/avif"]

    private static func isAllowed(scheme: String, url: String, for use: Use) -> Bool {
        switch scheme {
        case "http", "https":
            return true
        case "mailto":
            return use == .link
        case "data":
            // SVG is left out: an SVG opened on its own (not through <img>) runs scripts.
            let type = url.dropFirst(5).prefix { $0 != ";" && $0 != "," }.lowercased()
            return use == .image && inlineImageTypes.contains(type)
        default:
            return false
        }
    }

    private static func build(_ relative: String, base: String) -> String? {
        guard let built = xmlBuildURI(relative, base) else { return nil }
        defer { xmlFree(built) }
        return String(cString: built)
    }
}
