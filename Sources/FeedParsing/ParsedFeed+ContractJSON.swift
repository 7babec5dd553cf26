import Timestamps

extension ParsedFeed {
    /// The `aggregator parse --json` object of CONTRACT.md: the shape of the
    /// conformance corpus's `expected.jsonl` lines (without `file`), keys in
    /// the contract's order, `null` for every missing value.
    public func contractJSON() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", version.rawValue)
        json.field("bozo", isRecovered)
        json.beginObject("feed")
        json.field("title", title)
        json.field("link", link)
        json.field("id", id)
        json.field("updated", updated?.rfc3339)
        json.endObject()
        json.beginArray("entries")
        for entry in entries {
            json.beginObject()
            json.field("id", entry.id)
            json.field("title", entry.title)
            json.field("link", entry.link)
            json.field("published", entry.published?.rfc3339)
            json.field("updated", entry.updated?.rfc3339)
            json.field("summary_len", entry.summary?.unicodeScalars.count)
            json.field("content_len", entry.content?.unicodeScalars.count)
            json.beginArray("authors")
            for person in entry.people {
                json.beginObject()
                json.field("name", person.name)
                json.field("email", person.email)
                json.field("href", person.uri)
                json.endObject()
            }
            json.endArray()
            json.beginArray("enclosures")
            for enclosure in entry.enclosures {
                json.beginObject()
                json.field("href", enclosure.url)
                json.field("type", enclosure.type)
                json.field("length", enclosure.length.map(String.init))
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text
    }
}
