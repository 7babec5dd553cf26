/// Lowercase ASCII spellings of letters, for file names that survive every file
/// system and URL: Latin letters lose their accents, anything else is a separator.
enum ASCIIFolding {
    /// Appends the ASCII letters or digits standing for the scalar to `bytes`;
    /// false, appending nothing, for a separator.
    static func fold(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9":
            bytes.append(UInt8(scalar.value))
        case "A"..."Z":
            bytes.append(UInt8(scalar.value) + (UInt8(ascii: "a") - UInt8(ascii: "A")))
        default:
            // Spaces and punctuation part every title's words: no table lookup for them.
            guard !scalar.isASCII, let letters = latin[scalar] else { return false }
            bytes.append(contentsOf: letters.utf8)
        }
        return true
    }

    private static let latin: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđðĎĐÐ"),
            ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"), ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦ"), ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"),
            ("j", "ĵĴ"), ("k", "ķĶ"), ("l", "ĺļľŀłĹĻĽĿŁ"), ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"),
            ("r", "ŕŗřŔŖŘ"), ("s", "śŝşšșŚŜŞŠȘ"), ("t", "ţťŧțŢŤŦȚ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"),
            ("w", "ŵŴ"), ("y", "ýÿŷÝŸŶ"), ("z", "źżžŹŻŽ"), ("ss", "ß"), ("ae", "æÆ"), ("oe", "œŒ"),
            ("th", "þÞ"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (ascii, letters) in groups {
            for letter in letters.unicodeScalars { table[letter] = ascii }
        }
        return table
    }()
}
