extension StringProtocol where SubSequence == Substring {
    /// The text without the white space `Character`s at either end.
    func trimmingWhitespace() -> String {
        let text: Substring = self[...]
        if let bounds = WhitespaceTrimming.asciiBounds(of: text.utf8) {
            return String(text[bounds])
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
