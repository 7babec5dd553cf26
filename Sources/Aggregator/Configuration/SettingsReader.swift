import Foundation
import TOMLKit

/// Reads typed settings from a parsed TOML document, letting
/// `AGGREGATOR_<SECTION>_<KEY>` environment variables override them, and
/// remembers every key asked for so unknown keys in the file can be reported.
final class SettingsReader {
    let file: String
    private let table: TOMLTable
    private let lines: [Substring]
    private let environment: [String: String]
    private var knownKeys: [String: Set<String>] = [:]

    init(file: String, text: String, environment: [String: String]) throws(ConfigurationError) {
        self.file = file
        self.environment = environment
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(file: file, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigurationError(file: file, message: "not valid TOML: \(error)")
        }
    }

    func string(_ section: String, _ key: String, default fallback: String) throws(ConfigurationError) -> String {
        try value(section, key, default: fallback, expected: "a string") { $0.string } parse: { $0 }
    }

    func int(
        _ section: String, _ key: String, default fallback: Int, in range: ClosedRange<Int>
    ) throws(ConfigurationError) -> Int {
        let number = try value(section, key, default: fallback, expected: "a whole number") { $0.int } parse: { Int($0) }
        guard range.contains(number) else {
            throw error(section, key, "must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    func bool(_ section: String, _ key: String, default fallback: Bool) throws(ConfigurationError) -> Bool {
        try value(section, key, default: fallback, expected: "true or false") { $0.bool } parse: { text in
            switch text.lowercased() {
            case "true", "1", "yes": true
            case "false", "0", "no": false
            default: nil
            }
        }
    }

    /// Keys present in the file that no setting asked for: most often a typo,
    /// which would otherwise silently keep the default.
    func rejectUnknownKeys() throws(ConfigurationError) {
        for section in table.keys.sorted() {
            guard let known = knownKeys[section] else {
                throw ConfigurationError(file: file, line: line(of: nil, in: section), message: "unknown section [\(section)]")
            }
            guard let values = table[section]?.table else {
                throw ConfigurationError(file: file, line: line(of: nil, in: section), message: "\(section) must be a [section]")
            }
            for key in values.keys.sorted() where !known.contains(key) {
                throw error(section, key, "unknown key (known keys: \(known.sorted().joined(separator: ", ")))")
            }
        }
    }

    private func value<T>(
        _ section: String, _ key: String, default fallback: T, expected: String,
        read: (any TOMLValueConvertible) -> T?, parse: (String) -> T?
    ) throws(ConfigurationError) -> T {
        knownKeys[section, default: []].insert(key)
        let variable = "AGGREGATOR_\(section.uppercased())_\(key.uppercased())"
        if let override = environment[variable] {
            guard let parsed = parse(override) else {
                throw ConfigurationError(file: "environment", key: variable, message: "must be \(expected), not \"\(override)\"")
            }
            return parsed
        }
        guard let stored = table[section]?.table?[key] else { return fallback }
        guard let typed = read(stored) else { throw error(section, key, "must be \(expected)") }
        return typed
    }

    private func error(_ section: String, _ key: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: line(of: key, in: section), key: "[\(section)] \(key)", message: message)
    }

    /// The line of `key` inside `[section]` (or of the section header when
    /// `key` is nil); TOMLKit keeps no positions for values, so find it in the text.
    private func line(of key: String?, in section: String) -> Int? {
        var current = ""
        for (index, raw) in lines.enumerated() {
            let text = raw.trimmingPrefix(while: \.isWhitespace)
            if text.hasPrefix("[") {
                current = String(text.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
                if key == nil, current == section { return index + 1 }
            } else if let key, current == section, text.hasPrefix(key),
                      text.dropFirst(key.count).trimmingPrefix(while: \.isWhitespace).hasPrefix("=") {
                return index + 1
            }
        }
        return nil
    }
}
