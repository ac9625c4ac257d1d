import Foundation
import Testing
import SkepticCore
@testable import SkepticReview
import CSQLite

/// The review database and the anchoring of entries to sentences.
@Suite struct ReviewStoreTests {
    static func scratch() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("skeptic-review-\(UUID().uuidString)")
        return dir.appendingPathComponent("data/skeptic.db").path
    }

    static let article = """
        # Levy

        The port may raise its levy. About 40 ships use it. The levy rose in 2024.

        ## Later

        The port may raise its levy. Critics say it hurts.

        """

    static func analysed(_ text: String = article) throws -> (Document, Annotations) {
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "levy.md", format: .markdown)
        return (doc, Pipeline.standard.run(doc).annotations)
    }

    @Test func entriesAreSavedUpdatedAndDeletedOneTransactionEach() throws {
        let path = Self.scratch()
        let (doc, a) = try Self.analysed()
        let store = try ReviewStore(path: path)
        let s = a.sentences.firstIndex { doc.string($0.range) == "The levy rose in 2024." }!
        var entry = try store.save(ReviewEntry(anchor: TextAnchor(a.sentences[s].range, in: doc), verdict: .confirmed, note: "checked"),
                               identity: "/a/levy.md", contentHash: "h1", title: doc.title)
        #expect(entry.id != nil)
        // A second connection (another reader) sees it at once.
        let other = try ReviewStore(path: path)
        #expect(try other.entries(identity: "/a/levy.md") == [entry])
        entry.verdict = .dismissed
        try store.save(entry, identity: "/a/levy.md", contentHash: "h1", title: doc.title)
        #expect(try other.entries(identity: "/a/levy.md").first?.verdict == .dismissed)
        entry.verdict = nil
        entry.note = nil
        let gone = try store.save(entry, identity: "/a/levy.md", contentHash: "h1", title: doc.title)
        #expect(gone.id == nil)
        #expect(try other.entries(identity: "/a/levy.md").isEmpty)
    }

    @Test func twoWritersBothKeepTheirEntries() throws {
        let path = Self.scratch()
        let (doc, a) = try Self.analysed()
        let one = try ReviewStore(path: path)
        let two = try ReviewStore(path: path)
        for (k, s) in a.sentences.indices.enumerated() {
            let store = k % 2 == 0 ? one : two
            try store.save(ReviewEntry(anchor: TextAnchor(a.sentences[s].range, in: doc), ownFlag: .marked),
                           identity: "levy", contentHash: nil, title: "Levy")
        }
        #expect(try one.entries(identity: "levy").count == a.sentences.count)
    }

    @Test func aDamagedOrNewerDatabaseIsRefusedAndLeftAsItIs() throws {
        let path = Self.scratch()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let junk = Data("this is not a database, but the user's file".utf8) + Data(repeating: 7, count: 5000)
        try junk.write(to: URL(fileURLWithPath: path))
        #expect(throws: ReviewStoreError.self) { try ReviewStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)

        let newer = Self.scratch()
        _ = try ReviewStore(path: newer)
        let raw = try ReviewStore(path: newer)
        raw.close()
        // Raise the schema version as a newer Skeptic would.
        var db: OpaquePointer?
        _ = sqlite3_open(newer, &db)
        _ = sqlite3_exec(db, "PRAGMA user_version = 9", nil, nil, nil)
        sqlite3_close(db)
        do {
            _ = try ReviewStore(path: newer)
            Issue.record("a newer schema was opened")
        } catch {
            #expect(error.message.hasSuffix("is from a newer Skeptic (schema 9, this one knows 2); it is left as it is"))
        }
    }

    /// A good database damaged in the middle (8 KiB of random bytes at offset 4096, past the header the first
    /// reads use): refused on opening, named, and not written to — no visit, no entry.
    @Test func aHalfDamagedDatabaseIsRefusedAndNotWrittenTo() throws {
        let path = Self.scratch()
        let (doc, a) = try Self.analysed()
        do {
            let store = try ReviewStore(path: path)
            for (k, s) in a.sentences.indices.enumerated() {
                try store.save(ReviewEntry(anchor: TextAnchor(a.sentences[s].range, in: doc), note: "note \(k)"),
                               identity: "levy", contentHash: nil, title: "Levy")
                try store.recordVisit(source: "/a/levy-\(k).md", title: "Levy \(k)")
            }
            store.close()
        }
        let url = URL(fileURLWithPath: path)
        var bytes = [UInt8](try Data(contentsOf: url))
        #expect(bytes.count >= 4096 + 8192, "the database has pages past the damage: \(bytes.count)")
        var generator = SeededGenerator(seed: 16)
        for i in 4096..<min(bytes.count, 4096 + 8192) { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: url)
        do {
            let store = try ReviewStore(path: path)
            // Were it opened, a visit would be written to it.
            try? store.recordVisit(source: "/a/other.md", title: "Other")
            Issue.record("a damaged database was opened")
        } catch {
            #expect(error == .unreadable(path: path, reason: "database disk image is malformed"))
            #expect(error.statusLine == "skeptic.db damaged: left as is, review not kept")
        }
        #expect([UInt8](try Data(contentsOf: url)) == bytes)
    }

    @Test func anchorsFindTheirSentenceAfterEditsAndKeepOrphans() throws {
        let (doc, a) = try Self.analysed()
        // The second of two equal sentences: its context tells them apart.
        let second = a.sentences.lastIndex { doc.string($0.range) == "The port may raise its levy." }!
        let anchor = TextAnchor(a.sentences[second].range, in: doc)
        #expect(anchor.sentence(in: doc, a) == second)
        // The article edited: a paragraph added before, a word changed elsewhere.
        let edited = Self.article.replacingOccurrences(of: "# Levy\n", with: "# Levy\n\nA new opening paragraph.\n")
            .replacingOccurrences(of: "rose in 2024", with: "rose in 2025")
        let (doc2, a2) = try Self.analysed(edited)
        let found = try #require(anchor.sentence(in: doc2, a2))
        #expect(doc2.string(a2.sentences[found].range) == "The port may raise its levy.")
        #expect(a2.sentences[found].range.lowerBound > a2.sentences.first { doc2.string($0.range) == "The port may raise its levy." }!.range.lowerBound)
        // A sentence that is gone: the entry is kept as an orphan.
        let gone = TextAnchor(a.sentences.first { doc.string($0.range) == "The levy rose in 2024." }!.range, in: doc)
        var review = Review(entries: [ReviewEntry(anchor: gone, verdict: .confirmed), ReviewEntry(anchor: anchor, verdict: .dismissed)])
        review.place(in: doc2, a2)
        #expect(review.orphans.map(\.anchor.exact) == ["The levy rose in 2024."])
        #expect(review.entries.count == 2)
    }

    @Test func aDismissedFlagLeavesTheCountsAndAnOwnFlagAdds() throws {
        let (doc, a) = try Self.analysed()
        let hedged = a.sentences.indices.filter { a.sentences[$0].labels.contains(.hedged) }
        let plain = a.sentences.firstIndex { doc.string($0.range) == "The levy rose in 2024." }!
        var review = Review(entries: [ReviewEntry(anchor: TextAnchor(a.sentences[hedged[0]].range, in: doc), verdict: .dismissed),
                                      ReviewEntry(anchor: TextAnchor(a.sentences[plain].range, in: doc), ownFlag: .speculative)])
        review.place(in: doc, a)
        let applied = review.applied(to: a)
        #expect(!applied.sentences[hedged[0]].labels.contains(.hedged))
        #expect(applied.sentences[plain].labels.contains(.hedged))
        #expect(applied.sentences.filter { $0.labels.contains(.hedged) }.count == hedged.count)
    }
}

/// A small deterministic generator (SplitMix64), so that a damaged test database is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
