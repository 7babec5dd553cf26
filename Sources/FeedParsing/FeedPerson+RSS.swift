extension FeedPerson {
    /// RSS `<author>` holds `email (Name)` by the spec, and `Name <email>`,
    /// a bare address or a bare name in practice.
    init?(rssAuthor text: String) {
        let value = text.trimmed
        guard !value.isEmpty else { return nil }
        if let open = value.firstIndex(of: "("), value.hasSuffix(")") {
            let email = value[..<open].trimmed
            let name = value[value.index(after: open)..<value.index(before: value.endIndex)].trimmed
            self.init(name: name.isEmpty ? nil : name, email: email.contains("@") ? email : nil)
            if self.email == nil, !email.isEmpty { self.name = value }
            return
        }
        if let open = value.firstIndex(of: "<"), value.hasSuffix(">") {
            let name = value[..<open].trimmed
            let email = value[value.index(after: open)..<value.index(before: value.endIndex)].trimmed
            self.init(name: name.isEmpty ? nil : name, email: email.isEmpty ? nil : email)
            return
        }
        if value.contains("@"), !value.contains(" ") {
            self.init(email: value)
            return
        }
        self.init(name: value)
    }
}
