import Publishing
import Testing

@Suite struct ArchiveSeriesTests {
    @Test func noPageUntilOneIsFull() {
        let series = ArchiveSeries(pageSize: 3, storyCount: 2)
        #expect(series.pageNumbers == nil)
        #expect(series.newestPagePath == nil)
    }

    @Test func onlyFullSlicesBecomePages() {
        let series = ArchiveSeries(pageSize: 3, storyCount: 8)
        #expect(series.pageNumbers == 1...2)
        #expect(series.positions(ofPage: 1) == 0..<3)
        #expect(series.positions(ofPage: 2) == 3..<6)
        #expect(series.newestPagePath == "archive/3/2.atom")
    }

    @Test func pagesLinkToTheirNeighboursAndTheCurrentFeed() {
        let series = ArchiveSeries(pageSize: 3, storyCount: 9)
        #expect(series.page(1) == AtomArchivePage(path: "archive/3/1.atom", nextPath: "archive/3/2.atom"))
        #expect(series.page(2) == AtomArchivePage(
            path: "archive/3/2.atom", previousPath: "archive/3/1.atom", nextPath: "archive/3/3.atom"
        ))
        #expect(series.page(3) == AtomArchivePage(path: "archive/3/3.atom", previousPath: "archive/3/2.atom"))
        #expect(series.page(3).currentPath == "feed.atom")
    }

    /// A page's stories are fixed by its number alone: more discoveries never move them.
    @Test func laterDiscoveriesLeaveEarlierPagesAlone() {
        let before = ArchiveSeries(pageSize: 4, storyCount: 9)
        let after = ArchiveSeries(pageSize: 4, storyCount: 57)
        for number in 1...2 {
            #expect(before.positions(ofPage: number) == after.positions(ofPage: number))
            #expect(before.page(number).path == after.page(number).path)
        }
    }

    @Test func anotherPageSizeIsAnotherSeries() throws {
        let hundred = ArchiveSeries(pageSize: 100, storyCount: 250)
        let fifty = ArchiveSeries(pageSize: 50, storyCount: 250)
        let hundredPaths = try #require(hundred.pageNumbers).map { hundred.page($0).path }
        let fiftyPaths = try #require(fifty.pageNumbers).map { fifty.page($0).path }
        #expect(Set(hundredPaths).isDisjoint(with: fiftyPaths))
    }
}
