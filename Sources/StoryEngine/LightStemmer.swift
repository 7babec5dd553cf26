/// Harman's "S" stemmer: folds plurals onto their singular and nothing more.
///
/// Stronger stemmers (Porter) conflate words that news keeps apart ("policy"
/// and "police", "general" and "generous"); plurals are the variation that
/// actually splits two reports of one event. Works on the folded UTF-8 bytes
/// so that a word becomes a `String` only once.
enum LightStemmer {
    static func stem(_ word: inout [UInt8]) {
        let count = word.count
        guard count > 3, word[count - 1] == s else { return }
        let second = word[count - 2]
        let third = word[count - 3]
        if count > 4, third == i, second == e, word[count - 4] != e, word[count - 4] != a {
            word.removeLast(3)
            word.append(y)
        } else if second == e, third != a, third != e, third != o {
            word.removeLast()
        } else if second != s, second != u, second != i {
            word.removeLast()
        }
    }

    private static let s = UInt8(ascii: "s")
    private static let e = UInt8(ascii: "e")
    private static let i = UInt8(ascii: "i")
    private static let a = UInt8(ascii: "a")
    private static let o = UInt8(ascii: "o")
    private static let u = UInt8(ascii: "u")
    private static let y = UInt8(ascii: "y")
}
