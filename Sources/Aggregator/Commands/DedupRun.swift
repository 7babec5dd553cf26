import Foundation
public import StoryEngine
import Timestamps

/// `aggregator dedup`: the story engine over a stream of JSON lines, with the
/// same engine and defaults the daemon uses.
public struct DedupRun {
    public struct InputError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    private let engine: StoryEngine

    public init(seeds: [SeedArticle]) {
        engine = StoryEngine()
        engine.addSeeds(seeds)
    }

    /// Reads `{"id","title","text","url","source","published"}` lines and
    /// writes one `{"id","cluster"}` line per item to `output`, in order.
    public func run(lines: some Sequence<Substring>, file: String, output: (String) -> Void) throws(InputError) {
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            let item = try Self.item(from: line, file: file, line: index + 1)
            let assignment = engine.assign(item)
            output(Self.jsonLine(id: item.id, cluster: assignment.storyID))
        }
    }

    private static func item(from line: Substring, file: String, line number: Int) throws(InputError) -> StoryItem {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw InputError(file: file, line: number, message: "not a JSON object")
        }
        func text(_ key: String) -> String? {
            switch object[key] {
            case let value as String: value
            case let value as NSNumber: value.stringValue
            default: nil
            }
        }
        guard let id = text("id") else {
            throw InputError(file: file, line: number, message: "the item has no \"id\"")
        }
        let published = text("published").flatMap { Timestamp(rfc3339: $0) ?? Timestamp(rfc822: $0) }
        return StoryItem(
            id: id,
            source: text("source") ?? "",
            title: text("title") ?? "",
            text: text("text") ?? "",
            url: text("url"),
            published: published
        )
    }

    private static func jsonLine(id: String, cluster: String) -> String {
        let object: [String: String] = ["id": id, "cluster": cluster]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
