import Foundation
import SystemInterface

/// A one-line progress bar on standard error, drawn only when that is a
/// terminal so logs and pipes stay clean.
public final class ProgressBar: CycleProgress {
    private var total = 0
    private var done = 0
    private let width = 30

    /// A bar when standard error is a terminal, else nil.
    public static func forStandardError() -> ProgressBar? {
        StandardError.isTerminal ? ProgressBar() : nil
    }

    public func started(total: Int) {
        self.total = total
        draw(label: "")
    }

    public func advanced(feed: String) {
        done += 1
        draw(label: feed)
    }

    public func finished() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    private func draw(label: String) {
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let name = label.count > 40 ? String(label.prefix(39)) + "…" : label
        FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(done)/\(total) \(name)".utf8))
    }
}
