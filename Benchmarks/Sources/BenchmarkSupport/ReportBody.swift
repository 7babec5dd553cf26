/// The HTML of a report's text, built the way feed bodies look: paragraphs
/// with links and inline markup, images, lists, code, quotes, HTML entities
/// (named ones that XML does not declare, too) and text in other scripts.
enum ReportBody {
    static func html(lead: String, host: String, length: Int, using random: inout SplitMix64) -> String {
        var parts = ["<p>\(lead)</p>"]
        var size = parts[0].utf8.count
        while size < length {
            let part = block(host: host, using: &random)
            size += part.utf8.count + 1
            parts.append(part)
        }
        return parts.joined(separator: "\n")
    }

    private static func block(host: String, using random: inout SplitMix64) -> String {
        switch Double.random(in: 0..<1, using: &random) {
        case ..<0.55:
            return "<p>" + (0..<Int.random(in: 1...4, using: &random)).map { _ in sentence(using: &random) }.joined(separator: " ") + "</p>"
        case ..<0.68:
            let path = "\(random.pick(Lexicon.fillers))/\(Int.random(in: 1...99_999, using: &random))"
            return "<p>See <a href=\"https://\(host)/\(path)\" title=\"more\">the <em>full</em> report</a> \(random.pick(entities)) details.</p>"
        case ..<0.76:
            return "<p><img src=\"https://\(host)/img/\(Int.random(in: 1...1_000_000, using: &random)).jpg\" alt=\"photo\" width=\"640\" height=\"480\"/></p>"
        case ..<0.86:
            return "<ul>" + (0..<Int.random(in: 2...5, using: &random)).map { _ in "<li>\(sentence(using: &random))</li>" }.joined() + "</ul>"
        case ..<0.93:
            return "<pre><code>if (a &lt; b &amp;&amp; c &gt; d) { return; }</code></pre>"
        default:
            return "<blockquote><p>\(sentence(using: &random))</p></blockquote>"
        }
    }

    private static func sentence(using random: inout SplitMix64) -> String {
        var words = (0..<Int.random(in: 6...20, using: &random)).map { _ in
            random.chance(0.25) ? random.pick(Lexicon.topics) : random.pick(Lexicon.fillers)
        }
        if random.chance(0.25) {
            words.insert(random.pick(Lexicon.international), at: Int.random(in: 0...words.count, using: &random))
        }
        if random.chance(0.2) {
            words.insert(random.pick(entities), at: Int.random(in: 0...words.count, using: &random))
        }
        return words.joined(separator: " ").capitalizedFirst + "."
    }

    private static let entities = ["&amp;", "&eacute;t&eacute;", "&nbsp;", "&mdash;", "&#8217;", "&#x2014;", "&quot;", "&copy;"]
}
