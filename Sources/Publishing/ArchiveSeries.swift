/// How the stories, in the order they were discovered, are cut into RFC 5005 archive
/// documents: page 1 holds the first `pageSize` stories ever discovered, page 2 the next
/// `pageSize`, and so on. Only full slices become pages, so the stories of a page never
/// change; the discoveries after the last full page are fewer than `pageSize`, and the
/// subscription document, which shows the newest `pageSize` or more, always holds them.
///
/// The page size is part of the path, so changing it starts a new series under new
/// URLs instead of re-cutting pages that readers have cached as final.
public struct ArchiveSeries: Sendable, Equatable {
    public let pageSize: Int
    public let storyCount: Int

    /// - Parameters:
    ///   - pageSize: stories per page; at most the subscription document's entry count.
    ///   - storyCount: every story discovered so far, whether published or not.
    public init(pageSize: Int, storyCount: Int) {
        precondition(pageSize > 0, "an archive page holds at least one story")
        self.pageSize = pageSize
        self.storyCount = storyCount
    }

    /// 1 is the oldest page.
    public var pageNumbers: ClosedRange<Int>? {
        storyCount >= pageSize ? 1...(storyCount / pageSize) : nil
    }

    /// The discovery positions (0 = first story ever) that page `number` holds.
    public func positions(ofPage number: Int) -> Range<Int> {
        (number - 1) * pageSize..<number * pageSize
    }

    /// Page `number` with its `prev-archive`, `next-archive` and `current` links.
    public func page(_ number: Int) -> AtomArchivePage {
        let newest = storyCount / pageSize
        return AtomArchivePage(
            path: path(ofPage: number),
            previousPath: number > 1 ? path(ofPage: number - 1) : nil,
            nextPath: number < newest ? path(ofPage: number + 1) : nil
        )
    }

    /// Where the subscription document's `prev-archive` points, once a page exists.
    public var newestPagePath: String? {
        pageNumbers.map { path(ofPage: $0.upperBound) }
    }

    func path(ofPage number: Int) -> String {
        "archive/\(pageSize)/\(number).atom"
    }
}
