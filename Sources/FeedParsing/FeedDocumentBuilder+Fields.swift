import Timestamps

extension FeedDocumentBuilder {
    func readEntryField(_ frame: Frame, _ value: FieldValue) {
        guard entry != nil else { return }
        let text = value.text
        switch (frame.namespace, frame.element) {
        case (.none, .title), (.rss10, .title), (.rss090, .title):
            entry?.entry.title = text
        case (.atom10, .title), (.atom03, .title):
            entry?.entry.title = FeedDocumentBuilder.decodedIfBase64(text, frame)
        case (.dc, .title), (.media, .title), (.itunes, .title):
            if entry?.entry.title == nil { entry?.entry.title = text?.nonBlank }
        case (.none, .link), (.rss10, .link), (.rss090, .link):
            if let text = text?.nonBlank { entry?.entry.link = URIResolver.resolve(text, against: frame.base) }
        case (.atom10, .link), (.atom03, .link):
            readEntryLink(frame)
        case (.none, .guid), (.rss10, .guid):
            entry?.guid = text?.nonBlank
            if text?.nonBlank == nil { sawBlankGuid = true }
            entry?.guidIsPermaLink = frame.attributes.value(of: "isPermaLink")?.trimmed.lowercased() ?? "true" == "true"
        case (.atom10, .id), (.atom03, .id):
            // Like a guid, an Atom id stands in for a missing alternate link (feedparser does the same).
            entry?.guid = text?.nonBlank
            entry?.guidIsPermaLink = true
            if text?.nonBlank == nil { sawBlankGuid = true }
        case (.none, .description), (.rss10, .description), (.rss090, .description):
            entry?.entry.summary = text
            entry?.summaryIsHTML = true
        case (.atom10, .summary), (.atom03, .summary):
            entry?.entry.summary = FeedDocumentBuilder.decodedIfBase64(text, frame)
            entry?.summaryIsHTML = value.hasMarkup || FeedDocumentBuilder.isHTML(frame)
        case (.content, .encoded), (.xhtml, .body):
            entry?.entry.content = text
            entry?.contentIsHTML = true
        case (.atom10, .content), (.atom03, .content):
            entry?.entry.content = frame.attributes.value(of: "src") == nil ? FeedDocumentBuilder.decodedIfBase64(text, frame) : ""
            entry?.contentIsHTML = value.hasMarkup || FeedDocumentBuilder.isHTML(frame)
        case (.itunes, .summary), (.dc, .description), (.media, .description):
            if entry?.entry.summary == nil { entry?.entry.summary = text }
        case (.none, .pubDate), (.rss10, .pubDate), (.atom10, .published), (.atom03, .issued), (.dcterms, .issued):
            if entry?.entry.published == nil { entry?.entry.published = text.flatMap(FeedDate.parse) }
        case (.atom10, .updated), (.atom03, .modified), (.atom03, .updated), (.dc, .date), (.dcterms, .modified),
             (.none, .lastBuildDate):
            if entry?.entry.updated == nil { entry?.entry.updated = text.flatMap(FeedDate.parse) }
        case (.none, .author), (.rss10, .author):
            if let person = text.flatMap(FeedPerson.init(rssAuthor:)) { entry?.entry.people.append(person) }
        case (.dc, .creator), (.dc, .contributor), (.itunes, .author):
            if let name = text?.nonBlank { entry?.entry.people.append(FeedPerson(name: name)) }
        case (.none, .category), (.rss10, .category), (.dc, .subject):
            if let term = text?.nonBlank { entry?.entry.categories.append(term) }
        case (.atom10, .category), (.atom03, .category):
            if let term = (frame.attributes.value(of: "term") ?? text)?.nonBlank { entry?.entry.categories.append(term) }
        case (.none, .enclosure), (.rss10, .enclosure):
            if let url = frame.attributes.value(of: "url")?.nonBlank {
                entry?.entry.enclosures.append(Enclosure(
                    url: URIResolver.resolve(url, against: frame.base),
                    type: frame.attributes.value(of: "type")?.nonBlank,
                    length: frame.attributes.value(of: "length").flatMap { Int64($0.trimmed) }
                ))
            }
        default:
            break
        }
    }

