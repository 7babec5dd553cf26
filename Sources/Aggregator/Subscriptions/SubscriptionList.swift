public import FeedParsing
import Foundation
public import Store

/// The subscriptions file (OPML 2.0): the feeds the user follows.
public struct SubscriptionList: Sendable {
    public var path: String
    public var title: String
    public var subscriptions: [Subscription]
    /// The outlines as written, so rewriting the file keeps relative paths.
    public var outlines: [OPMLOutline]

    /// Reads the file; an `xmlUrl` that is not an absolute URL names a file
    /// relative to the OPML file's folder (how the bundled samples are wired).
    public static func load(from path: String) throws(ConfigurationError) -> SubscriptionList {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, message: "cannot read the subscriptions file (does it exist?)")
        }
        let outlines: [OPMLOutline]
        do {
            outlines = try OPMLParser().parse(Array(data))
        } catch {
            throw ConfigurationError(file: path, message: "\(error)")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var seen: [String: Int] = [:]
        var subscriptions: [Subscription] = []
        for outline in outlines {
            let url = resolve(outline.xmlURL, against: folder)
            guard let scheme = URL(string: url)?.scheme?.lowercased(), ["http", "https", "file"].contains(scheme) else {
                throw ConfigurationError(
                    file: path, line: outline.line,
                    message: "xmlUrl \"\(outline.xmlURL)\" is not an http, https or file URL"
                )
            }
            if let first = seen[url] {
                throw ConfigurationError(
                    file: path, line: outline.line, message: "\(outline.xmlURL) is already subscribed on line \(first)"
                )
            }
            seen[url] = outline.line
            subscriptions.append(
                Subscription(url: url, title: outline.title, siteLink: outline.htmlURL, category: outline.category)
            )
        }
        return SubscriptionList(path: path, title: "aggregator subscriptions", subscriptions: subscriptions, outlines: outlines)
    }

    static func resolve(_ reference: String, against folder: URL) -> String {
        if let url = URL(string: reference), let scheme = url.scheme, scheme.count > 1 {
            return reference
        }
        let path = reference.hasPrefix("/") ? reference : folder.appendingPathComponent(reference).path
        return URL(fileURLWithPath: (path as NSString).standardizingPath).absoluteString
    }

    /// Adds the outlines of another OPML file whose feeds are not subscribed
    /// yet, rewriting the subscriptions file atomically; returns how many were new.
    public func importing(from otherPath: String) throws(ConfigurationError) -> (list: SubscriptionList, added: Int) {
        let other = try SubscriptionList.load(from: otherPath)
        let known = Set(subscriptions.map(\.url))
        var outlines = self.outlines
        var added = 0
        for (subscription, outline) in zip(other.subscriptions, other.outlines) where !known.contains(subscription.url) {
            var copy = outline
            copy.xmlURL = subscription.url
            outlines.append(copy)
            added += 1
        }
        guard added > 0 else { return (self, 0) }
        let text = OPMLWriter().render(title: title, outlines: outlines)
        do {
            _ = try AtomicFileWriter(root: (path as NSString).deletingLastPathComponent)
                .write(Array(text.utf8), to: (path as NSString).lastPathComponent)
        } catch {
            throw ConfigurationError(file: path, message: "cannot rewrite the subscriptions file: \(error)")
        }
        return (try SubscriptionList.load(from: path), added)
    }

    public var opml: String {
        OPMLWriter().render(title: title, outlines: outlines)
    }
}
