import Foundation
import Testing
import SkepticCore
@testable import SkepticReview
import CSQLite

/// The history and the library in the review database.
@Suite struct BrowsingStoreTests {
    @Test func aVersionOneDatabaseIsMigratedAndKeepsItsReviews() throws {
        let path = ReviewStoreTests.scratch()
        var folder = ""
        for part in path.split(separator: "/").dropLast() { folder += "/" + part; mkdir(folder, 0o700) }
        var db: OpaquePointer?
        _ = sqlite3_open(path, &db)
        _ = sqlite3_exec(db, ReviewStore.migrations[0] + "PRAGMA user_version = 1;"
                         + "INSERT INTO articles(identity, title) VALUES ('/a.md', 'A');"
                         + "INSERT INTO entries(article, exact, prefix, suffix, position, note) VALUES (1, 'x', '', '', 0, 'kept');", nil, nil, nil)
        sqlite3_close(db)
        let store = try ReviewStore(path: path)
        #expect(try store.entries(identity: "/a.md").first?.note == "kept")
        try store.recordVisit(source: "/a.md", title: "A")
        #expect(try store.history().map(\.source) == ["/a.md"])
        #expect(try store.reviewedCounts(["/a.md", "/b.md"]) == ["/a.md": 1])
    }

    @Test func theHistoryHasEachArticleOnceMostRecentFirst() throws {
        let store = try ReviewStore(path: ReviewStoreTests.scratch())
        for (source, title) in [("/a.md", "A"), ("https://p.example/1", "Page"), ("/a.md", "A again"), ("/c.md", "C")] {
            try store.recordVisit(source: source, title: title)
        }
        let history = try store.history()
        #expect(history.map(\.source) == ["/c.md", "/a.md", "https://p.example/1"])
        #expect(history[1].title == "A again")
        #expect(history[0].visited.hasPrefix("20") && history[0].visited.hasSuffix("Z"))
        #expect(try store.visited(["/a.md", "/b.md", "https://p.example/1"]) == ["/a.md", "https://p.example/1"])
        #expect(try store.history(limit: 1).count == 1)
    }

    @Test func summariesAreKeptAndReplaced() throws {
        let path = ReviewStoreTests.scratch()
        let store = try ReviewStore(path: path)
        let first = ReviewStore.StoredSummary(contentKey: "k1", title: "A", words: 100, sentences: 10, speculative: 3, vague: 1, unsourced: 2)
        try store.saveSummary(first, source: "/a.md")
        var second = first
        second.contentKey = "k2"
        second.speculative = 5
        try store.saveSummary(second, source: "/a.md")
        // Another reader (another connection) sees it.
        let other = try ReviewStore(path: path)
        #expect(try other.summaries(["/a.md", "/none.md"]) == ["/a.md": second])
    }
}
