import FeedParsing
import Foundation
import Timestamps

/// Agreement counts between our parse and feedparser's, with examples of each disagreement class.
struct ConformanceTally {
    private(set) var filesRead = 0
    private(set) var filesCountAgreeing = 0
    private var compared: [String: Int] = [:]
    private var agreeing: [String: Int] = [:]
    /// Disagreements by field and corpus folder, with a few examples each.
    private var classes: [String: (count: Int, examples: [String])] = [:]

    var countAgreement: Double { filesRead == 0 ? 1 : Double(filesCountAgreeing) / Double(filesRead) }

    func fieldAgreement(_ field: String) -> Double {
        let total = compared[field, default: 0]
        return total == 0 ? 1 : Double(agreeing[field, default: 0]) / Double(total)
    }

    /// Only files feedparser recognised as a feed count (it has no JSON Feed reader).
    mutating func compare(file: String, expected: [String: Any], parsed: ParsedFeed?) {
        guard let version = expected["version"] as? String, !version.isEmpty else { return }
        filesRead += 1
        let expectedEntries = expected["entries"] as? [[String: Any]] ?? []
        let entries = parsed?.entries ?? []
        if expectedEntries.count == entries.count {
            filesCountAgreeing += 1
        } else {
            note("count", file: file, detail: "feedparser \(expectedEntries.count), we \(entries.count)")
        }
        for (index, reference) in expectedEntries.enumerated() {
            let entry = index < entries.count ? entries[index] : nil
            check("title", file, reference["title"] as? String, entry?.title)
            check("link", file, reference["link"] as? String, entry?.link)
            check("id", file, reference["id"] as? String, entry?.id)
            // feedparser answers `updated` with `published` when an entry has only the latter.
            check("date", file, reference["published"] as? String, entry?.published?.rfc3339)
            check("date", file, reference["updated"] as? String, (entry?.updated ?? entry?.published)?.rfc3339)
        }
    }

    private mutating func check(_ field: String, _ file: String, _ expected: String?, _ actual: String?) {
        compared[field, default: 0] += 1
        if expected == actual {
            agreeing[field, default: 0] += 1
        } else {
            note(field, file: file, detail: "feedparser \(describe(expected)), we \(describe(actual))")
        }
    }

    private mutating func note(_ field: String, file: String, detail: String) {
        let folder = file.split(separator: "/").prefix(3).joined(separator: "/")
        let key = "\(field) @ \(folder)"
        var entry = classes[key] ?? (0, [])
        entry.count += 1
        if entry.examples.count < 3 { entry.examples.append("\(file): \(detail)") }
        classes[key] = entry
    }

    private func describe(_ value: String?) -> String {
        guard let value else { return "nil" }
        return "\"" + (value.count > 80 ? value.prefix(80) + "…" : value) + "\""
    }

    func report() -> String {
        var lines = [
            "conformance: \(filesRead) files feedparser reads",
            String(format: "  entry count agrees: %d/%d = %.2f%%", filesCountAgreeing, filesRead, countAgreement * 100),
        ]
        for field in ["title", "link", "id", "date"] {
            lines.append(String(format: "  %@: %d/%d = %.2f%%", field, agreeing[field, default: 0],
                                compared[field, default: 0], fieldAgreement(field) * 100))
        }
        lines.append("disagreement classes (field @ folder: count):")
        for (key, value) in classes.sorted(by: { $0.value.count > $1.value.count }) {
            lines.append("  \(key): \(value.count)")
            lines += value.examples.map { "      \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
