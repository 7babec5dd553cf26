import FeedFetching
import Foundation
import Testing

struct LocalFeedFileTests {
    /// A private folder per test, removed afterwards.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("feed-fetching-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: url)
        }

        func write(_ text: String, to name: String) throws -> URL {
            let file = url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file
        }
    }

    @Test func aFileIsReadWithValidatorsAndAnswers304WhenUnchanged() async throws {
        let folder = try Folder()
        let file = try folder.write("<rss/>", to: "feed with space.xml")
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }

        let first = try #require(await fetcher.outcome(of: file.absoluteString).response)
        #expect(first.status == 200)
        #expect(first.body == Array("<rss/>".utf8))
        #expect(first.finalURL == file.absoluteString)
        let lastModified = try #require(first.lastModified)
        #expect(lastModified.hasSuffix(" GMT"))

        let byTag = try #require(await fetcher.outcome(of: file.absoluteString, etag: first.etag).response)
        #expect(byTag.status == 304)
        #expect(byTag.body.isEmpty)
        let byDate = await fetcher.outcome(of: file.absoluteString, lastModified: lastModified)
        #expect(byDate.response?.status == 304)
    }

    @Test func aRewrittenFileIsFetchedAgain() async throws {
        let folder = try Folder()
        let file = try folder.write("<rss>1</rss>", to: "feed.xml")
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let first = try #require(await fetcher.outcome(of: file.absoluteString).response)

        _ = try folder.write("<rss>22</rss>", to: "feed.xml")
        let second = try #require(await fetcher.outcome(of: file.absoluteString, etag: first.etag).response)
        #expect(second.status == 200)
        #expect(second.body == Array("<rss>22</rss>".utf8))
    }

    @Test func missingFoldersAndOversizedFilesAreErrors() async throws {
        let folder = try Folder()
        var configuration = FetcherConfiguration.forTests
        configuration.maxBodyBytes = 4
        let fetcher = try FeedFetcher.forTests(configuration)
        defer { fetcher.shutdown() }

        let missing = await fetcher.outcome(of: folder.url.appendingPathComponent("absent.xml").absoluteString)
        #expect(missing.errorCode == .fileUnreadable)
        #expect(await fetcher.outcome(of: folder.url.absoluteString).errorCode == .fileUnreadable)
        let large = try folder.write("12345", to: "large.xml")
        #expect(await fetcher.outcome(of: large.absoluteString).errorCode == .bodyTooLarge)
    }
}
