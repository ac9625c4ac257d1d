import Foundation
import Testing
import SkepticCore
@testable import SkepticReview

/// The three exports of one review of an article written for the project (a confirmed flag, a dismissed
/// one, the reader's own flag with a note, and an entry whose sentence is gone) against golden files:
/// what a reader takes away must not change by accident. `SKEPTIC_RECORD=1` rewrites them (read the diff).
@Suite struct ReviewExportGoldenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let date = Date(timeIntervalSince1970: 1_796_000_000)

    func annotated() throws -> AnnotatedDocument {
        let path = Self.fixtures.appendingPathComponent("harbour-toll.md").path
        return Pipeline.standard.run(try ArticleLoader.load(path: path))
    }

    /// The entry for the sentence that contains `words`.
    func entry(_ a: AnnotatedDocument, _ words: String, verdict: ReviewEntry.Verdict? = nil,
               own: ReviewEntry.OwnFlag? = nil, note: String? = nil) throws -> ReviewEntry {
        let s = try #require(a.annotations.sentences.first { a.document.string($0.range).contains(words) }, "\(words)")
        return ReviewEntry(anchor: TextAnchor(s.range, in: a.document), verdict: verdict, ownFlag: own, note: note)
    }

    func review(_ a: AnnotatedDocument) throws -> Review {
        var gone = try entry(a, "The consultation closes", verdict: .confirmed)
        gone.anchor = TextAnchor(exact: "The toll was scrapped in 2019.", prefix: "", suffix: "", position: 3)
        var review = Review(entries: [
            try entry(a, "may raise its toll", verdict: .confirmed),
            try entry(a, "Some shippers", verdict: .dismissed, note: "Named in the board's minutes."),
            try entry(a, "voted 7 to 2", own: .claim, note: "Check the vote against the minutes."),
            gone,
        ])
        review.place(in: a.document, a.annotations)
        return review
    }

    func check(_ got: String, _ name: String) throws {
        let url = Self.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SKEPTIC_RECORD"] == "1" {
            try got.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(got == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
    }

    @Test func markdownExportMatchesItsGoldenFile() throws {
        let a = try annotated()
        let review = try review(a)
        try check(ReviewExport.markdown(a, review: review, source: "file:///articles/harbour-toll.md", date: Self.date),
                  "harbour-toll.review.md")
    }

    @Test func webAnnotationExportMatchesItsGoldenFile() throws {
        let a = try annotated()
        let review = try review(a)
        try check(ReviewExport.webAnnotations(a, review: review, source: "file:///articles/harbour-toll.md", date: Self.date),
                  "harbour-toll.review.json")
    }

    /// The article changed after the review (a paragraph inserted before a reviewed sentence, another
    /// sentence gone): the JSON says where each entry's sentence is now — its position and context in the
    /// text as it is — and marks an entry that is found nowhere orphaned, with the selectors it was stored
    /// with; the Markdown quotes the sentence as it is now, in its section, and lists the orphan at the end.
    @Test func exportsSayWhereEntriesAreNowAfterTheArticleChanged() throws {
        let a = try annotated()
        let entries = [try entry(a, "voted 7 to 2", verdict: .confirmed, note: "Checked."),
                       try entry(a, "The consultation closes", note: "Gone later.")]
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("harbour-toll.md"), encoding: .utf8)
            .replacingOccurrences(of: "## What the board said\n", with: "## What the board said\n\nA paragraph written in later.\n")
            .replacingOccurrences(of: "The consultation closes on 30 April. ", with: "")
        let now = Pipeline.standard.run(try ArticleLoader.load(bytes: Array(text.utf8), name: "harbour-toll.md", format: .markdown))
        var review = Review(entries: entries)
        review.place(in: now.document, now.annotations)
        #expect(review.placed.map { $0 != nil } == [true, false])
        let json = ReviewExport.webAnnotations(now, review: review, source: "file:///articles/harbour-toll.md", date: Self.date)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 2)
        func selector(_ item: [String: Any], _ type: String) -> [String: Any]? {
            ((item["target"] as? [String: Any])?["selector"] as? [[String: Any]])?.first { $0["type"] as? String == type }
        }
        let sentence = try #require(now.annotations.sentences.first { now.document.string($0.range).contains("voted 7 to 2") })
        let here = TextAnchor(sentence.range, in: now.document)
        let start = now.document.string(0..<sentence.range.lowerBound).unicodeScalars.count
        #expect(selector(items[0], "TextPositionSelector")?["start"] as? Int == start)
        #expect(selector(items[0], "TextPositionSelector")?["end"] as? Int == start + here.exact.unicodeScalars.count)
        #expect(selector(items[0], "TextQuoteSelector")?["prefix"] as? String == here.prefix)
        #expect(selector(items[0], "TextQuoteSelector")?["suffix"] as? String == here.suffix)
        #expect(here.prefix.contains("written in later"))
        #expect(items[0]["skeptic:orphaned"] == nil)
        // The orphan: marked, its stored quote and context kept.
        #expect(items[1]["skeptic:orphaned"] as? Bool == true)
        #expect(selector(items[1], "TextQuoteSelector")?["exact"] as? String == entries[1].anchor.exact)
        #expect(selector(items[1], "TextQuoteSelector")?["prefix"] as? String == entries[1].anchor.prefix)
        #expect(selector(items[1], "TextQuoteSelector")?["suffix"] as? String == entries[1].anchor.suffix)
        let markdown = ReviewExport.markdown(now, review: review, source: "file:///articles/harbour-toll.md", date: Self.date)
        let board = try #require(markdown.range(of: "## What the board said"))
        let next = try #require(markdown.range(of: "## Not found in the article as it is now"))
        let quoted = try #require(markdown.range(of: "> " + now.document.string(sentence.range)))
        #expect(board.upperBound <= quoted.lowerBound && quoted.upperBound <= next.lowerBound)
        #expect(markdown[quoted.upperBound...].hasPrefix("\n\n- label: claim · verdict: confirmed\n- note: Checked.\n"))
        #expect(markdown[next.upperBound...].contains("> The consultation closes on 30 April."))
        #expect(markdown[next.upperBound...].contains("- note: Gone later."))
    }

    @Test func trainingExportMatchesItsGoldenFile() throws {
        let a = try annotated()
        let review = try review(a)
        try check(ReviewExport.trainingLines(a, review: review, source: "file:///articles/harbour-toll.md"),
                  "harbour-toll.training.jsonl")
    }
}