    private func readEntryLink(_ frame: Frame) {
        guard let href = frame.attributes.value(of: "href")?.nonBlank else { return }
        let url = URIResolver.resolve(href, against: frame.base)
        switch frame.attributes.value(of: "rel")?.trimmed.lowercased() ?? "alternate" {
        case "alternate", "http://www.iana.org/assignments/relation/alternate":
            if entry?.entry.link == nil { entry?.entry.link = url }
        case "enclosure":
            entry?.entry.enclosures.append(Enclosure(
                url: url,
                type: frame.attributes.value(of: "type")?.nonBlank,
                length: frame.attributes.value(of: "length").flatMap { Int64($0.trimmed) }
            ))
        default:
            break
        }
    }

    func readFeedField(_ frame: Frame, _ value: FieldValue) {
        let text = value.text
        switch (frame.namespace, frame.element) {
        case (.none, .title), (.rss10, .title), (.rss090, .title), (.atom10, .title), (.atom03, .title):
            if feed.title == nil { feed.title = text }
        case (.dc, .title):
            if feed.title == nil { feed.title = text?.nonBlank }
        case (.none, .link), (.rss10, .link), (.rss090, .link):
            if feed.link == nil, let text = text?.nonBlank { feed.link = URIResolver.resolve(text, against: frame.base) }
        case (.atom10, .link), (.atom03, .link):
            let rel = frame.attributes.value(of: "rel")?.trimmed.lowercased() ?? "alternate"
            if rel == "alternate", feed.link == nil, let href = frame.attributes.value(of: "href")?.nonBlank {
                feed.link = URIResolver.resolve(href, against: frame.base)
            }
        case (.atom10, .id), (.atom03, .id):
            feed.id = text?.nonBlank
        case (.atom10, .updated), (.atom03, .modified), (.none, .lastBuildDate), (.rss10, .lastBuildDate),
             (.dc, .date), (.dcterms, .modified):
            if feed.updated == nil { feed.updated = text.flatMap(FeedDate.parse) }
        case (.none, .pubDate), (.atom10, .published), (.atom03, .issued):
            if feedPublished == nil { feedPublished = text.flatMap(FeedDate.parse) }
        case (.none, .ttl):
            feed.timeToLiveMinutes = text.flatMap { Int($0) }
        default:
            break
        }
    }

    func readPersonField(_ frame: Frame, _ value: FieldValue) {
        let text = value.text?.nonBlank
        switch (frame.namespace, frame.element) {
        case (.atom10, .name), (.atom03, .name):
            person?.name = text
        case (.atom10, .email), (.atom03, .email):
            person?.email = text
        case (.atom10, .uri), (.atom03, .url), (.atom03, .uri):
            person?.uri = text.map { URIResolver.resolve($0, against: frame.base) }
        default:
            break
        }
    }

    func finishPerson(parentRole: Role?) {
        defer { person = nil }
        guard let person, person != FeedPerson(), parentRole == .entry || parentRole == .entryGroup else { return }
        entry?.entry.people.append(person)
    }

    /// The feed read so far, moved out so that assigning keys to its entries does not copy them all.
    func takeFeed() -> ParsedFeed {
        var taken = ParsedFeed()
        swap(&taken, &feed)
        return taken
    }

    func finishEntry() {
        // Taken, not copied: a copy would retain every field of the entry only to release the draft.
        guard let draft = entry.take(), feed.entries.count < limits.maxEntries else { return }
        feed.entries.append(draft.finished())
    }

    /// Atom 0.3 `mode="base64"`, and Atom 1.0 content of a media type that is neither text nor XML (RFC 4287 4.1.3.3).
    static func decodedIfBase64(_ text: String?, _ frame: Frame) -> String? {
        guard let text else { return nil }
        let type = frame.attributes.value(of: "type")?.trimmed.lowercased() ?? "text"
        let isBase64 = frame.attributes.value(of: "mode") == "base64"
            || (type.contains("/") && !type.hasPrefix("text/") && !type.hasSuffix("xml") && frame.namespace == .atom10)
        // Binary that is not text stays as delivered.
        guard isBase64, let bytes = Base64.decode(text), let decoded = String(validating: bytes, as: UTF8.self) else {
            return text
        }
        return decoded
    }

    /// Atom 1.0 `type` (`html`, `xhtml`, or an HTML media type) and Atom 0.3's media type with `mode`.
    static func isHTML(_ frame: Frame) -> Bool {
        let type = frame.attributes.value(of: "type")?.trimmed.lowercased()
        switch type {
        case "html", "xhtml", "text/html", "application/xhtml+xml": return true
        case nil: return frame.namespace == .atom03 && frame.attributes.value(of: "mode") == "xml"
        default: return false
        }
    }
}
