import FeedFetching
import FeedParsing
import Foundation
import Logging
import Timestamps

/// `aggregator parse`: one feed, read from a file or fetched, parsed and shown.
public struct FeedInspection {
    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    private let feed: ParsedFeed

    public static func load(_ source: String) async throws(LoadError) -> FeedInspection {
        let bytes: [UInt8]
        var documentURL: String? = source
        var contentType: String?
        if source.hasPrefix("http://") || source.hasPrefix("https://") {
            do {
                let fetcher = try FeedFetcher(logger: Logger(label: "aggregator.parse"))
                defer { fetcher.shutdown() }
                let response = try await fetcher.fetch(FetchRequest(url: source))
                guard (200...299).contains(response.status) else {
                    throw LoadError(description: "\(source): the server answered HTTP \(response.status)")
                }
                bytes = response.body
                documentURL = response.finalURL
                contentType = response.contentType
            } catch let error as LoadError {
                throw error
            } catch {
                throw LoadError(description: "\(error)")
            }
        } else {
            guard let data = FileManager.default.contents(atPath: source) else {
                throw LoadError(description: "\(source): cannot read the file (does it exist?)")
            }
            bytes = Array(data)
            documentURL = URL(fileURLWithPath: source).absoluteString
        }
        do {
            return FeedInspection(feed: try FeedParser().parse(bytes, documentURL: documentURL, contentType: contentType))
        } catch {
            throw LoadError(description: "\(source): \(error)")
        }
    }

    public var json: String { feed.contractJSON() }

    public var listing: String {
        var lines = [
            "\(feed.title ?? "(untitled feed)") [\(feed.version == .unknown ? "unknown format" : feed.version.rawValue)]",
        ]
        if let link = feed.link { lines.append(link) }
        if let note = feed.recoveryNote { lines.append("recovered from: \(note)") }
        lines.append("\(feed.entries.count) entries")
        for entry in feed.entries {
            let date = (entry.published ?? entry.updated)?.rfc3339 ?? "no date"
            lines.append("- \(date)  \(entry.title ?? "(untitled)")")
            if let link = entry.link { lines.append("  \(link)") }
        }
        return lines.joined(separator: "\n")
    }
}
