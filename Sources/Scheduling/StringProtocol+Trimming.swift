extension StringProtocol {
    /// The text without the given characters at either end (header values come padded with
    /// blanks, and some servers quote numbers).
    func trimming(_ characters: Set<Character>) -> String {
        guard let first = firstIndex(where: { !characters.contains($0) }),
              let last = lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
